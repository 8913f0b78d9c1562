/**
 * Rule evidence: what the lexicon (taxonomy terms and kind cues) says about a statement, before
 * any learned model: kind scores, theme scores, which business theme heads the statement, and the
 * cues behind them. The learned model takes these as features and the final decision uses both.
 */
import type { Cue, Kind } from '../schema/priority.js';
import { matchKindCues, matchThemes, stems, tokenize, type KindHit, type Lexicon } from './lexicon.js';
import { markModifiers, type MarkedHit } from './modifiers.js';

export const KINDS: readonly Kind[] = ['crime', 'target_group', 'mechanism', 'internal_process'];

/** Rule weights, kept in one place (set by hand, then checked by cross-validation). */
export const RULE_WEIGHTS = {
  /** Kind cue weight → kind score. */
  kindCue: 1.4,
  /** Theme hit weight → score of the theme's default kind. */
  themeKind: 0.55,
  /** Bonus to the default kind of the leading business theme. */
  leadTheme: 0.4,
  /** Earliest head business theme gets this bonus (lists are written in order of weight); the second gets half. */
  firstBusiness: 1.8,
  /** Minimum term weight for the position bonus (generic words do not lead a statement). */
  headMin: 1.5,
  /** Bonus to crime themes over target-group themes in the same statement. */
  crimeSpecific: 0.4,
  /** Weight multiplier for a theme hit that only qualifies another ("exploitation *of children*"). */
  modifier: 0.35,
  /** Minimum weight of a mechanism/internal-process cue to head a statement (see markModifiers). */
  headCueMin: 1,
  /** Weight of cues after the opening segment of a "Title: detail" or "aim; aim" statement. */
  tail: 0.5,
};

/** "Title: detail", "first aim; second aim", "heading – detail", "Measure | target". */
export const TITLE_SEP = /[:;|]|\s[\u2013\u2014-]\s/;

/** A trailing "how" after the priority: "reduce deliberate fires *in partnership with* the police". */
const HOW_SEP = /\s(?:in partnership with|working with|by working|through|via|with the support of)\s/i;

export interface Evidence {
  kindHits: KindHit[];
  themeHits: MarkedHit[];
  kindScore: Record<Kind, number>;
  /** Theme id → score, strongest first. */
  themes: Array<[string, number]>;
  /** Business themes heading the statement, in order of appearance. */
  headOrder: string[];
  /** Number of words in the opening segment when the statement is "Title – detail" (else Infinity). */
  tailFrom: number;
  cues: Cue[];
}

/** Verbs (stemmed) whose object, when a named crime, is the priority: "prevent knife crime". */
const PREVENT_VERBS = new Set(['prevent', 'prevention', 'deter', 'stop']);
/** Words allowed between the verb and its crime object ("deter young people from committing violent acts"). */
const OBJECT_GAP = 6;

/**
 * "Prevent X", "the prevention of X", "deter young people from X": when X is a named crime, the
 * crime is the priority and preventing it is how; the verb's cue counts for crime, and a prevention
 * theme hit on the verb only qualifies (prevention in general stays a mechanism).
 */
