/** The extraction cue lists (data/extraction/cues.yaml), compiled once. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dataPath } from '../util/package.js';

export const CueFile = z.object({
  version: z.number().int(),
  priority_intro: z.array(z.string()).min(1),
  other_list_intro: z.array(z.string()).min(1),
  action_verbs: z.array(z.string()).min(1),
  harm_words: z.array(z.string()).min(1),
  data_words: z.array(z.string()).min(1),
});
export type CueFile = z.infer<typeof CueFile>;

export interface Cues {
  priorityIntro: RegExp;
  otherIntro: RegExp;
  /** At the start of an item. */
  actionStart: RegExp;
  harm: RegExp;
  data: RegExp;
}

let cached: Cues | undefined;

function alt(xs: string[], flags = 'i'): RegExp {
  return new RegExp(String.raw`\b(?:${xs.join('|')})\b`, flags);
}

export function loadCues(file: string = dataPath('extraction', 'cues.yaml')): Cues {
  if (cached && file === dataPath('extraction', 'cues.yaml')) return cached;
  const r = CueFile.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: invalid extraction cues: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const c = r.data;
  const cues: Cues = {
    priorityIntro: alt(c.priority_intro),
    otherIntro: alt(c.other_list_intro),
    actionStart: new RegExp(String.raw`^(?:to\s+)?(?:${c.action_verbs.join('|')})\b`, 'i'),
    harm: alt(c.harm_words, 'gi'),
    data: alt(c.data_words),
  };
  if (file === dataPath('extraction', 'cues.yaml')) cached = cues;
  return cues;
}

const globalOf = new Map<RegExp, RegExp>();
function ends(re: RegExp, text: string): number[] {
  let g = globalOf.get(re);
  if (!g) globalOf.set(re, (g = new RegExp(re.source, 'gi')));
  return [...text.matchAll(g)].map((m) => m.index + m[0].length);
}
const MAIN_VERB_RE = /\b(?:are|is|were|include|includes|comprise|will\s+be)\b/i;

/**
 * Does a lead-in that names priorities introduce some other list? What a lead-in introduces is the
 * cue nearest its end ("in setting our objectives, we must:" duties; "the information used to inform
 * our priorities:" sources; "… using the following methods:" methods), unless the priority word is
 * the sentence's subject ("the Board's priorities are divided into six principles:").
 */
export function introducesOther(text: string, priority: RegExp, other: RegExp): boolean {
  const p = ends(priority, text);
  const o = ends(other, text);
  if (p.length === 0 || o.length === 0) return false;
  const verb = MAIN_VERB_RE.exec(text);
  if (verb && p[0]! <= verb.index) return false;
  return o[o.length - 1]! >= p[p.length - 1]!;
}
