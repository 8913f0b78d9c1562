import { describe, expect, it } from 'vitest';
import { agreement } from '../../src/review/kappa.js';

function rep(machine: string, analyst: string, n: number) {
  return Array.from({ length: n }, () => ({ machine, analyst }));
}

describe('agreement (Cohen kappa)', () => {
  it('matches a hand-worked example', () => {
    /*
     * 10 statements, machine kind vs analyst kind:
     *   crime/crime ×4, crime/mechanism ×1, mechanism/mechanism ×2, mechanism/crime ×1,
     *   target_group/target_group ×1, internal_process/mechanism ×1
     * Observed agreement p_o = (4 + 2 + 1) / 10 = 0.70  → 70 %
     * Marginals  machine: crime 5, mechanism 3, target_group 1, internal_process 1
     *            analyst: crime 5, mechanism 4, target_group 1, internal_process 0
     * Chance p_e = (5·5 + 3·4 + 1·1 + 1·0) / 10² = 38/100 = 0.38
     * κ = (0.70 − 0.38) / (1 − 0.38) = 0.32 / 0.62 = 0.516129…
     * Per category (2×2, category vs the rest):
     *   crime:     both 4, neither 10−5−5+4 = 4 → p_o 0.8; p_e 0.5·0.5 + 0.5·0.5 = 0.5  → κ 0.3/0.5 = 0.6
     *   mechanism: both 2, neither 10−3−4+2 = 5 → p_o 0.7; p_e 0.3·0.4 + 0.7·0.6 = 0.54 → κ 0.16/0.46 = 0.347826…
     *   target_group: p_o 1.0; p_e 0.1·0.1 + 0.9·0.9 = 0.82 → κ 1
     *   internal_process: both 0, neither 9 → p_o 0.9; p_e 0.1·0 + 0.9·1 = 0.9 → κ 0
     */
    const pairs = [
      ...rep('crime', 'crime', 4),
      ...rep('crime', 'mechanism', 1),
      ...rep('mechanism', 'mechanism', 2),
      ...rep('mechanism', 'crime', 1),
      ...rep('target_group', 'target_group', 1),
      ...rep('internal_process', 'mechanism', 1),
    ];
    const a = agreement(pairs);
    expect(a.n).toBe(10);
    expect(a.percent).toBeCloseTo(70, 10);
    expect(a.expected).toBeCloseTo(0.38, 10);
    expect(a.kappa).toBeCloseTo(0.32 / 0.62, 10);
    const by = Object.fromEntries(a.categories.map((c) => [c.category, c]));
    expect(by.crime).toMatchObject({ machine: 5, analyst: 5, both: 4 });
    expect(by.crime!.kappa).toBeCloseTo(0.6, 10);
    expect(by.mechanism!.kappa).toBeCloseTo(0.16 / 0.46, 10);
    expect(by.target_group!.kappa).toBeCloseTo(1, 10);
    expect(by.internal_process!.kappa).toBeCloseTo(0, 10);
  });

  it('handles empty input and perfect single-category agreement', () => {
    expect(agreement([]).kappa).toBeNull();
    const a = agreement(rep('crime', 'crime', 3));
    expect(a.percent).toBe(100);
    expect(a.kappa).toBeNull(); // p_e = 1: kappa undefined
  });
});
