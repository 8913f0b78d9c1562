/**
 * Classifier: the rule evidence of the lexicon (rules.ts) and the learned logistic regressions
 * (model.ts, which take that evidence as features) decide a kind, a primary theme, other themes,
 * a confidence, and the cues behind them.
 */
import type { Cue, Classification, ClassifiedPriority, Kind, Priority } from '../schema/priority.js';
import { buildLexicon, matchThemes, type Lexicon, type ThemeHit } from './lexicon.js';
import { statementFeatures, type ClassifyContext } from './features.js';
import { getModel, savedModel, type Example, type Predictor } from './model.js';
import { KINDS, ruleEvidence } from './rules.js';
import { prepare } from './senses.js';
import { loadTaxonomy, type Taxonomy } from './taxonomy.js';
import { BlendedModel } from './blend.js';

export interface Classifier {
  /** `ctx.partnerType`: the partner type of the statement's document (sources.yaml partner_type), where known. */
  classify(text: string, ctx?: ClassifyContext): Classification;
  themeMentions(text: string): Array<{ theme: string; term: string }>;
  taxonomy: Taxonomy;
}

/** A labelled statement to learn from, with the partner type of its document where known. */
export type LabelledStatement = { text: string; kind: Kind; theme: string | null; partnerType?: string | undefined };

export interface ClassifierOptions {
  extraExamples?: LabelledStatement[];
}

/** Combination weights, kept in one place (chosen by repeated cross-validation, cv-robust.ts). */
export const WEIGHTS = {
  /** Model probability of a kind → kind score (the rule scores are already among its features). */
  modelKind: 2,
  /** Rule kind score → kind score. */
  ruleKind: 1,
  /** Model probability of a theme → theme score. */
  modelTheme: 1.5,
  /** Minimum model probability to name a theme the lexicon did not find. */
  modelThemeMin: 0.45,
};

