/**
 * What was learned from other labelled documents, carried to a new labelled set.
 *
 * The committed model (data/classify/model.json) learned from the dev set's labelled statements;
 * it keeps only weights, so it cannot simply be retrained together with a new set's labels.
 * Cross-validating on a new set (e.g. the held-back documents), each fold's classifier is instead
 * a blend: the committed model's probabilities and those of a model trained from scratch on the
 * fold's labels, averaged with weights in proportion to the labelled statements each learned from.
 * That is only fair when the committed model has seen none of the set's documents: the model
 * records fingerprints of the documents it learned from (util/fingerprint.ts), and any overlap
 * means from scratch. The extraction model is blended the same way (extract/score.ts).
 * Measured by `cv-robust.js --transfer` (one half of the dev documents stands for the committed
 * model's, the other half is cross-validated with and without it).
 */
import type { ClassifyContext } from './features.js';
import type { Lexicon } from './lexicon.js';
import type { ModelOutput, Predictor, Scored } from './model.js';
import type { Evidence } from './rules.js';

/** A model and how many real labelled statements it learned from. */
export interface Learned {
  model: Predictor;
  statements: number;
}

/** Models' probabilities averaged, each weighted by the labelled statements it learned from. */
export class BlendedModel implements Predictor {
  private readonly parts: Array<{ model: Predictor; w: number }>;
  constructor(parts: Learned[]) {
    const total = parts.reduce((s, p) => s + p.statements, 0);
    if (parts.length === 0 || total <= 0) throw new Error('a blend needs at least one model that learned from labelled statements');
    this.parts = parts.map((p) => ({ model: p.model, w: p.statements / total }));
  }

  /** The weight of each part, in the order given (sums to 1). */
  get weights(): number[] {
    return this.parts.map((p) => p.w);
  }

  predict(text: string, ev: Evidence, lex: Lexicon, ctx?: ClassifyContext): ModelOutput {
    const outs = this.parts.map((p) => ({ w: p.w, out: p.model.predict(text, ev, lex, ctx) }));
    const kinds = mix(outs.map((o) => ({ w: o.w, scored: o.out.kinds })));
    const themes = mix(outs.map((o) => ({ w: o.w, scored: o.out.themes })));
    // the cues behind the blend: each part's strongest features for its own top label, scaled by its weight
    const cues = (pick: (o: ModelOutput) => ModelOutput['kindFeatures']) =>
      outs
        .flatMap((o) => pick(o.out).map((f) => ({ feature: f.feature, weight: Math.round(f.weight * o.w * 100) / 100 })))
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 3);
    return { kinds, themes, kindFeatures: cues((o) => o.kindFeatures), themeFeatures: cues((o) => o.themeFeatures) };
  }
}

function mix(parts: Array<{ w: number; scored: Scored[] }>): Scored[] {
  const p = new Map<string, number>();
  for (const { w, scored } of parts) for (const s of scored) p.set(s.label, (p.get(s.label) ?? 0) + w * s.p);
  return [...p].map(([label, q]) => ({ label, p: q })).sort((a, b) => b.p - a.p);
}
