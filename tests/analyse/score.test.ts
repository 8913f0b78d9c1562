import { describe, expect, it } from 'vitest';
import { deepMerge, describeFormula, numericSettings, resolveScoring, ScoringError, scoreTheme } from '../../src/analyse/index.js';

const cfg = resolveScoring();

describe('scoreTheme (MoRiLE-style impact × likelihood, breadth and trend)', () => {
  it('multiplies impact by likelihood and carries every number in parts', () => {
    const r = scoreTheme({ impact: 4, prevalence: 0.5, surveyShare: 0, areaShare: 0.5, previousPrevalence: null }, cfg);
    // likelihood 1 + 4×0.5 = 3; risk 12; breadth 1 + 0.2×0.5 = 1.1; trend factor 1
    expect(r.likelihood).toBe(3);
    expect(r.parts).toMatchObject({ impact: 4, likelihood: 3, risk: 12, breadthFactor: 1.1, trendFactor: 1, trend: 0, score: 13.2 });
    expect(r.parts).not.toHaveProperty('previousPrevalence');
    expect(r.score).toBe(13.2);
  });

  it('nobody citing a theme gives likelihood 1 (score = impact)', () => {
    const r = scoreTheme({ impact: 3, prevalence: 0, surveyShare: 0, areaShare: 0, previousPrevalence: null }, cfg);
    expect(r.score).toBe(3);
  });

  it('everyone citing a rising theme reaches the top of the range', () => {
    const r = scoreTheme({ impact: 5, prevalence: 1, surveyShare: 1, areaShare: 1, previousPrevalence: 0 }, cfg);
    expect(r.prevalence).toBe(1); // capped
    expect(r.likelihood).toBe(5);
    expect(r.trend).toBe(1);
    expect(r.score).toBe(37.5); // 25 × 1.2 × 1.25
    expect(describeFormula(cfg)).toContain('Range: 1 to 37.5');
  });

  it('a falling theme is scored down; the survey adds a small weight', () => {
    const falling = scoreTheme({ impact: 2, prevalence: 0.25, surveyShare: 0, areaShare: 0, previousPrevalence: 0.75 }, cfg);
    expect(falling.trend).toBe(-0.5);
    expect(falling.parts.trendFactor).toBe(0.88); // 1 − 0.25×0.5 (rounded)
    expect(falling.parts.previousPrevalence).toBe(0.75);
    const survey = scoreTheme({ impact: 2, prevalence: 0.25, surveyShare: 0.5, areaShare: 0, previousPrevalence: null }, cfg);
    expect(survey.parts.surveyBonus).toBe(0.05);
    expect(survey.prevalence).toBe(0.3);
  });

  it('the formula is printed with its numbers', () => {
    const f = describeFormula(cfg);
    expect(f).toContain('MoRiLE-style');
    expect(f).toContain('named 1, mention 0.5');
    expect(f).toContain('1 + 0.2 × share of partner areas');
  });
});

describe('scoring overrides', () => {
  it('deep-merges objects and replaces arrays and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: 3 }, l: [9] })).toEqual({ a: { b: 1, c: 3 }, l: [9] });
    expect(deepMerge({ a: 1 }, undefined)).toEqual({ a: 1 });
  });

  it('applies a per-scan override and keeps the other defaults', () => {
    const c = resolveScoring({ breadth: { weight: 0.5 }, tiers: { universal: { partnerShare: 0.75 } } });
    expect(c.breadth.weight).toBe(0.5);
    expect(c.tiers.universal.partnerShare).toBe(0.75);
    expect(c.tiers.universal.areaShare).toBe(cfg.tiers.universal.areaShare);
    expect(c.trend.weight).toBe(cfg.trend.weight);
    expect(numericSettings(c)['breadth.weight']).toBe(0.5);
  });

  it('rejects a bad override with the key path in the message', () => {
    expect(() => resolveScoring({ likelihood: { mentionWeight: 2 } })).toThrow(ScoringError);
    expect(() => resolveScoring({ likelihood: { mentionWeight: 2 } })).toThrow(/likelihood\.mentionWeight/);
    expect(() => resolveScoring({ tiers: { major: { partnerShre: 0.1 } } })).toThrow(/tiers\.major/);
    expect(() => resolveScoring({ harm: { index: 'nope' } })).toThrow(/harm\.scales\.nope: no scale/);
    try {
      resolveScoring({ breadth: { weight: 'high' } });
    } catch (e) {
      expect((e as ScoringError).issues[0]?.path).toBe('breadth.weight');
      expect((e as Error).message).toMatch(/scan\.scoring overrides/);
    }
  });

  it('exposes every numeric setting for the methodology section', () => {
    const w = numericSettings(cfg);
    expect(w['likelihood.namedWeight']).toBe(1);
    expect(w['harm.scales.cchi_2026_subgroup_median.ceiling']).toBe(5475);
    expect(w['gaps.mentionCountsAsCovered']).toBe(0);
    expect(w['sources.maxAgeYears']).toBe(6);
  });
});
