/**
 * Classifier: combines the lexicon (taxonomy terms and kind cues) with the naive Bayes model
 * into a kind, a primary theme, other themes, a confidence and the cues behind them.
 */
import type { Cue, Classification, ClassifiedPriority, Kind, Priority } from '../schema/priority.js';
import { buildLexicon, matchKindCues, matchThemes, stems, tokenize, type Lexicon, type ThemeHit } from './lexicon.js';
import { getModel, type Example, type Model } from './model.js';
import { loadTaxonomy, type Taxonomy } from './taxonomy.js';

export interface Classifier {
  classify(text: string): Classification;
  themeMentions(text: string): Array<{ theme: string; term: string }>;
  taxonomy: Taxonomy;
}

export interface ClassifierOptions {
  extraExamples?: Array<{ text: string; kind: Kind; theme: string | null }>;
}

const KINDS: readonly Kind[] = ['crime', 'target_group', 'mechanism', 'internal_process'];

/** Combination weights, kept in one place (set by hand, then checked against the dev set as a whole). */
export const WEIGHTS = {
  /** Model probability of a kind → kind score. */
  modelKind: 1.5,
  /** Kind cue weight → kind score. */
  kindCue: 1.4,
  /** Theme hit weight → score of the theme's default kind. */
  themeKind: 0.55,
  /** Extra for the hit that opens the statement (the head of a short priority). */
  headBonus: 0,
  /** Bonus to the default kind of the leading business theme. */
  leadTheme: 0.4,
  /** Model probability of a theme → theme score. */
  modelTheme: 1.5,
  /** Earliest head business theme gets this bonus (lists are written in order of weight); the second gets half. */
  firstBusiness: 1.2,
  /** Minimum term weight for the position bonus (generic words do not lead a statement). */
  headMin: 1.5,
  /** Bonus to crime themes over target-group themes in the same statement. */
  crimeSpecific: 0.8,
  /** Weight multiplier for a theme hit that only qualifies another ("exploitation *of children*"). */
  modifier: 0.35,
  /** Minimum model probability to name a theme the lexicon did not find. */
  modelThemeMin: 0.45,
  /** Minimum weight of a mechanism/internal-process cue to head a statement (see markModifiers). */
  headCueMin: 1,
  /** Weight of cues after the opening segment of a "Title: detail" or "aim; aim" statement. */
  tail: 0.5,
};

const TITLE_SEP = /[:;]|\s[\u2013\u2014-]\s/;

const lexCache = new WeakMap<Taxonomy, Lexicon>();
function lexiconFor(tax: Taxonomy): Lexicon {
  let l = lexCache.get(tax);
  if (!l) lexCache.set(tax, (l = buildLexicon(tax)));
  return l;
}

const PREPS = new Set(['of', 'against', 'among', 'amongst', 'affect', 'involv', 'from', 'toward', 'at', 'risk']);
const RISK_WORDS = new Set(['risk', 'harm', 'free', 'from', 'affect', 'experienc', 'suffer', 'victim']);
const JOINERS = new Set(['the', 'a', 'and', 'or', 'their', 'our', 'all', 'those', 'in', 'to', 'by', 'on', 'with', 'whether']);

export interface MarkedHit extends ThemeHit {
  /** The hit qualifies an earlier one ("exploitation of *children*") rather than heading the statement. */
  modifier: boolean;
}

/** Prepositions (stemmed) that attach a qualifying phrase to a head noun: "training *for staff*". */
const HEAD_PREPS = new Set(['for', 'of', 'on', 'to', 'with', 'among', 'amongst', 'about', 'into', 'in', 'against', 'around', 'toward', 'at', 'involv', 'affect']);

/** A word span [start, end) of the stemmed statement. */
export interface Span {
  start: number;
  end: number;
}

/** Words of the head noun phrase allowed between a head cue and its preposition ("data *collection* on"). */
const HEAD_TAIL_MAX = 2;

/**
 * Marks theme hits that only qualify an earlier hit, and those chained to them by "and"/"or".
 * `heads` are spans of mechanism/internal-process kind cues: a business hit joined to the nearest
 * head before it by a preposition (with no business theme in between) qualifies that head
 * ("early intervention *for young people*", "training *on domestic abuse*", "data collection *on
 * hate crime*"). `blockers` are spans of crime/target-group cues ("tackling"): a head whose noun
 * phrase runs into one of them does not govern what follows.
 */
