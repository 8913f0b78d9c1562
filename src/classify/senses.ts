/**
 * Word sense (data/classify/senses.yaml): phrases in which a theme term does not mean what the
 * theme means ("fire and rescue service" is not arson; "engagement with treatment" is drugs, not
 * community engagement), and the one proper name whose sense shows only in its capital letter:
 * Prevent, the counter-terrorism strategy.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dataPath } from '../util/package.js';
import type { PhraseMatcher, ThemeHit } from './lexicon.js';

export const Sense = z.object({ phrase: z.string().min(1), not: z.array(z.string()).default([]), theme: z.string().optional() }).strict();
export type Sense = z.infer<typeof Sense>;
const SensesFile = z.object({ senses: z.array(Sense) }).strict();

export function loadSenses(file: string = dataPath('classify', 'senses.yaml')): Sense[] {
  const r = SensesFile.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: invalid senses: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data.senses;
}

/** Weight of a sense phrase as a term of its theme. */
const SENSE_WEIGHT = 3;

/** Theme hits with the senses applied: hits of a sense's `not` themes inside it dropped, its own theme added. */
export function applySenses(hits: ThemeHit[], st: string[], senses: PhraseMatcher<Sense>): ThemeHit[] {
  const found = senses.match(st);
  if (found.length === 0) return hits;
  const out = hits.filter((h) => !found.some((s) => s.value.not.includes(h.theme) && s.start < h.end && h.start < s.end));
  for (const s of found) {
    if (s.value.theme && !out.some((h) => h.theme === s.value.theme && h.start <= s.start && s.end <= h.end)) {
      out.push({ theme: s.value.theme, term: s.term, weight: SENSE_WEIGHT, start: s.start, end: s.end });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.weight - a.weight);
}

/**
 * "Prevent" names the counter-terrorism strategy when written PREVENT, when capitalised in the
 * middle of a sentence ("embed Prevent in schools"), or when it stands alone as a heading; as the
 * first word of a sentence it is the verb. The strategy is rewritten "Prevent strategy" (a term of
 * terrorism_extremism).
 */
export function markProperNames(text: string): string {
  if (/^\s*prevent\s*$/i.test(text)) return 'Prevent strategy';
  const allCaps = text === text.toUpperCase();
  return text.replace(/\b(PREVENT|Prevent)\b(?!\s+(?:strategy|duty|programme|agenda))/gi, (word: string, _w: string, at: number) => {
    if (word === 'PREVENT' && !allCaps) return 'Prevent strategy';
    // capitalised after a lower-case word: a name, not the verb that opens a sentence
    if (word === 'Prevent' && /[a-z,]\s+$/.test(text.slice(0, at))) return 'Prevent strategy';
    return word;
  });
}

/** "Priority 1 –", "Objective 2:", "Aim 3." before a statement: a numbered label, not its content. */
const LABEL = /^\s*(?:strategic\s+)?(?:priority|priorities|objective|aim|theme|outcome|goal|strand|pillar|commitment|action|area)\s*(?:\d+|[ivx]+|[a-h])\b\s*[:.)\u2013\u2014-]?\s*(?=\S)/i;

/** The statement as the classifier reads it: numbered label dropped, proper names marked. */
export function prepare(text: string): string {
  return markProperNames(text.replace(LABEL, ''));
}
