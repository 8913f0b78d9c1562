/**
 * The learned part of the classifier: an ensemble (MEMBERS) of models, each two logistic
 * regressions (kind; theme) over the statement features (features.ts), which include the rule
 * evidence. Trained on the training files in data/training (the project's own statements), the
 * taxonomy terms (as short theme examples) and any extra examples (a CV fold's training labels, an
 * analyst's corrections). The committed weights (data/classify/model.json, written by
 * scripts/train-classifier.ts) load without training.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { Kind } from '../schema/priority.js';
import { statementFeatures, withContext, type ClassifyContext } from './features.js';
import type { Lexicon } from './lexicon.js';
import { LogReg, type Features, type LabelledFeatures, type LogRegWeights } from './logreg.js';
import { ruleEvidence } from './rules.js';
import { prepare } from './senses.js';
import { BlendedModel } from './blend.js';
import { dataPath, parseTerm, type Taxonomy } from './taxonomy.js';
import type { LearnedFrom } from '../util/fingerprint.js';

export interface Example {
  text: string;
  kind: Kind;
  theme: string | null;
  /** Teaches the theme model only (its kind reading is the author's, not checked against the labelling conventions). */
  themeOnly?: boolean;
  /** How much the example counts (default 1; real labelled statements count more than made-up ones). */
  weight?: number;
  /** Partner type of the document the statement comes from, where known (features.ts withContext). */
  partnerType?: string | undefined;
  /** A template statement (statements.csv): one ensemble member learns without them (MEMBERS). */
  template?: boolean;
}

/** Training settings, chosen by cross-validation (see scripts/train-classifier.ts). */
export const TRAINING = {
  epochs: 10,
  rate: 0.2,
  /** Passes when refining the committed model with extra examples. */
  warmEpochs: 3,
  /** When refining, every n-th training-file statement is used. */
  warmSample: 4,
  kindL2: 0.001,
  themeL2: 0.001,
  /** Weight of an extra (real, labelled) example relative to a training-file statement. */
  extraWeight: 3,
  /** Weight of a hand-written statement in a real document's style (data/training/documents.csv, conventions.csv). */
  documentWeight: 2,
  /** Weight of a theme-only statement (data/training/themes.csv) relative to a training-file statement. */
  themeOnlyWeight: 2,
  /** Weight of a taxonomy term as a theme example. */
  termWeight: 0.3,
  /** Weights smaller than this are dropped (kind model; theme model): smaller file, faster start. */
  prune: 0.1,
  themePrune: 0.3,
};

export function loadTrainingCsv(file: string = dataPath('training', 'statements.csv')): Example[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  return rows.map((r, i) => {
    const kind = Kind.safeParse(r.kind);
    if (!kind.success) throw new Error(`${file}: row ${i + 2}: bad kind "${r.kind}"`);
    return { text: r.text ?? '', kind: kind.data, theme: r.theme ? r.theme : null, ...(r.partner_type ? { partnerType: r.partner_type } : {}) };
  });
}

export interface Scored {
  label: string;
  p: number;
}

export interface Probabilities {
  kinds: Scored[];
  themes: Scored[];
}

export interface Explanation {
  /** Features that pushed the kind / theme asked about up most. */
  kindFeatures: Array<{ feature: string; weight: number }>;
  themeFeatures: Array<{ feature: string; weight: number }>;
}

/** The two regressions of one model, as saved (numbers and feature names only). */
export interface SavedRegressions {
  trainedOn: number;
  kind: LogRegWeights;
  theme: LogRegWeights;
}

/** data/classify/model.json: the ensemble's members, and what they learned from. */
export interface SavedModel {
  /**
   * The real labelled statements among the training examples, and fingerprints of their documents
   * (util/fingerprint.ts): cross-validation on a set uses this model only when it has seen none of
   * the set's documents. Absent in a model trained without labelled documents.
   */
  labelled?: LearnedFrom;
  members: Array<SavedRegressions & { name: string; weight: number }>;
}

