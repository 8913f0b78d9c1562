import { describe, expect, it } from 'vitest';
import { describeTierRule, resolveScoring, tierOf } from '../../src/analyse/index.js';

const cfg = resolveScoring();
const t = (partners: number, totalPartners: number, areas: number, totalAreas: number) => tierOf({ partners, totalPartners, areas, totalAreas }, cfg);

describe('tiers (2015 note: universal / major in parts / local)', () => {
  it('nobody citing is local', () => {
    expect(t(0, 10, 0, 5)).toBe('local');
    expect(t(0, 0, 0, 0)).toBe('local');
  });
  it('everybody citing is universal', () => expect(t(10, 10, 5, 5)).toBe('universal'));
  it('half the partners, or 80% of areas, is universal', () => {
    expect(t(5, 10, 1, 5)).toBe('universal');
    expect(t(3, 20, 4, 5)).toBe('universal');
    expect(t(3, 20, 3, 5)).toBe('major');
    expect(t(4, 10, 2, 5)).toBe('major');
  });
  it('a single partner is a local challenge, even if it is the only one scanned', () => {
    expect(t(1, 1, 1, 1)).toBe('local');
    expect(t(1, 4, 1, 4)).toBe('local');
    expect(t(2, 2, 2, 2)).toBe('universal');
  });
  it('major by share or by count of partners', () => {
    expect(t(2, 10, 1, 10)).toBe('major'); // 20% of partners
    expect(t(3, 40, 3, 40)).toBe('major'); // 3 partners
    expect(t(2, 40, 2, 40)).toBe('local');
  });
  it('thresholds come from scoring.yaml and can be overridden', () => {
    const strict = resolveScoring({ tiers: { universal: { partnerShare: 0.9, areaShare: 0.9 } } });
    expect(tierOf({ partners: 5, totalPartners: 10, areas: 1, totalAreas: 5 }, strict)).toBe('major');
    expect(describeTierRule(strict)).toContain('90% of partners');
  });
});
