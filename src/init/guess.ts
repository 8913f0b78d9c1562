import type { DocType, PartnerType, Role } from '../schema/index.js';
import { normaliseName } from '../util/names.js';

export { normaliseName };

interface Rule<T> {
  re: RegExp;
  value: T;
}

/** Ordered: first match wins (more specific before general). Names are in data/partner-types.yaml. */
export const PARTNER_TYPE_RULES: Array<Rule<PartnerType>> = [
  // National documents name the police and commissioners they address: they go first.
  { re: /\b(strategic policing requirement|home office|national crime agency|national strategic assessment|hmicfrs|ministry of justice)\b/, value: 'NATIONAL' },
  { re: /\b(police and crime (plan|commissioner)|opcc|pcc)\b/, value: 'OPCC' },
  { re: /\b(community safety|csp|safer communities|community safety partnership|safer [a-z]+ partnership|safer)\b/, value: 'CSP' },
  { re: /\b(safeguarding children|childrens safeguarding|lscb|lscp|scp|child safeguarding)\b/, value: 'LSCB' },
  { re: /\b(safeguarding adults|adult safeguarding|sab|sar)\b/, value: 'SAB' },
  { re: /\b(health and wellbeing|health and well being|hwb|hwbb)\b/, value: 'HWB' },
  { re: /\b(youth offending|yot|yos|youth justice|yjs|yjb)\b/, value: 'YOT' },
  { re: /\b(probation|crc)\b/, value: 'PROBATION' },
  { re: /\b(fire|frs)\b/, value: 'FIRE' },
  { re: /\b(ambulance)\b/, value: 'AMBULANCE' },
  { re: /\b(crown prosecution|cps)\b/, value: 'CPS' },
  { re: /\b(prison|prisons|hmpps|hmp)\b/, value: 'PRISON' },
  { re: /\b(nhs|icb|ccg|clinical commissioning|public health|integrated care)\b/, value: 'HEALTH' },
  { re: /\b(police|constabulary|policing plan)\b/, value: 'POLICE' },
  { re: /\b(home office|national|strategic policing requirement|spr|hmicfrs|government)\b/, value: 'NATIONAL' },
];

export const DOC_TYPE_RULES: Array<Rule<DocType>> = [
  { re: /\b(police and crime plan|pcp)\b/, value: 'police_and_crime_plan' },
  { re: /\b(strategic assessment|jsna|needs assessment|joint strategic)\b/, value: 'strategic_assessment' },
  { re: /\b(annual report)\b/, value: 'annual_report' },
  { re: /\b(business plan|delivery plan)\b/, value: 'business_plan' },
  { re: /\b(survey|questionnaire|responses)\b/, value: 'survey' },
  { re: /\b(plan|strategy|priorities)\b/, value: 'partnership_plan' },
];

/** Words that say what kind of document or body it is, not where: dropped when guessing the area. */
const NOT_AREA = new Set(
  (
    'the of and for in on a an to plan plans strategy strategic report annual final draft v1 v2 v3 version update ' +
    'updated refresh partnership partnerships board boards service services council priorities priority assessment ' +
    'business delivery community safety safer communities csp safeguarding children childrens child adults adult ' +
    'lscb lscp scp sab sar health wellbeing well being hwb hwbb youth offending yot yos justice yjs yjb probation crc ' +
    'fire rescue frs ambulance crown prosecution cps prison prisons hmpps hmp nhs icb ccg clinical commissioning public ' +
    'integrated care police constabulary policing crime commissioner opcc pcc pcp home office national requirement spr ' +
    'hmicfrs government survey questionnaire responses jsna needs joint document doc copy web print accessible ' +
    'pdf docx html htm txt md csv team group executive summary full safer risk management control performance ' +
    'irmp crmp unit pdu partner partners local joint'
  ).split(' '),
);

export interface NameGuess {
  partnerType?: { value: PartnerType; match: string };
  docType?: { value: DocType; match: string };
  year?: { value: number; match: string };
  area?: string;
}

/** The first rule whose pattern the normalised text matches, with the words that matched. */
function firstRule<T>(rules: ReadonlyArray<Rule<T>>, text: string): { value: T; match: string } | undefined {
  const n = normaliseName(text);
  for (const r of rules) {
    const m = r.re.exec(n);
    if (m) return { value: r.value, match: m[0] };
  }
  return undefined;
}

export function guessPartnerType(text: string): NameGuess['partnerType'] {
  return firstRule(PARTNER_TYPE_RULES, text);
}

export function guessDocType(text: string): NameGuess['docType'] {
  return firstRule(DOC_TYPE_RULES, text);
}

/** First plausible year ("2024", "2024-25", "2024/2027", "FY24-25" → 2024). */
export function guessYear(text: string): NameGuess['year'] {
  const m = /(?<!\d)(20\d\d)(?:\s*[-–/_]\s*(?:20)?\d\d)?(?!\d)/.exec(text);
  if (m) return { value: Number(m[1]), match: m[0] };
  const fy = /\bfy\s*[-_]?(\d\d)(?:\s*[-–/_]\s*\d\d)?(?!\d)/i.exec(text);
  if (fy) return { value: 2000 + Number(fy[1]), match: fy[0] };
  return undefined;
}

