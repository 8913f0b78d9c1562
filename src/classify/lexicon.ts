/**
 * Lexicon: normalisation, Porter stemming and phrase matching of taxonomy terms and kind cues.
 */
import { PorterStemmer } from 'natural/lib/natural/stemmers/index.js';
import type { Kind } from '../schema/priority.js';
import { applySenses, loadSenses, type Sense } from './senses.js';
import { parseTerm, type Taxonomy } from './taxonomy.js';

/** Words whose Porter stems would collide with unrelated terms (communication ≠ community). */
const STEM_OVERRIDES: Record<string, string> = {
  communication: 'communicat',
  communications: 'communicat',
  communicate: 'communicat',
  communicating: 'communicat',
  organisation: 'organisation',
  organisations: 'organisation',
  organisational: 'organisation',
  organization: 'organisation',
  organizational: 'organisation',
  publicity: 'publicity',
  prevention: 'prevention',
  preventative: 'preventive',
  preventive: 'preventive',
  integration: 'integration',
  integrity: 'integrity',
  general: 'general',
  generally: 'general',
  dealing: 'dealing',
  deal: 'deal',
  deals: 'deal',
  // Porter gives "divers" for all three: workforce diversity is not diversion from justice.
  diversity: 'diversity',
  diverse: 'diversity',
  diversion: 'diversion',
  diversions: 'diversion',
  // The noun names a function (child protection, fire protection, data protection); the verb "protect"
  // takes the group being protected.
  protection: 'protection',
  // Porter gives "effect" for effective, effectively and effectiveness: "effective support" is not
  // the effectiveness of the organisation.
  effectiveness: 'effectiveness',
  // Porter gives "restor" for restoring and restorative: restoring neighbourhood policing is not
  // restorative justice.
  restorative: 'restorative',
};

/** Lower-case, unify quotes/dashes, possessive "'s" as the word "s", expand "&", keep letters/digits as words. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    // the possessive stays as a word of its own: "children's mental health" is about mental health
    .replace(/'s\b/g, " 's")
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = STEM_OVERRIDES[word] ?? PorterStemmer.stem(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Stemmed word sequence of a text. */
export function stems(text: string): string[] {
  return tokenize(text).map(stem);
}

export const STOP_WORDS = new Set(
  (
    'a an the and or of to in on for with by at from as is are be been being was were will would shall should can could may might must ' +
    'this that these those it its our we us their they them who whom which what when where how all any each every other such than then ' +
    'there here into onto across through about over under within between both either more most less very so not no also including ' +
    'ensure ensuring continue s'
  ).split(' '),
);

export interface PhraseMatch<T> {
  /** The term as written in the taxonomy. */
  term: string;
  value: T;
  weight: number;
  /** Word span [start, end) in the stemmed text. */
  start: number;
  end: number;
}

interface Entry<T> {
  term: string;
  stems: string[];
  value: T;
  weight: number;
}

/** Matches stemmed phrases by their first word; a phrase inside a longer match is dropped. */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, Entry<T>[]>();

  add(rawTerm: string, value: T, defaultWeight?: (nWords: number) => number): void {
    const { phrase, weight } = parseTerm(rawTerm);
    const st = stems(phrase);
    const first = st[0];
    if (first === undefined) return;
    const w = weight ?? (defaultWeight ? defaultWeight(st.length) : 1 + 0.5 * (st.length - 1));
    const list = this.byFirst.get(first) ?? [];
    list.push({ term: phrase, stems: st, value, weight: w });
    this.byFirst.set(first, list);
  }

  /** All matches in `st` (stemmed words), longest-span first, without matches contained in longer ones. */
  match(st: string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < st.length; i++) {
      const cands = this.byFirst.get(st[i] as string);
      if (!cands) continue;
      for (const e of cands) {
        if (i + e.stems.length > st.length) continue;
        let ok = true;
        for (let k = 1; k < e.stems.length; k++) {
          if (st[i + k] !== e.stems[k]) {
            ok = false;
            break;
          }
        }
        if (ok) found.push({ term: e.term, value: e.value, weight: e.weight, start: i, end: i + e.stems.length });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PhraseMatch<T>[] = [];
    for (const m of found) {
      const inside = kept.some((k) => k.start <= m.start && m.end <= k.end && k.end - k.start > m.end - m.start);
      if (!inside) kept.push(m);
    }
    // Same value matched twice by synonyms with the same span: keep the heaviest.
    const dedup = new Map<string, PhraseMatch<T>>();
    for (const m of kept) {
      const key = `${String(m.value)}:${m.start}:${m.end}`;
      const prev = dedup.get(key);
      if (!prev || prev.weight < m.weight) dedup.set(key, m);
    }
    return [...dedup.values()].sort((a, b) => a.start - b.start || b.weight - a.weight);
  }
}

export interface Lexicon {
  themes: PhraseMatcher<string>;
  kinds: PhraseMatcher<Kind>;
  /** Word-sense phrases (data/classify/senses.yaml). */
  senses: PhraseMatcher<Sense>;
  /** Theme id → group and default kind. */
  themeInfo: Map<string, { group: 'business' | 'method'; defaultKind: Kind; label: string }>;
}

export function buildLexicon(tax: Taxonomy): Lexicon {
  const themes = new PhraseMatcher<string>();
  const kinds = new PhraseMatcher<Kind>();
  const themeInfo = new Map<string, { group: 'business' | 'method'; defaultKind: Kind; label: string }>();
  for (const th of tax.themes) {
    themeInfo.set(th.id, { group: th.group, defaultKind: th.defaultKind, label: th.label });
    for (const t of th.terms) themes.add(t, th.id);
    // The label itself is always a term.
    themes.add(th.label, th.id, (n) => 1 + 0.5 * n);
  }
  const kc = tax.kindCues;
  if (kc) {
    for (const k of ['crime', 'target_group', 'mechanism', 'internal_process'] as const) {
      for (const t of kc[k]) kinds.add(t, k);
    }
  }
  const senses = new PhraseMatcher<Sense>();
  for (const sense of loadSenses()) senses.add(sense.phrase, sense);
  return { themes, kinds, senses, themeInfo };
}

export interface ThemeHit {
  theme: string;
  term: string;
  weight: number;
  start: number;
  end: number;
}

export function matchThemes(lex: Lexicon, text: string): ThemeHit[] {
  const st = stems(text);
  const hits = lex.themes.match(st).map((m) => ({ theme: m.value, term: m.term, weight: m.weight, start: m.start, end: m.end }));
  return applySenses(hits, st, lex.senses);
}

export interface KindHit {
  kind: Kind;
  term: string;
  weight: number;
  start: number;
  end: number;
}

export function matchKindCues(lex: Lexicon, text: string): KindHit[] {
  return lex.kinds.match(stems(text)).map((m) => ({ kind: m.value, term: m.term, weight: m.weight, start: m.start, end: m.end }));
}