const lexCache = new WeakMap<Taxonomy, Lexicon>();
function lexiconFor(tax: Taxonomy): Lexicon {
  let l = lexCache.get(tax);
  if (!l) lexCache.set(tax, (l = buildLexicon(tax)));
  return l;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function classifyWith(raw: string, tax: Taxonomy, lex: Lexicon, model: Predictor, ctx?: ClassifyContext): Classification {
  const text = prepare(raw);
  const info = lex.themeInfo;
  const ev = ruleEvidence(text, lex);
  const x = statementFeatures(text, ev, lex); // once, for every part of the model and its explanation
  const m = model.probabilities(x, ctx);
  const cues: Cue[] = [...ev.cues];
  const kindScore = { ...ev.kindScore };
  for (const k of KINDS) kindScore[k] *= WEIGHTS.ruleKind;
  for (const s of m.kinds) kindScore[s.label as Kind] += WEIGHTS.modelKind * s.p;
  const themeScore = new Map(ev.themes);
  const modelTheme = new Map(m.themes.map((s) => [s.label, s.p]));
  for (const [t, s] of themeScore) themeScore.set(t, s + WEIGHTS.modelTheme * (modelTheme.get(t) ?? 0));
  const lexThemes = [...themeScore.entries()].sort((a, b) => b[1] - a[1]);
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
  // the learned features behind the kind and theme chosen (not the model's own first choice, where they differ)
  const why = model.explain(x, ctx, kind, theme ?? undefined);
  for (const f of why.kindFeatures) cues.push({ source: 'model', term: f.feature, kind, weight: f.weight });
  if (theme) for (const f of why.themeFeatures) cues.push({ source: 'model', term: f.feature, theme, weight: f.weight });

  // ---------------------------------------------------------------- confidence
  const total = KINDS.reduce((s, k) => s + Math.exp(kindScore[k]), 0);
  const pKind = Math.exp(kindScore[kind]) / total;
  const evidence = KINDS.reduce((s, k) => s + ev.kindScore[k], 0);
  let themeConf: number;
  if (theme === null) themeConf = kind === 'crime' || kind === 'target_group' ? 0.3 : 0.7;
  else {
    const ts = themeScore.get(theme) ?? 0;
    const second = lexThemes.find(([t]) => t !== theme)?.[1] ?? 0;
    themeConf = Math.min(1, 0.35 + 0.12 * ts) * (ts > 0 ? ts / (ts + 0.5 * second) : 0.5);
  }
  let confidence = 0.55 * pKind + 0.45 * themeConf;
  if (evidence < 1) confidence *= 0.6;
  if (ev.cues.length === 0) {
    cues.push({ source: 'default', term: '(no cue matched)', kind, weight: 0 });
    confidence = Math.min(confidence, 0.2);
  }
  confidence = Math.max(0.01, Math.min(0.99, confidence));

  return { kind, theme, otherThemes, confidence: round(confidence), cues };
}

/** Builds the classifier: loads the taxonomy, builds the lexicon, trains (or reuses) the model. */
export function loadClassifier(opts: ClassifierOptions = {}): Classifier {
  const taxonomy = loadTaxonomy();
  return classifierFrom(getModel(taxonomy, lexiconFor(taxonomy), examplesOf(opts.extraExamples ?? [], taxonomy), false));
}

/** A learned model and how many real labelled statements it learned from. */
export interface Learned {
  model: Predictor;
  statements: number;
}

/**
 * A model trained from scratch on the project's training data plus `rows`, without the committed
 * weights (which have seen every dev statement), and how many labelled statements it learned from.
 */
export function learnFrom(rows: LabelledStatement[]): Learned {
  const taxonomy = loadTaxonomy();
  return { model: getModel(taxonomy, lexiconFor(taxonomy), examplesOf(rows, taxonomy), true), statements: rows.length };
}

/**
 * The classifier cross-validation calls: trained from scratch on `rows` (learnFrom). With `prior`
 * (a model that learned from other documents, e.g. `committedLearning()` when it has seen none of
 * the set's documents), blended with it by statement count (blend.ts).
 */
export function trainClassifierOn(rows: LabelledStatement[], opts: { prior?: Learned } = {}): Classifier {
  const own = learnFrom(rows);
  return classifierFrom(opts.prior ? new BlendedModel([opts.prior, own].map((l) => ({ model: l.model, weight: l.statements }))) : own.model);
}

/** The committed model as a prior for a new labelled set: its weights and what it learned from (undefined if it records none). */
export function committedLearning(): (Learned & { documents: string[] }) | undefined {
  const saved = savedModel(loadTaxonomy());
  const l = saved?.raw.labelled;
  return saved && l && l.statements > 0 ? { model: saved.model, statements: l.statements, documents: l.documents } : undefined;
}

function examplesOf(rows: LabelledStatement[], taxonomy: Taxonomy): Example[] {
  const known = new Set(taxonomy.themes.map((t) => t.id));
  return rows.map((e, i) => {
    if (e.theme !== null && !known.has(e.theme)) throw new Error(`extraExamples[${i}]: unknown theme "${e.theme}"`);
    return { text: e.text, kind: e.kind, theme: e.theme, ...(e.partnerType ? { partnerType: e.partnerType } : {}) };
  });
}

/** A classifier over a learned model (or blend): the rules and senses of the taxonomy around it. */
export function classifierFrom(model: Predictor): Classifier {
  const taxonomy = loadTaxonomy();
  const lex = lexiconFor(taxonomy);
  return {
    taxonomy,
    classify: (text: string, ctx?: ClassifyContext) => classifyWith(text, taxonomy, lex, model, ctx),
    themeMentions: (text: string) => {
      const seen = new Set<string>();
      const out: Array<{ theme: string; term: string }> = [];
      for (const h of matchThemes(lex, prepare(text)) as ThemeHit[]) {
        const key = `${h.theme}\u0000${h.term}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ theme: h.theme, term: h.term });
      }
      return out;
    },
  };
}

export function classifyPriorities(ps: Priority[], c: Classifier, ctx?: ClassifyContext): ClassifiedPriority[] {
  return ps.map((p) => ({ ...p, ...c.classify(p.text, ctx) }));
}
