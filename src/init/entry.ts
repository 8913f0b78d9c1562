import type { DocType, PartnerType } from '../schema/index.js';
import {
  guessArea, guessAreaFromLine, guessBodyName, guessDocType, guessPartnerType, guessPublicationYear, guessYear,
  isPoliceAndCrimePlan, normaliseName, roleFor,
} from './guess.js';
import { partnerTypeName } from '../config/partner-types.js';
import type { DocumentHead } from './read.js';

export interface Guessed {
  value: string | number;
  comment?: string;
}

const LOW = ' (low confidence: check)';
const short = (s: string, n = 60): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
};

/** Places to look for a guess, most trusted first, each with how to say where it came from. */
interface Place {
  text: string;
  say: (match: string) => string;
  low: boolean;
}

function places(rel: string, head: DocumentHead | undefined): Place[] {
  const out: Place[] = [];
  if (head?.title) out.push({ text: head.title, say: (m) => `from the title (${head.titleFrom}): "${short(head.title!)}" ("${m}")`, low: false });
  for (const h of head?.headings.slice(0, 6) ?? []) out.push({ text: h, say: (m) => `from a first-page heading: "${short(h)}" ("${m}")`, low: false });
  if (head?.text) {
    out.push({
      text: head.text,
      say: (m) => `from the first page's text: "${short(head.text.split('\n').find((l) => normaliseName(l).includes(m)) ?? m)}" ("${m}")`,
      low: true,
    });
  }
  const name = rel.replace(/\\/g, '/');
  out.push({ text: name.replace(/\.[^.]+$/, ''), say: (m) => `from the file name: ${name} ("${m}")`, low: true });
  return out;
}

function first<T extends { match: string }>(ps: Place[], guess: (t: string) => T | undefined): { g: T; p: Place } | undefined {
  for (const p of ps) {
    const g = guess(p.text);
    if (g) return { g, p };
  }
  return undefined;
}

/**
 * One draft sources.yaml entry from what the document says about itself: its title (metadata,
 * <title>, first heading), its first-page headings and text, and only then its file name. Every
 * guess keeps a comment saying where it came from; guesses from body text or the file name say
 * they are of low confidence. Only a Police and Crime Plan itself (not news or a report about one)
 * is a current-plan candidate.
 */
export function guessEntry(id: string, rel: string, head: DocumentHead | undefined, now = new Date().getFullYear()): Record<string, Guessed> & { isPlan?: Guessed } {
  const ps = places(rel, head);
  const isCsv = /\.csv$/i.test(rel);
  const isPlan = !isCsv && isPoliceAndCrimePlan(head?.title, head?.text ?? '');
  const say = (x: { g: { match: string }; p: Place }): string => `${x.p.say(x.g.match)}${x.p.low ? LOW : ''}`;

  // Document type: a Police and Crime Plan only when the document is one.
  const dtFound = first(ps, (t) => {
    const g = guessDocType(t);
    return g?.value === 'police_and_crime_plan' && !isPlan ? undefined : g;
  });
  const docType: { value: DocType; comment: string } = isPlan
    ? { value: 'police_and_crime_plan', comment: `from the title: "${short(head!.title!)}"` }
    : isCsv ? { value: 'survey', comment: 'a .csv file: read as a partner survey' }
    : dtFound ? { value: dtFound.g.value, comment: say(dtFound) }
    : { value: 'other', comment: `not found in the title, first page or file name${LOW}` };

  const ptFound = first(ps, guessPartnerType);
  const partnerType: { value: PartnerType; comment: string } = isPlan
    ? { value: 'OPCC', comment: 'a Police and Crime Plan is the office\'s own' }
    : isCsv && !ptFound?.p.low ? { value: 'OPCC', comment: `default for a partner survey (run by the OPCC)${LOW}` }
    : ptFound ? { value: ptFound.g.value, comment: say(ptFound) }
    : { value: 'OTHER', comment: `not found: set CSP, LSCB, SAB, HWB, POLICE, YOT, PROBATION, FIRE, ...${LOW}` };

  const yGuess = guessPublicationYear(head?.title, head?.headings ?? [], head?.text ?? '', now);
  const yName = guessYear(rel.replace(/\\/g, '/'));
  const year: Guessed = yGuess
    ? { value: yGuess.value, comment: `${yGuess.from === 'title' ? 'from the title' : yGuess.from === 'published' ? 'from a "published" line' : yGuess.from === 'heading' ? 'from a first-page heading' : 'latest year on the first page'} ("${yGuess.match}")${yGuess.from === 'text' ? LOW : ''}` }
    : yName && yName.value <= now ? { value: yName.value, comment: `from the file name ("${yName.match}")${LOW}` }
    : { value: 0, comment: '' };

  const body = [head?.title, ...(head?.headings.slice(0, 3) ?? [])].map((t) => (t ? guessBodyName(t) : undefined)).find(Boolean);
  const titleArea = head?.title ? guessAreaFromLine(head.title) : undefined;
  const bodyArea = body ? guessAreaFromLine(body) ?? guessArea(body) : undefined;
  const stem = rel.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]+$/, '');
  const nameArea = guessArea(stem);
  const area: Guessed | undefined = titleArea ? { value: titleArea, comment: `from the title: "${short(head!.title!)}"` }
    : bodyArea ? { value: bodyArea, comment: `from the body named: "${body}"` }
    : nameArea ? { value: nameArea, comment: `from the file name: ${stem}${LOW}` }
    : partnerType.value === 'NATIONAL' ? { value: 'National', comment: 'national source' }
    : undefined;
  const label = partnerTypeName(partnerType.value, 'one');
  const partner: Guessed = isCsv ? { value: 'Partner survey', comment: `default for a partner survey${LOW}` }
    : body ? { value: body, comment: `the body named in the title or first heading: "${short(body)}"` }
    : area && partnerType.value !== 'OTHER' ? { value: `${area.value} ${label}`, comment: `area and type guessed above${area.comment?.includes('low') ? LOW : ''}` }
    : { value: label, comment: `not named in the document: name the partner${LOW}` };
  const role = isCsv ? 'survey' : isPlan ? 'current_plan' : roleFor(docType.value === 'police_and_crime_plan' ? 'other' : docType.value, partnerType.value);

  return {
    id: { value: id },
    role: { value: role, comment: isPlan ? 'a Police and Crime Plan: the current plan if it is the newest' : `from partner type and document type` },
    partner,
    partner_type: partnerType,
    area: area ?? { value: '', comment: '' },
    doc_type: docType,
    year,
    ...(head?.title ? { title: { value: head.title, comment: `from the ${head.titleFrom}` } } : {}),
    path: { value: rel.replace(/\\/g, '/') },
    ...(isPlan ? { isPlan: { value: 1 } } : {}),
  };
}