export function markModifiers(
  hits: ThemeHit[],
  st: string[],
  info: Lexicon['themeInfo'],
  heads: Span[] = [],
  blockers: Span[] = [],
): MarkedHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const biz = sorted.filter((h) => info.get(h.theme)?.group === 'business');
  const out: MarkedHit[] = [];
  let prev: MarkedHit | undefined;
  for (const h of sorted) {
    let modifier = false;
    const crimeHit = info.get(h.theme)?.defaultKind === 'crime';
    // the nearest head cue before this hit with no business theme in between
    const head = heads
      .filter((x) => x.end <= h.start && !biz.some((b) => b !== h && b.start >= x.end && b.start < h.start))
      .sort((a, b) => b.end - a.end)[0];
    if (head && info.get(h.theme)?.group === 'business') {
      const gap = st.slice(head.end, h.start);
      const p = gap.findIndex((w) => HEAD_PREPS.has(w));
      const blocked = blockers.some((b) => b.start < h.start && b.end > head.end);
      if (
        p >= 0 &&
        p <= HEAD_TAIL_MAX &&
        gap.length - p <= 4 &&
        !blocked &&
        gap.slice(p).every((w) => HEAD_PREPS.has(w) || JOINERS.has(w))
      ) {
        out.push({ ...h, modifier: true });
        prev = out[out.length - 1];
        continue;
      }
    }
    if (prev && h.start >= prev.end) {
      const gap = st.slice(prev.end, h.start);
      if (gap.some((w) => PREPS.has(w)) && gap.every((w) => PREPS.has(w) || JOINERS.has(w)) && gap.length <= 4) modifier = true;
      else if (prev.modifier && gap.every((w) => w === 'and' || w === 'or' || w === 'the')) modifier = true;
    } else if (prev && h.start < prev.end) {
      modifier = prev.modifier; // overlapping hit of another theme: same role
    }
    // A crime named after a group ("protect children from sexual exploitation") is the more specific
    // priority: crime hits are never demoted to qualifiers.
    const m: MarkedHit = { ...h, modifier: modifier && !crimeHit };
    out.push(m);
    if (h.start >= (prev?.end ?? -1) || !prev) prev = m;
  }
  // "children at risk of exploitation", "adults free from abuse": the group is the setting, the
  // crime is the priority.
  for (const h of out) {
    if (info.get(h.theme)?.defaultKind !== 'crime') continue;
    for (const g of out) {
      if (g.modifier || g.end > h.start || info.get(g.theme)?.defaultKind !== 'target_group') continue;
      const gap = st.slice(g.end, h.start);
      if (gap.length <= 10 && gap.some((w) => RISK_WORDS.has(w))) g.modifier = true;
    }
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function classifyWith(text: string, tax: Taxonomy, lex: Lexicon, model: Model): Classification {
  const info = lex.themeInfo;
  const kindHits = matchKindCues(lex, text);
  // "Title: elaboration", "first aim; second aim", "heading – detail": the opening segment states the
  // priority; cues after it weigh less (only when the opening segment has cues of its own).
  const rawThemeHits = matchThemes(lex, text);
  const sep = TITLE_SEP.exec(text);
  let tailFrom = Infinity;
  if (sep) {
    const b = tokenize(text.slice(0, sep.index)).length;
    if (b > 0 && [...kindHits, ...rawThemeHits].some((h) => h.end <= b)) tailFrom = b;
  }
  const tailW = (start: number) => (start >= tailFrom ? WEIGHTS.tail : 1);
  const heads = kindHits.filter((h) => (h.kind === 'mechanism' || h.kind === 'internal_process') && h.weight >= WEIGHTS.headCueMin);
  const blockers = kindHits.filter((h) => h.kind === 'crime' || h.kind === 'target_group');
  const themeHits = markModifiers(rawThemeHits, stems(text), info, heads, blockers);
  const m = model.predict(text);
  const cues: Cue[] = [];

  // ---------------------------------------------------------------- kind
  const kindScore: Record<Kind, number> = { crime: 0, target_group: 0, mechanism: 0, internal_process: 0 };
  for (const s of m.kinds) kindScore[s.label as Kind] += WEIGHTS.modelKind * s.p;
  const inModifier = (start: number, end: number) => themeHits.some((t) => t.modifier && t.start <= start && end <= t.end);
  for (const h of kindHits) {
    const w = WEIGHTS.kindCue * h.weight * tailW(h.start) * (h.start === 0 ? 1 + WEIGHTS.headBonus : 1) * (inModifier(h.start, h.end) ? WEIGHTS.modifier : 1);
    kindScore[h.kind] += w;
    cues.push({ source: 'lexicon', term: h.term, kind: h.kind, weight: round(w) });
  }
  for (const h of themeHits) {
    const ti = info.get(h.theme);
    if (!ti) continue;
    // A theme term inside a kind cue of another kind names what the cue acts on ("*parenting* programmes",
    // "support for *victims*", "*fire safety*"): the cue decides the kind.
    const underCue = kindHits.some((k) => k.kind !== ti.defaultKind && k.start <= h.start && h.end <= k.end);
    const w = WEIGHTS.themeKind * h.weight * tailW(h.start) * (h.start === 0 ? 1 + WEIGHTS.headBonus : 1) * (h.modifier || underCue ? WEIGHTS.modifier : 1);
    kindScore[ti.defaultKind] += w;
  }

  // ---------------------------------------------------------------- themes
  // Per theme: its strongest hit plus a little for further hits; modifiers count for less.
  const byTheme = new Map<string, number[]>();
  for (const h of themeHits) {
    const list = byTheme.get(h.theme) ?? [];
    list.push(h.weight * (h.modifier ? WEIGHTS.modifier : 1));
    byTheme.set(h.theme, list);
  }
  const themeScore = new Map<string, number>();
  for (const [t, ws] of byTheme) {
    const sorted = [...ws].sort((a, b) => b - a);
    themeScore.set(t, (sorted[0] ?? 0) + 0.3 * sorted.slice(1).reduce((x, y) => x + y, 0));
  }
  const headOrder: string[] = [];
  for (const h of themeHits) {
    if (h.modifier || h.weight < WEIGHTS.headMin || info.get(h.theme)?.group !== 'business' || headOrder.includes(h.theme)) continue;
    headOrder.push(h.theme);
  }
  // A named crime is more specific than the group it affects ("children at risk of exploitation").
  for (const [t, sc] of themeScore) if (info.get(t)?.defaultKind === 'crime') themeScore.set(t, sc + WEIGHTS.crimeSpecific);
  headOrder.slice(0, 2).forEach((t, i) => themeScore.set(t, (themeScore.get(t) ?? 0) + WEIGHTS.firstBusiness / (i + 1)));
  const modelTheme = new Map(m.themes.map((s) => [s.label, s.p]));
  for (const [t, s] of themeScore) themeScore.set(t, s + WEIGHTS.modelTheme * (modelTheme.get(t) ?? 0));

  const lexThemes = [...themeScore.entries()].sort((a, b) => b[1] - a[1]);
  // The kind follows the leading business theme unless other evidence is clearly stronger.
  const leadBiz = lexThemes.find(([t]) => info.get(t)?.group === 'business');
  if (leadBiz) {
    const lk = info.get(leadBiz[0])?.defaultKind;
    if (lk) kindScore[lk] += WEIGHTS.leadTheme;
  }
  const rankedKinds = [...KINDS].sort((a, b) => kindScore[b] - kindScore[a]);
  const kind = rankedKinds[0] as Kind;
  const inGroup = (g: 'business' | 'method') => lexThemes.filter(([t]) => info.get(t)?.group === g);
  const bestOfKind = (k: Kind) => lexThemes.find(([t]) => info.get(t)?.defaultKind === k);

  let theme: string | null = null;
  const biz = inGroup('business');
  const meth = inGroup('method');
  if (kind === 'crime' || kind === 'target_group') {
    // Prefer a theme of the chosen kind when it is nearly as strong as the best business theme.
    const best = biz[0];
    const same = bestOfKind(kind);
    if (best && same && same[0] !== best[0] && same[1] >= best[1] * 0.8) theme = same[0];
    else if (best) theme = best[0];
    else {
      const top = m.themes.find((s) => info.get(s.label)?.group === 'business');
      if (top && top.p >= WEIGHTS.modelThemeMin) {
        theme = top.label;
        themeScore.set(top.label, WEIGHTS.modelTheme * top.p);
      }
    }
  } else {
    const sameKind = meth.find(([t]) => info.get(t)?.defaultKind === kind);
    if (sameKind) theme = sameKind[0];
    else if (meth[0]) theme = meth[0][0];
    else if (biz[0]) theme = biz[0][0];
    else {
      const top = m.themes.find((s) => info.get(s.label)?.group === 'method');
      if (top && top.p >= WEIGHTS.modelThemeMin) {
        theme = top.label;
        themeScore.set(top.label, WEIGHTS.modelTheme * top.p);
      }
    }
  }
  const otherThemes = lexThemes.map(([t]) => t).filter((t) => t !== theme);

  // ---------------------------------------------------------------- cues
  for (const h of themeHits) {
    const ti = info.get(h.theme);
    cues.push({ source: 'lexicon', term: h.term, theme: h.theme, ...(ti ? { kind: ti.defaultKind } : {}), weight: round(h.weight) });
  }
  const modelKind = (m.kinds[0]?.label ?? kind) as Kind;
  for (const f of m.kindFeatures) cues.push({ source: 'model', term: f.feature, kind: modelKind, weight: f.weight });
  if (theme) for (const f of m.themeFeatures) cues.push({ source: 'model', term: f.feature, theme: m.themes[0]?.label ?? theme, weight: f.weight });

  // ---------------------------------------------------------------- confidence
  const total = KINDS.reduce((s, k) => s + Math.exp(kindScore[k]), 0);
  const pKind = Math.exp(kindScore[kind]) / total;
  const evidence = KINDS.reduce((s, k) => s + kindScore[k], 0);
  let themeConf: number;
  if (theme === null) themeConf = kind === 'crime' || kind === 'target_group' ? 0.3 : 0.7;
  else {
    const ts = themeScore.get(theme) ?? 0;
    const second = lexThemes.find(([t]) => t !== theme)?.[1] ?? 0;
    themeConf = Math.min(1, 0.35 + 0.12 * ts) * (ts > 0 ? ts / (ts + 0.5 * second) : 0.5);
  }
  let confidence = 0.55 * pKind + 0.45 * themeConf;
  if (evidence < 1) confidence *= 0.6;
  if (cues.length === 0) {
    cues.push({ source: 'default', term: '(no cue matched)', kind, weight: 0 });
    confidence = Math.min(confidence, 0.2);
  }
  confidence = Math.max(0.01, Math.min(0.99, confidence));

  return { kind, theme, otherThemes, confidence: round(confidence), cues };
}

/** Builds the classifier: loads the taxonomy, builds the lexicon, trains (or reuses) the model. */
export function loadClassifier(opts: ClassifierOptions = {}): Classifier {
  const taxonomy = loadTaxonomy();
  const known = new Set(taxonomy.themes.map((t) => t.id));
  const extra: Example[] = (opts.extraExamples ?? []).map((e, i) => {
    if (e.theme !== null && !known.has(e.theme)) throw new Error(`extraExamples[${i}]: unknown theme "${e.theme}"`);
    return { text: e.text, kind: e.kind, theme: e.theme };
  });
  const lex = lexiconFor(taxonomy);
  const model = getModel(taxonomy, extra);
  return {
    taxonomy,
    classify: (text: string) => classifyWith(text, taxonomy, lex, model),
    themeMentions: (text: string) => {
      const seen = new Set<string>();
      const out: Array<{ theme: string; term: string }> = [];
      for (const h of matchThemes(lex, text) as ThemeHit[]) {
        const key = `${h.theme}\u0000${h.term}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ theme: h.theme, term: h.term });
      }
      return out;
    },
  };
}

/** A classifier trained on the project's training data plus `rows` (e.g. a CV fold's training labels). */
export function trainClassifierOn(rows: Array<{ text: string; kind: Kind; theme: string | null }>): Classifier {
  return loadClassifier({ extraExamples: rows });
}

export function classifyPriorities(ps: Priority[], c: Classifier): ClassifiedPriority[] {
  return ps.map((p) => ({ ...p, ...c.classify(p.text) }));
}
