import type { SourceEntry } from '../schema/index.js';
import { normalisePartner } from './partners.js';
import type { AreaPlan } from './types.js';

const key = (a: string): string => normalisePartner(a);

/**
 * The districts (local-authority areas) a source's area stands for, so that area shares mean
 * "share of the force area's districts": the force area itself stands for none (force-wide bodies
 * count in the partner share; otherwise every theme they cite would look universal), an
 * umbrella area (scan.area_groups, e.g. a county) for its districts, "West of Berkshire (Reading,
 * West Berkshire and Wokingham)" for the districts named in brackets; any other area for itself.
 * Districts are scan.areas when given, else every partner area that is not an umbrella.
 */
export function areaResolver(sources: SourceEntry[], forceArea: string, plan: AreaPlan = {}): { districts: string[]; of: (area: string) => string[] } {
  const groups = new Map(Object.entries(plan.groups ?? {}).map(([g, ds]) => [key(g), ds]));
  const bracketed = (a: string): string[] | undefined => {
    const m = /\(([^)]+)\)/.exec(a);
    const names = m?.[1]?.split(/\s*(?:,|\band\b|&)\s*/).map((s) => s.trim()).filter(Boolean);
    return names && names.length > 1 ? names : undefined;
  };
  const umbrella = (a: string): boolean => key(a) === key(forceArea) || groups.has(key(a)) || bracketed(a) !== undefined;
  const declared = plan.districts;
  const districts = declared ?? [...new Set(sources.filter((s) => s.role === 'partner' && !umbrella(s.area)).map((s) => s.area))].sort();
  const canonical = new Map(districts.map((d) => [key(d), d]));
  const known = (names: string[]): string[] => names.map((n) => canonical.get(key(n)) ?? n);
  return {
    districts,
    of(area) {
      // A force-wide body speaks for no one district: it counts in the partner share, not the area share.
      if (key(area) === key(forceArea)) return [];
      const g = groups.get(key(area));
      if (g) return known(g);
      const b = bracketed(area);
      if (b) return known(b);
      return [canonical.get(key(area)) ?? area];
    },
  };
}