/** What the classifier asks of a learned model (a Model, an Ensemble, or a blend: blend.ts). */
export interface Predictor {
  /** `x`: the statement's features (features.ts statementFeatures), computed once by the caller for every part. */
  probabilities(x: Features, ctx?: ClassifyContext): Probabilities;
  /** The features that pushed `kind` and `theme` up most (none for an undefined label). */
  explain(x: Features, ctx: ClassifyContext | undefined, kind: string | undefined, theme: string | undefined): Explanation;
}

/**
 * The classifier's ensemble: models that differ only in their training files, probabilities
 * averaged. The template statements (statements.csv, 1,496 made from templates) teach broad
 * coverage but are alike; a model trained without them follows the written and labelled
 * statements more closely. Averaging the two beat either alone and any weight on the templates in
 * one model (data/classify/README.md). Equal weights: no weight was fitted.
 */
export const MEMBERS = [
  { name: 'all', weight: 0.5, templates: true },
  { name: 'written', weight: 0.5, templates: false },
] as const;

// Features of a training statement depend only on its text and the lexicon: computed once per
// lexicon (cross-validation retrains many times on the same training files). Never mutated.
const featureMemo = new WeakMap<Lexicon, Map<string, Features>>();
function featuresOf(raw: string, lex: Lexicon, isTerm = false): Features {
  let memo = featureMemo.get(lex);
  if (!memo) featureMemo.set(lex, (memo = new Map()));
  const key = isTerm ? `\u0000${raw}` : raw;
  let x = memo.get(key);
  if (!x) {
    // taxonomy terms are phrases already (no numbering or senses to apply)
    const text = isTerm ? raw : prepare(raw);
    memo.set(key, (x = statementFeatures(text, ruleEvidence(text, lex), lex)));
  }
  return x;
}

/** One pair of regressions (kind; theme). */
export class Model implements Predictor {
  constructor(
    private readonly kindLr: LogReg,
    private readonly themeLr: LogReg,
    readonly trainedOn: number,
  ) {}

  static train(examples: Example[], tax: Taxonomy, lex: Lexicon, prior?: SavedRegressions): Model {
    const kindData: LabelledFeatures[] = [];
    const themeData: LabelledFeatures[] = [];
    for (const ex of examples) {
      const x = featuresOf(ex.text, lex);
      // Partner type informs the kind only: the themes are named alike by every type of partner.
      if (!ex.themeOnly) kindData.push({ x: withContext(x, { partnerType: ex.partnerType }), label: ex.kind, weight: ex.weight ?? 1 });
      if (ex.theme) themeData.push({ x, label: ex.theme, weight: ex.weight ?? 1 });
    }
    for (const th of tax.themes) {
      for (const t of [th.label, ...th.terms]) {
        themeData.push({ x: featuresOf(parseTerm(t).phrase, lex, true), label: th.id, weight: TRAINING.termWeight });
      }
    }
    const T = TRAINING;
    // Starting from the committed weights, a few passes suffice.
    const epochs = prior ? T.warmEpochs : T.epochs;
    const kindLr = LogReg.train(kindData, [...Kind.options], { l2: T.kindL2, epochs, prune: T.prune, rate: T.rate, ...(prior ? { prior: prior.kind } : {}) });
    const themeLr = LogReg.train(themeData, tax.themes.map((t) => t.id), { l2: T.themeL2, epochs, prune: T.themePrune, rate: T.rate, ...(prior ? { prior: prior.theme } : {}) });
    return new Model(kindLr, themeLr, examples.length);
  }

  static fromSaved(s: SavedRegressions): Model {
    return new Model(new LogReg(s.kind), new LogReg(s.theme), s.trainedOn);
  }

  /** The weights, already pruned at training (TRAINING.prune, TRAINING.themePrune). */
  save(): SavedRegressions {
    return { trainedOn: this.trainedOn, kind: this.kindLr.weights, theme: this.themeLr.weights };
  }

  probabilities(x: Features, ctx?: ClassifyContext): Probabilities {
    return { kinds: this.kindLr.predict(withContext(x, ctx)), themes: this.themeLr.predict(x) };
  }