function preventedCrimes(kindHits: KindHit[], themeHits: MarkedHit[], st: string[], info: Lexicon['themeInfo'], tailFrom: number): void {
  for (const h of kindHits) {
    if (h.kind !== 'mechanism' || !PREVENT_VERBS.has(stems(h.term)[0] ?? '')) continue;
    const obj = themeHits.find((t) => info.get(t.theme)?.defaultKind === 'crime' && t.start >= h.end && t.start - h.end <= OBJECT_GAP);
    if (!obj) continue;
    obj.modifier = false; // the object of the verb, not a qualifier of a method
    // "interventions *to deter* young people from carrying knives": the purpose names the priority.
    const purpose = st[h.start - 1] === 'to';
    for (const k of kindHits) {
      // (not across a "Title –" boundary: "primary prevention – to prevent violence" keeps its title)
      if (k !== h && !(purpose && k.kind === 'mechanism' && k.end <= h.start && !(k.end <= tailFrom && h.start >= tailFrom))) continue;
      k.kind = 'crime';
      for (const t of themeHits) if (t.start < k.end && k.start < t.end && info.get(t.theme)?.group === 'method') t.modifier = true;
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function ruleEvidence(text: string, lex: Lexicon): Evidence {
  const W = RULE_WEIGHTS;
  const info = lex.themeInfo;
  const kindHits = matchKindCues(lex, text);
  const rawThemeHits = matchThemes(lex, text);
  // The opening segment states the priority; cues after it weigh less (only when the opening
  // segment has cues of its own).
  const sep = TITLE_SEP.exec(text) ?? HOW_SEP.exec(text);
  let tailFrom = Infinity;
  if (sep) {
    const b = tokenize(text.slice(0, sep.index)).length;
    if (b > 0 && [...kindHits, ...rawThemeHits].some((h) => h.end <= b)) tailFrom = b;
  }
  const tailW = (start: number) => (start >= tailFrom ? W.tail : 1);
  const heads = kindHits.filter((h) => (h.kind === 'mechanism' || h.kind === 'internal_process') && h.weight >= W.headCueMin);
  const blockers = kindHits.filter((h) => h.kind === 'crime' || h.kind === 'target_group');
  const themeHits = markModifiers(rawThemeHits, stems(text), info, heads, blockers);
  const cues: Cue[] = [];
  preventedCrimes(kindHits, themeHits, stems(text), info, tailFrom);

  const kindScore: Record<Kind, number> = { crime: 0, target_group: 0, mechanism: 0, internal_process: 0 };
  const inModifier = (start: number, end: number) => themeHits.some((t) => t.modifier && t.start <= start && end <= t.end);
  for (const h of kindHits) {
    const w = W.kindCue * h.weight * tailW(h.start) * (inModifier(h.start, h.end) ? W.modifier : 1);
    kindScore[h.kind] += w;
    cues.push({ source: 'lexicon', term: h.term, kind: h.kind, weight: round(w) });
  }
  for (const h of themeHits) {
    const ti = info.get(h.theme);
    if (!ti) continue;
    // A theme term inside a kind cue of another kind names what the cue acts on ("*parenting*
    // programmes", "support for *victims*"): the cue decides the kind.
    const underCue = kindHits.some((k) => k.kind !== ti.defaultKind && k.start <= h.start && h.end <= k.end);
    kindScore[ti.defaultKind] += W.themeKind * h.weight * tailW(h.start) * (h.modifier || underCue ? W.modifier : 1);
    cues.push({ source: 'lexicon', term: h.term, theme: h.theme, kind: ti.defaultKind, weight: round(h.weight) });
  }

  // Per theme: its strongest hit plus a little for further hits; modifiers count for less.
  const byTheme = new Map<string, number[]>();
  for (const h of themeHits) byTheme.set(h.theme, [...(byTheme.get(h.theme) ?? []), h.weight * (h.modifier ? W.modifier : 1)]);
  const themeScore = new Map<string, number>();
  for (const [t, ws] of byTheme) {
    const s = [...ws].sort((a, b) => b - a);
    themeScore.set(t, (s[0] ?? 0) + 0.3 * s.slice(1).reduce((x, y) => x + y, 0));
  }
  const headOrder: string[] = [];
  for (const h of themeHits) {
    if (h.modifier || h.weight < W.headMin || info.get(h.theme)?.group !== 'business' || headOrder.includes(h.theme)) continue;
    headOrder.push(h.theme);
  }
  // A named crime is more specific than the group it affects ("children at risk of exploitation").
  for (const [t, sc] of themeScore) if (info.get(t)?.defaultKind === 'crime') themeScore.set(t, sc + W.crimeSpecific);
  headOrder.slice(0, 2).forEach((t, i) => themeScore.set(t, (themeScore.get(t) ?? 0) + W.firstBusiness / (i + 1)));
  const themes = [...themeScore.entries()].sort((a, b) => b[1] - a[1]);
  // The kind follows the leading business theme unless other evidence is clearly stronger.
  const leadBiz = themes.find(([t]) => info.get(t)?.group === 'business');
  const lk = leadBiz ? info.get(leadBiz[0])?.defaultKind : undefined;
  if (lk) kindScore[lk] += W.leadTheme;
  return { kindHits, themeHits, kindScore, themes, headOrder, tailFrom, cues };
}