/** Area from the words of a file name that are not type / document / year words. */
export function guessArea(fileBase: string): string | undefined {
  const words = normaliseName(fileBase)
    .split(' ')
    .filter((w) => w && !NOT_AREA.has(w) && !/^\d+$/.test(w) && !/^(fy)?\d\d$/.test(w));
  if (words.length === 0 || words.length > 4) return undefined;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function roleFor(docType: DocType | undefined, partnerType: PartnerType | undefined): Role {
  if (docType === 'police_and_crime_plan') return 'current_plan';
  if (docType === 'survey') return 'survey';
  if (partnerType === 'NATIONAL') return 'national';
  return 'partner';
}

/** Area from the leading words of a title line ("York Youth Justice Service Plan 2024" → "York"). */
export function guessAreaFromLine(line: string): string | undefined {
  // "Annual Report 2024 | Example Valley Fire and Rescue Service": try each part of a title.
  const parts = line.split(/\s+[|–—:-]\s+|:\s+/).filter(Boolean);
  if (parts.length > 1) {
    for (const p of parts) {
      const a = guessAreaFromLine(p);
      if (a) return a;
    }
    return undefined;
  }
  const words = line.replace(/&/g, ' and ').split(/[^A-Za-z0-9']+/).filter(Boolean);
  const lead: string[] = [];
  for (const w of words) {
    if (NOT_AREA.has(w.toLowerCase().replace(/'/g, '')) || /^\d/.test(w)) break;
    lead.push(w);
  }
  if (lead.length === 0 || lead.length > 4 || lead.length === words.length) return undefined;
  if (!lead.every((w) => /^[A-Z]/.test(w))) return undefined;
  return lead.map((w) => (w === w.toUpperCase() && w.length > 3 ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
}

/** "EV" / "Ev" is the initials of "Example Valley". */
export function isInitialsOf(short: string, long: string): boolean {
  const words = long.split(/\s+/).filter(Boolean);
  return words.length > 1 && !short.includes(' ') && words.map((w) => w.charAt(0)).join('').toLowerCase() === short.toLowerCase();
}

export interface YearGuess {
  value: number;
  match: string;
  /** Where it was read: the title, a "published" line, a first-page heading, the first page's text. */
  from: 'title' | 'published' | 'heading' | 'text';
}

// A year that names a law or a past event is not the document's date ("Care Act 2014").
const NOT_PUBLICATION = /\b(act|order|regulations|rules|bill|measure|since|until|before|by|census)\s*(of\s*)?$/i;

/** Every plausible year in `s` (a range counts by its first year), with the words matched. */
export function yearsIn(s: string, now: number): Array<{ value: number; match: string }> {
  const out: Array<{ value: number; match: string }> = [];
  for (const m of s.matchAll(/(?<![\d/])((?:19|20)\d\d)(?:\s*[-–—/]\s*(?:(?:19|20)?\d\d))?(?![\d])/g)) {
    const value = Number(m[1]);
    if (value < 1990 || value > now) continue;
    if (NOT_PUBLICATION.test(s.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ value, match: m[0] });
  }
  return out;
}

/**
 * The document's year of publication: the most recent plausible year in its title (a plan
 * "2017–2021" counts as 2017), else on a "published / updated / date" line, else in a first-page
 * heading, else the most recent plausible year on the first page. Never a year after `now`, nor
 * the year of an Act.
 */
export function guessPublicationYear(title: string | undefined, headings: string[], text: string, now = new Date().getFullYear()): YearGuess | undefined {
  const latest = (xs: Array<{ value: number; match: string }>) => xs.sort((a, b) => b.value - a.value)[0];
  const t = latest(yearsIn(title ?? '', now));
  if (t) return { ...t, from: 'title' };
  const published = text.split(/\n/).filter((l) => /\b(published|updated|issued|date[d]?|approved|agreed)\b/i.test(l));
  const p = latest(published.flatMap((l) => yearsIn(l, now)));
  if (p) return { ...p, from: 'published' };
  const h = latest(headings.flatMap((l) => yearsIn(l, now)));
  if (h) return { ...h, from: 'heading' };
  const x = latest(yearsIn(text, now));
  return x ? { ...x, from: 'text' } : undefined;
}

/** A body named in a title: "Safer Slough Partnership", "The Oxfordshire Safeguarding Children's Board". */
export function guessBodyName(line: string): string | undefined {
  const m = /\b((?:[A-Z][A-Za-z'’&-]*\s+(?:and\s+|&\s+|of\s+|for\s+)?){1,6}(?:Partnership|Board|Service|Team|Trust|Authority|Constabulary|Police|Commissioner|Council))\b/.exec(line);
  const name = m?.[1]?.replace(/^(The|Our|About|Agenda|Issue|Item)\s+/g, '').trim();
  return name && name.split(/\s+/).length >= 2 ? name : undefined;
}

/** Words that mark a piece about a plan (news, a consultation), not the plan itself. */
const NOT_A_PLAN = /\b(revealed|announce[sd]?|news|press release|consultation on|have your say|survey|update on|agenda|minutes|report to|response to)\b/i;

/** Is this a Police and Crime Plan itself (not a news item, agenda or report about one)? */
export function isPoliceAndCrimePlan(title: string | undefined, firstText: string): boolean {
  const t = title ?? '';
  return /\bpolice (and|&) crime plan\b/i.test(t) && !NOT_A_PLAN.test(t) && !/\bannual report\b/i.test(t) && /\bpolice (and|&) crime commissioner|\bpcc\b|\bopcc\b|\bcommissioner\b|\bpolice (and|&) crime plan\b/i.test(firstText);
}
