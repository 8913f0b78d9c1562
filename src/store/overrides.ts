import type { ClassifiedPriority, Cue, Kind } from '../schema/index.js';
import { normaliseText } from './normalise.js';

export interface Override {
  kind?: Kind;
  theme?: string | null;
  exclude?: boolean;
}

/**
 * Pure: applies reviewed overrides (keyed by normalised text) to classified priorities: kind/theme
 * replaced, excluded statements dropped, an 'override' cue added and confidence set to 1.
 */
export function applyOverrides(priorities: ClassifiedPriority[], overrides: Map<string, Override>): ClassifiedPriority[] {
  if (overrides.size === 0) return priorities;
  const out: ClassifiedPriority[] = [];
  for (const p of priorities) {
    const o = overrides.get(normaliseText(p.text));
    if (!o) {
      out.push(p);
      continue;
    }
    if (o.exclude) continue;
    const kind = o.kind ?? p.kind;
    const theme = o.theme !== undefined ? o.theme : p.theme;
    const cue: Cue = { source: 'override', term: 'analyst review', kind, weight: 1, ...(theme ? { theme } : {}) };
    out.push({
      ...p,
      kind,
      theme,
      otherThemes: p.otherThemes.filter((t) => t !== theme),
      confidence: 1,
      cues: [...p.cues, cue],
    });
  }
  return out;
}
