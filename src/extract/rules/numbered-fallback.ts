import { markerFamily, type Candidate, type ExtractionRule, type RuleContext } from '../context.js';

/** Fewest numbered items for a document to be read as a list of aims. */
export const MIN_FALLBACK_ITEMS = 3;

/**
 * Fallback for a document that is itself a numbered list of aims or targets (no heading or intro
 * announces them): its top-level numbered items. Only used when no other rule found anything.
 */
export const numberedFallback: ExtractionRule = {
  id: 'numbered-fallback',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const nums = ctx.blocks
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => b.kind === 'list_item' && /^num/.test(markerFamily(b.marker)));
    if (nums.length < MIN_FALLBACK_ITEMS) return [];
    const top = Math.min(...nums.map(({ b }) => b.level ?? 1));
    return nums
      .filter(({ b }) => (b.level ?? 1) === top)
      .map(({ b, i }) => ({ text: b.text, quote: b.text, blockIndex: i, strength: 'named' as const, rule: 'numbered-fallback' }));
  },
};
