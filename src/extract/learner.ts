/**
 * L2-regularised logistic regression over named features, trained by full-batch gradient descent
 * with AdaGrad step sizes. Deterministic (weights start at zero, rows in the given order) and small
 * enough to train in milliseconds on a few thousand candidates.
 */
import type { Features } from './features.js';

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty per unit of weight, summed over rows (default 1). */
  l2?: number;
  epochs?: number;
  rate?: number;
  /** Weight of a positive row relative to a negative one (default 1). */
  positiveWeight?: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function logit(m: LinearModel, x: Features): number {
  let z = m.bias;
  for (const [k, v] of x) z += (m.weights[k] ?? 0) * v;
  return z;
}

/** Each feature's share of the logit, strongest first (for the reasons an item was kept). */
export function contributions(m: LinearModel, x: Features): Array<{ feature: string; value: number }> {
  const out: Array<{ feature: string; value: number }> = [];
  for (const [k, v] of x) {
    const w = m.weights[k];
    if (w && v) out.push({ feature: k, value: w * v });
  }
  return out.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.feature.localeCompare(b.feature));
}

export function trainLogistic(rows: Array<{ x: Features; y: number }>, opts: TrainOptions = {}): LinearModel {
  const l2 = opts.l2 ?? 1;
  const epochs = opts.epochs ?? 400;
  const rate = opts.rate ?? 0.5;
  const pw = opts.positiveWeight ?? 1;
  const names = [...new Set(rows.flatMap((r) => [...r.x.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const xs = rows.map((r) => [...r.x].filter(([, v]) => v !== 0).map(([k, v]) => [index.get(k)!, v] as const));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length + 1);
  let b = 0;
  for (let e = 0; e < epochs; e++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    rows.forEach((r, i) => {
      let z = b;
      for (const [k, v] of xs[i]!) z += w[k]! * v;
      const err = (sigmoid(z) - r.y) * (r.y ? pw : 1);
      gb += err;
      for (const [k, v] of xs[i]!) grad[k]! += err * v;
    });
    for (let k = 0; k < names.length; k++) {
      const g = grad[k]! + l2 * w[k]!;
      g2[k]! += g * g;
      w[k]! -= (rate * g) / (Math.sqrt(g2[k]!) + 1e-8);
    }
    g2[names.length]! += gb * gb;
    b -= (rate * gb) / (Math.sqrt(g2[names.length]!) + 1e-8);
  }
  const weights: Record<string, number> = {};
  names.forEach((n, k) => {
    const v = Math.round(w[k]! * 1e4) / 1e4;
    if (v !== 0) weights[n] = v;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}
