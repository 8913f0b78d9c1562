/**
 * Statistical model: two naive Bayes classifiers from natural (kind; theme) over stemmed
 * unigrams and bigrams, trained at load time on data/training/statements.csv, the taxonomy
 * terms (as short theme examples) and any extra examples. Trained models are cached in memory.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { BayesClassifier } from 'natural/lib/natural/classifiers/index.js';
import { Kind } from '../schema/priority.js';
import { STOP_WORDS, stems, tokenize, stem } from './lexicon.js';
import { dataPath, parseTerm, type Taxonomy } from './taxonomy.js';

export interface Example {
  text: string;
  kind: Kind;
  theme: string | null;
}

/** Stemmed unigrams (stop words dropped) and bigrams of neighbouring content words. */
export function features(text: string): string[] {
  const words = tokenize(text).filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  const st = words.map(stem);
  const out = new Set<string>(st);
  for (let i = 0; i + 1 < st.length; i++) out.add(`${st[i]}_${st[i + 1]}`);
  return [...out];
}

export function loadTrainingCsv(file: string = dataPath('training', 'statements.csv')): Example[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Array<
    Record<string, string>
  >;
  return rows.map((r, i) => {
    const kind = Kind.safeParse(r.kind);
    if (!kind.success) throw new Error(`${file}: row ${i + 2}: bad kind "${r.kind}"`);
    return { text: r.text ?? '', kind: kind.data, theme: r.theme ? r.theme : null };
  });
}

export interface Scored {
  label: string;
  p: number;
}

export interface ModelOutput {
  kinds: Scored[];
  themes: Scored[];
  /** Features of the text most indicative of the top kind / theme (log-odds vs the other labels). */
  kindFeatures: Array<{ feature: string; weight: number }>;
  themeFeatures: Array<{ feature: string; weight: number }>;
}

type NB = InstanceType<typeof BayesClassifier>;

export class Model {
  private constructor(
    private readonly kindNb: NB,
    private readonly themeNb: NB,
    readonly trainedOn: number,
  ) {}

  static train(examples: Example[], tax: Taxonomy): Model {
    const kindNb = new BayesClassifier(undefined, 0.5);
    const themeNb = new BayesClassifier(undefined, 0.5);
    for (const ex of examples) {
      const f = features(ex.text);
      if (f.length === 0) continue;
      addSparse(kindNb, f, ex.kind);
      if (ex.theme) addSparse(themeNb, f, ex.theme);
    }
    // Every taxonomy term is a (short) example of its theme.
    for (const th of tax.themes) {
      for (const t of [th.label, ...th.terms]) {
        const f = features(parseTerm(t).phrase);
        if (f.length > 0) addSparse(themeNb, f, th.id);
      }
    }
    return new Model(kindNb, themeNb, examples.length);
  }

  predict(text: string): ModelOutput {
    const f = features(text);
    const kinds = norm(this.kindNb, f);
    const themes = norm(this.themeNb, f);
    return {
      kinds,
      themes,
      kindFeatures: explain(this.kindNb, f, kinds[0]?.label),
      themeFeatures: explain(this.themeNb, f, themes[0]?.label),
    };
  }
}

/**
 * natural's Classifier.train() turns every document into a dense vector over all features
 * (O(features × documents)); its Bayes core also takes sparse observations (feature names), which
 * keeps training linear. The sparse path does not count examples, so we do that here.
 */
function addSparse(nb: NB, f: string[], label: string): void {
  const inner = nb.classifier;
  const obs: Record<string, string> = {};
  f.forEach((x, i) => {
    obs[String(i)] = x;
    nb.features[x] = (nb.features[x] ?? 0) + 1;
  });
  inner.addExample(obs, label);
  inner.totalExamples++;
  inner.classTotals[label] = (inner.classTotals[label] ?? 1) + 1;
}

function sparse(f: string[]): Record<string, string> {
  const obs: Record<string, string> = {};
  f.forEach((x, i) => (obs[String(i)] = x));
  return obs;
}

function norm(nb: NB, f: string[]): Scored[] {
  const known = f.filter((x) => x in nb.features);
  if (known.length === 0) return [];
  const cls = nb.classifier.getClassifications(sparse(known));
  // Naive Bayes is over-confident with many correlated features (unigrams and their bigrams):
  // temper the log-likelihoods by the number of features before normalising.
  const temp = Math.max(1, known.length / 2);
  const logs = cls.map((c) => (c.value > 0 ? Math.log(c.value) : -745) / temp);
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const sum = exps.reduce((s, x) => s + x, 0);
  return cls.map((c, i) => ({ label: c.label, p: (exps[i] ?? 0) / sum }));
}

/** Log ratio of P(feature | label) to its mean over the other labels, for the features present. */
function explain(nb: NB, f: string[], label: string | undefined): Array<{ feature: string; weight: number }> {
  if (!label) return [];
  const inner = nb.classifier;
  const labels = Object.keys(inner.classFeatures);
  const out: Array<{ feature: string; weight: number }> = [];
  const cf = inner.classFeatures as unknown as Record<string, Record<string, number>>;
  for (const feat of f) {
    if (!(feat in nb.features)) continue;
    const p = (l: string) => ((cf[l] ?? {})[feat] ?? inner.smoothing) / (inner.classTotals[l] ?? 1);
    const others = labels.filter((l) => l !== label);
    const mean = others.reduce((s, l) => s + p(l), 0) / Math.max(1, others.length);
    const w = Math.log(p(label) / mean);
    if (w > 0) out.push({ feature: feat.replace('_', ' '), weight: Math.round(w * 100) / 100 });
  }
  return out.sort((a, b) => b.weight - a.weight).slice(0, 3);
}

// ------------------------------------------------------------------ cache
let baseCache: { tax: Taxonomy; model: Model } | undefined;
let baseExamples: Example[] | undefined;

export function trainingExamples(): Example[] {
  return (baseExamples ??= loadTrainingCsv());
}

/** The trained model for this taxonomy and extra examples (cached when there are none). */
export function getModel(tax: Taxonomy, extra: Example[] = []): Model {
  if (extra.length === 0 && baseCache && baseCache.tax === tax) return baseCache.model;
  const model = Model.train([...trainingExamples(), ...extra], tax);
  if (extra.length === 0) baseCache = { tax, model };
  return model;
}

export { stems };