  explain(x: Features, ctx: ClassifyContext | undefined, kind: string | undefined, theme: string | undefined): Explanation {
    return {
      kindFeatures: kind ? this.kindLr.explain(withContext(x, ctx), kind) : [],
      themeFeatures: theme ? this.themeLr.explain(x, theme) : [],
    };
  }
}

/** The members of MEMBERS, trained; probabilities averaged by their weights. */
export class Ensemble extends BlendedModel {
  constructor(readonly members: Array<{ name: string; weight: number; model: Model }>) {
    super(members);
  }

  /** Each member on its share of `examples` (refined from `prior`'s member of the same name, when given). */
  static train(examples: Example[], tax: Taxonomy, lex: Lexicon, prior?: SavedModel): Ensemble {
    return new Ensemble(
      MEMBERS.map((m) => ({
        name: m.name,
        weight: m.weight,
        model: Model.train(m.templates ? examples : examples.filter((e) => !e.template), tax, lex, prior?.members.find((p) => p.name === m.name)),
      })),
    );
  }

  static fromSaved(s: SavedModel): Ensemble {
    return new Ensemble(s.members.map((m) => ({ name: m.name, weight: m.weight, model: Model.fromSaved(m) })));
  }

  save(): SavedModel {
    return { members: this.members.map((m) => ({ name: m.name, weight: m.weight, ...m.model.save() })) };
  }
}

// ------------------------------------------------------------------ cache
let baseExamples: Example[] | undefined;
/** The training files: template statements, and hand-written statements in real documents' styles (which count more). */
export function trainingExamples(): Example[] {
  return (baseExamples ??= [
    ...loadTrainingCsv().map((e) => ({ ...e, template: true })),
    ...loadTrainingCsv(dataPath('training', 'documents.csv')).map((e) => ({ ...e, weight: TRAINING.documentWeight })),
    // statements written to follow the labelling conventions (data/classify/README.md): as real-style as documents.csv
    ...loadTrainingCsv(dataPath('training', 'conventions.csv')).map((e) => ({ ...e, weight: TRAINING.documentWeight })),
    ...(existsSync(dataPath('training', 'themes.csv'))
      ? loadTrainingCsv(dataPath('training', 'themes.csv')).map((e) => ({ ...e, weight: TRAINING.themeOnlyWeight, themeOnly: true }))
      : []),
  ]);
}

export const SAVED_MODEL = dataPath('classify', 'model.json');
let saved: { tax: Taxonomy; model: Ensemble; raw: SavedModel } | undefined;

/** The committed model (trained on the training file and the labelled statements, weights only). */
export function savedModel(tax: Taxonomy): { model: Ensemble; raw: SavedModel } | undefined {
  if (saved?.tax === tax) return saved;
  if (!existsSync(SAVED_MODEL)) return undefined;
  const raw = JSON.parse(readFileSync(SAVED_MODEL, 'utf8')) as SavedModel;
  if (!Array.isArray(raw.members)) throw new Error(`${SAVED_MODEL}: not a model of this version (no members); regenerate it with 'node dist/scripts/train-classifier.js'`);
  saved = { tax, model: Ensemble.fromSaved(raw), raw };
  return saved;
}

/**
 * The model for this taxonomy: the committed one when there are no extra examples; with extra
 * examples, retrained on the training file plus them, starting from (and shrunk towards) the
 * committed weights. `fromScratch` ignores the committed model (cross-validation must: it has
 * seen every labelled statement).
 */
export function getModel(tax: Taxonomy, lex: Lexicon, extra: Example[] = [], fromScratch = false): Ensemble {
  const base = fromScratch ? undefined : savedModel(tax);
  if (extra.length === 0 && base) return base.model;
  // Refining the committed model, a sample of the training files anchors it (and keeps it quick).
  const sample = base ? trainingExamples().filter((_, i) => i % TRAINING.warmSample === 0) : trainingExamples();
  const ex = [...sample, ...extra.map((e) => ({ ...e, weight: e.weight ?? TRAINING.extraWeight }))];
  return Ensemble.train(ex, tax, lex, base?.raw);
}
