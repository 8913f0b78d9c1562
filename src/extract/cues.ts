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
