/**
 * Models whose probabilities are averaged, each with a weight. Two uses:
 * - the classifier's own ensemble (model.ts `Ensemble`): models that differ in their training
 *   files, equal weights;
 * - carrying what was learned from other labelled documents to a new labelled set
 *   (classifier.ts `trainClassifierOn(rows, { prior })`): the committed model (which keeps only
 *   weights, so it cannot be retrained together with a new set's labels) and a model trained on
 *   the new labels, weighted by the labelled statements each learned from. `eval --folds` does
 *   that only when the committed model has seen none of the set's documents (eval/learners.ts).
 */
import type { ClassifyContext } from './features.js';
import type { Features } from './logreg.js';
import type { Explanation, Predictor, Probabilities, Scored } from './model.js';

export class BlendedModel implements Predictor {
  private readonly parts: Array<{ model: Predictor; w: number }>;
  /** `weight`s need not sum to 1: each part gets its share of their total. */
  constructor(parts: Array<{ model: Predictor; weight: number }>) {
    const total = parts.reduce((s, p) => s + p.weight, 0);
    if (parts.length === 0 || !(total > 0)) throw new Error('a blend needs at least one model with a positive weight');
    this.parts = parts.map((p) => ({ model: p.model, w: p.weight / total }));
  }

  /** The share of each part, in the order given (sums to 1). */
  get weights(): number[] {
    return this.parts.map((p) => p.w);
  }

  probabilities(x: Features, ctx?: ClassifyContext): Probabilities {
    const outs = this.parts.map((p) => ({ w: p.w, out: p.model.probabilities(x, ctx) }));
    return { kinds: mix(outs.map((o) => ({ w: o.w, scored: o.out.kinds }))), themes: mix(outs.map((o) => ({ w: o.w, scored: o.out.themes }))) };
  }

  /** Each part's features for the same labels, scaled by its share (a feature several parts name: the sum). */
  explain(x: Features, ctx: ClassifyContext | undefined, kind: string | undefined, theme: string | undefined): Explanation {
    const outs = this.parts.map((p) => ({ w: p.w, out: p.model.explain(x, ctx, kind, theme) }));
    const top = (pick: (e: Explanation) => Explanation['kindFeatures']) => {
      const sum = new Map<string, number>();
      for (const o of outs) for (const f of pick(o.out)) sum.set(f.feature, (sum.get(f.feature) ?? 0) + f.weight * o.w);
      return [...sum].map(([feature, w]) => ({ feature, weight: Math.round(w * 100) / 100 })).sort((a, b) => b.weight - a.weight).slice(0, 3);
    };
    return { kindFeatures: top((e) => e.kindFeatures), themeFeatures: top((e) => e.themeFeatures) };
  }
}

function mix(parts: Array<{ w: number; scored: Scored[] }>): Scored[] {
  const p = new Map<string, number>();
  for (const { w, scored } of parts) for (const s of scored) p.set(s.label, (p.get(s.label) ?? 0) + w * s.p);
  return [...p].map(([label, q]) => ({ label, p: q })).sort((a, b) => b.p - a.p);
}
