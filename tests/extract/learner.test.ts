import { describe, expect, it } from 'vitest';
import { contributions, logit, sigmoid, trainLogistic } from '../../src/extract/learner.js';

const row = (fs: Record<string, number>, y: number) => ({ x: new Map(Object.entries(fs)), y });

describe('trainLogistic', () => {
  // a feature that decides, one that is noise, and one that is against
  const rows = [
    ...Array.from({ length: 40 }, (_, i) => row({ cue: 1, noise: i % 2 }, 1)),
    ...Array.from({ length: 40 }, (_, i) => row({ noise: i % 2, against: 1 }, 0)),
    ...Array.from({ length: 10 }, (_, i) => row({ cue: 1, against: 1, noise: i % 2 }, i < 5 ? 1 : 0)),
  ];

  it('learns the deciding feature, gives noise little weight and separates the classes', () => {
    const m = trainLogistic(rows, { l2: 1, epochs: 300 });
    expect(m.weights.cue!).toBeGreaterThan(1);
    expect(m.weights.against!).toBeLessThan(-1);
    expect(Math.abs(m.weights.noise ?? 0)).toBeLessThan(0.5);
    expect(sigmoid(logit(m, new Map([['cue', 1]])))).toBeGreaterThan(0.8);
    expect(sigmoid(logit(m, new Map([['against', 1]])))).toBeLessThan(0.2);
  });

  it('is deterministic and shrinks weights as the penalty grows', () => {
    expect(trainLogistic(rows)).toEqual(trainLogistic(rows));
    const loose = trainLogistic(rows, { l2: 0.1 });
    const tight = trainLogistic(rows, { l2: 50 });
    expect(Math.abs(tight.weights.cue!)).toBeLessThan(Math.abs(loose.weights.cue!));
  });

  it('explains a score by each feature’s share of it, strongest first', () => {
    const m = { bias: 0, weights: { a: 2, b: -3, c: 0.5 } };
    expect(contributions(m, new Map([['a', 1], ['b', 1], ['c', 1], ['unknown', 1]]))).toEqual([
      { feature: 'b', value: -3 },
      { feature: 'a', value: 2 },
      { feature: 'c', value: 0.5 },
    ]);
  });
});
