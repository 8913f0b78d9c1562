import { describe, expect, it } from 'vitest';
import { seededFolds } from '../../src/classify/cv-robust.js';
import { assignFolds } from '../../src/eval/index.js';

const docs = Array.from({ length: 37 }, (_, i) => ({ file: `doc-${String(i).padStart(2, '0')}.txt`, partnerType: ['CSP', 'SAB', 'YOT', 'FIRE'][i % 4] as string }));

describe('seededFolds (repeated CV)', () => {
  it('seed 0 is the fixed split of planscan eval --folds', () => {
    expect(seededFolds(docs, 5, 0)).toEqual(assignFolds(docs, 5));
  });

  it('other seeds give other, balanced splits, each the same every time', () => {
    const a = seededFolds(docs, 5, 1);
    const b = seededFolds(docs, 5, 2);
    expect([...a.entries()]).not.toEqual([...seededFolds(docs, 5, 0).entries()]);
    expect([...a.entries()]).not.toEqual([...b.entries()]);
    expect(seededFolds(docs, 5, 1)).toEqual(a);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...a.values()].filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // stratified: every partner type with at least 5 documents reaches every fold
    for (const t of ['CSP', 'SAB']) expect(new Set(docs.filter((d) => d.partnerType === t).map((d) => a.get(d.file))).size).toBe(5);
  });
});
