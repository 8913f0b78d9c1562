import type { Tier } from '../schema/index.js';
import type { ScoringConfig } from './config.js';

export interface TierInput {
  partners: number;
  totalPartners: number;
  areas: number;
  totalAreas: number;
}

/**
 * 2015 briefing-note tiers: 'universal' (recognised by most areas/partnerships), 'major' (in parts
 * or for some partnerships), 'local' (particular local challenges). Counts use any citation.
 */
export function tierOf(x: TierInput, cfg: ScoringConfig): Tier {
  const partnerShare = x.totalPartners ? x.partners / x.totalPartners : 0;
  const areaShare = x.totalAreas ? x.areas / x.totalAreas : 0;
  const u = cfg.tiers.universal;
  if (x.partners >= u.floorPartners && (partnerShare >= u.partnerShare || areaShare >= u.areaShare)) return 'universal';
  const m = cfg.tiers.major;
  if (x.partners >= m.floorPartners && (partnerShare >= m.partnerShare || areaShare >= m.areaShare || x.partners >= m.orPartners)) return 'major';
  return 'local';
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The tier rule in words, for Analysis.methodology.tierRule. */
export function describeTierRule(cfg: ScoringConfig): string {
  const u = cfg.tiers.universal;
  const m = cfg.tiers.major;
  return (
    `Universal: cited by at least ${pct(u.partnerShare)} of partners scanned or ${pct(u.areaShare)} of partner areas ` +
    `(and at least ${u.floorPartners} partners). Major: at least ${pct(m.partnerShare)} of partners, ${pct(m.areaShare)} of areas, ` +
    `or ${m.orPartners} or more partners (and at least ${m.floorPartners} partners). Local: any other theme cited by partners. National and survey sources do not count.`
  );
}
