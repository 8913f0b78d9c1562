/**
 * The note's cover details and the analyst's commentary: `scan.note` in sources.yaml and a
 * `commentary.md` beside it. Both live with the analyst's inputs, never in output/, so a rerun
 * (which rewrites the note) never loses them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScanConfig } from '../../schema/index.js';

export interface NoteSettings {
  owner?: string;
  author?: string;
  contact?: string;
  marking?: string;
  version?: string;
  status?: string;
  /** Next PCC election (YYYY-MM-DD), scan.next_election: dates Annex A's statutory steps. */
  nextElection?: string;
  /** Analyst text by section id (summary, background, outcome, risk, national, gaps, change, methodology). */
  commentary: Record<string, string>;
}

export const COMMENTARY_FILE = 'commentary.md';

const SECTION_IDS = ['summary', 'background', 'outcome', 'risk', 'national', 'gaps', 'change', 'methodology'];

/** Heading words → section id ("## Gaps against the plan" → gaps). */
function sectionOf(heading: string): string {
  const h = heading.toLowerCase();
  const hit = SECTION_IDS.find((id) => h.includes(id));
  if (hit) return hit;
  if (/threat|harm|risk/.test(h)) return 'risk';
  if (/change|drift|last year/.test(h)) return 'change';
  if (/nation/.test(h)) return 'national';
  if (/tier|outcome/.test(h)) return 'outcome';
  return 'summary';
}

/** commentary.md: text before the first "## " heading is the summary's; each heading names a section. */
export function parseCommentary(md: string): Record<string, string> {
  const out: Record<string, string> = {};
  let id = 'summary';
  for (const line of md.replace(/\r\n?/g, '\n').split('\n')) {
    const h = /^#{1,3}\s+(.*)$/.exec(line);
    if (h) {
      id = sectionOf(h[1]!);
      continue;
    }
    out[id] = `${out[id] ?? ''}\n${line}`;
  }
  for (const k of Object.keys(out)) {
    const v = out[k]!.trim().replace(/\n{2,}/g, '\n\n');
    if (v) out[k] = v;
    else delete out[k];
  }
  return out;
}

/** Cover details and commentary for the scan in `sourcesFile` (commentary.md beside it wins per section over scan.note.commentary). */
export function loadNoteSettings(scan: ScanConfig, sourcesFile: string): NoteSettings {
  const n = scan.note ?? {};
  const commentary: Record<string, string> =
    typeof n.commentary === 'string' ? { summary: n.commentary } : { ...(n.commentary ?? {}) };
  const file = join(dirname(sourcesFile), COMMENTARY_FILE);
  if (existsSync(file)) Object.assign(commentary, parseCommentary(readFileSync(file, 'utf8')));
  const { commentary: _c, ...cover } = n;
  return { ...cover, ...(scan.next_election ? { nextElection: scan.next_election } : {}), commentary };
}
