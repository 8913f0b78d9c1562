/**
 * Sparse multinomial logistic regression (softmax), trained by online AdaGrad with an L2
 * penalty pulling each weight towards a prior (zero, or the weights of a model trained earlier:
 * that is how analyst corrections refine the committed model without its training sentences).
 * Small and dependency-free: a few thousand examples with tens of features each train in well
 * under a second.
 */

/** Feature name → value (1 for presence; a number for scores). */
export type Features = Map<string, number>;

export interface LabelledFeatures {
  x: Features;
  label: string;
  /** Example weight (default 1). */
  weight?: number;
}

export interface LogRegWeights {
  labels: string[];
  /** Per label: feature → weight; "" is the bias. */
  w: Record<string, Record<string, number>>;
}

export interface TrainOptions {
  l2: number;
  epochs: number;
  rate: number;
  /** Weights to shrink towards instead of zero. */
  prior?: LogRegWeights;
  /** Weights smaller than this (in absolute value) are dropped from the result; biases are kept. */
  prune?: number;
}

export class LogReg {
  constructor(readonly weights: LogRegWeights) {}

  static train(data: LabelledFeatures[], labels: string[], opts: TrainOptions): LogReg {
    const L = labels.length;
    const li = new Map(labels.map((l, i) => [l, i]));
    // Index features once: dense ids make the inner loop cheap.
    const fid = new Map<string, number>([['', 0]]);
    const rows = data
      .filter((d) => li.has(d.label))
      .map((d) => {
        const idx: number[] = [0];
        const val: number[] = [1];
        for (const [f, v] of d.x) {
          if (v === 0) continue;
          let id = fid.get(f);
          if (id === undefined) fid.set(f, (id = fid.size));
          idx.push(id);
          val.push(v);
        }
        return { idx, val, y: li.get(d.label) as number, wt: d.weight ?? 1 };
      });
    const F = fid.size;
    const W = new Float64Array(F * L);
    const P = new Float64Array(F * L);
    if (opts.prior) {
      for (const [f, id] of fid) {
        for (let c = 0; c < L; c++) P[id * L + c] = opts.prior.w[labels[c] as string]?.[f] ?? 0;
      }
      W.set(P);
    }
    const H = new Float64Array(F * L).fill(1e-6);
    const meanWt = rows.reduce((s, r) => s + r.wt, 0) / Math.max(1, rows.length);
    const z = new Float64Array(L);
    // Online AdaGrad over a fixed shuffled order (deterministic); the L2 pull is applied to the
    // weights an example touches, so the cost per example is its features × labels.
    const order = rows.map((_, i) => i);
    let seed = 12345;
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let ep = 0; ep < opts.epochs; ep++) {
      for (const oi of order) {
        const r = rows[oi]!;
        const n = r.idx.length;
        let max = -Infinity;
        for (let c = 0; c < L; c++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += W[r.idx[k]! * L + c]! * r.val[k]!;
          z[c] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let c = 0; c < L; c++) sum += z[c] = Math.exp(z[c]! - max);
        const wt = r.wt / meanWt;
        for (let c = 0; c < L; c++) {
          const d = (z[c]! / sum - (c === r.y ? 1 : 0)) * wt;
          for (let k = 0; k < n; k++) {
            const j = r.idx[k]! * L + c;
            const g = d * r.val[k]! + (k > 0 ? opts.l2 * (W[j]! - P[j]!) : 0); // the bias is not penalised
            H[j] = H[j]! + g * g;
            W[j] = W[j]! - (opts.rate * g) / Math.sqrt(H[j]!);
          }
        }
      }
    }
    const w: LogRegWeights['w'] = {};
    for (let c = 0; c < L; c++) w[labels[c] as string] = {};
    const min = Math.max(1e-4, opts.prune ?? 0);
    const out = labels.map((l) => w[l] as Record<string, number>);
    for (const [f, id] of fid) {
      for (let c = 0; c < L; c++) {
        const v = W[id * L + c]!;
        if (id === 0 || Math.abs(v) >= min) out[c]![f] = Math.round(v * 1e4) / 1e4;
      }
    }
    return new LogReg({ labels, w });
  }

  /** Label probabilities, most probable first. */
  predict(x: Features): Array<{ label: string; p: number }> {
    const zs = this.weights.labels.map((l) => {
      const wl = this.weights.w[l] ?? {};
      let s = wl[''] ?? 0;
      for (const [f, v] of x) s += (wl[f] ?? 0) * v;
      return s;
    });
    const max = Math.max(...zs);
    const e = zs.map((s) => Math.exp(s - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return this.weights.labels.map((label, i) => ({ label, p: (e[i] as number) / sum })).sort((a, b) => b.p - a.p);
  }

  /** The features that pushed `label` up most (weight × value, positive only), strongest first. */
  explain(x: Features, label: string, n = 3): Array<{ feature: string; weight: number }> {
    const wl = this.weights.w[label] ?? {};
    const out: Array<{ feature: string; weight: number }> = [];
    for (const [f, v] of x) {
      const c = (wl[f] ?? 0) * v;
      if (c > 0) out.push({ feature: f, weight: Math.round(c * 100) / 100 });
    }
    return out.sort((a, b) => b.weight - a.weight).slice(0, n);
  }
}
