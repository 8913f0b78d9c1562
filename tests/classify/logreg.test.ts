import { describe, expect, it } from 'vitest';
import { LogReg } from '../../src/classify/logreg.js';

const ex = (fs: string[], label: string) => ({ x: new Map(fs.map((f) => [f, 1])), label });
const data = [
  ...Array.from({ length: 20 }, (_, i) => ex(['w:burglari', `n:${i % 3}`], 'crime')),
  ...Array.from({ length: 20 }, (_, i) => ex(['w:train', `n:${i % 3}`], 'internal_process')),
];

describe('LogReg', () => {
  it('learns a separable problem and explains its decision by the features that pushed it', () => {
    const m = LogReg.train(data, ['crime', 'internal_process'], { l2: 0.001, epochs: 10, rate: 0.2 });
    const p = m.predict(new Map([['w:burglari', 1]]));
    expect(p[0]?.label).toBe('crime');
    expect(p[0]!.p).toBeGreaterThan(0.8);
    expect(m.explain(new Map([['w:burglari', 1], ['w:unknown', 1]]), 'crime')[0]?.feature).toBe('w:burglari');
  });

  it('refined from a prior with a sample of the old examples, keeps what it knew and learns the new', () => {
    const base = LogReg.train(data, ['crime', 'internal_process'], { l2: 0.001, epochs: 10, rate: 0.2 });
    const sample = data.filter((_, i) => i % 4 === 0);
    const refined = LogReg.train([...sample, ...Array.from({ length: 3 }, () => ex(['w:zorbl'], 'internal_process'))], ['crime', 'internal_process'], { l2: 0.001, epochs: 3, rate: 0.2, prior: base.weights });
    expect(refined.predict(new Map([['w:burglari', 1]]))[0]?.label).toBe('crime');
    expect(refined.predict(new Map([['w:zorbl', 1]]))[0]?.label).toBe('internal_process');
  });

  it('drops weights below the pruning threshold but keeps the biases', () => {
    const m = LogReg.train(data, ['crime', 'internal_process'], { l2: 0.001, epochs: 10, rate: 0.2, prune: 0.3 });
    for (const l of ['crime', 'internal_process']) {
      const w = m.weights.w[l]!;
      expect('' in w).toBe(true);
      for (const [f, v] of Object.entries(w)) if (f !== '') expect(Math.abs(v)).toBeGreaterThanOrEqual(0.3);
    }
  });
});
