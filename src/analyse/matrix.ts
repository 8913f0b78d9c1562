import type { Analysis, SourceEntry, ThemeSummary } from '../schema/index.js';
import type { ThemeInfo } from './types.js';

/**
 * Partners citing each business theme, by partner type. A share is of that type's counted
 * partners (role 'partner'), so the type with most partners does not dominate the heat map.
 * Partners are counted once per type whatever the number of their documents or priorities.
 */
export function themeMatrix(themes: ThemeSummary[], sources: SourceEntry[], info: (id: string) => ThemeInfo | undefined): Analysis['matrix'] {
  const typeOf = new Map<string, string>();
  const byType = new Map<string, Set<string>>();
  for (const s of sources) {
    if (s.role !== 'partner') continue;
    if (!typeOf.has(s.partner)) typeOf.set(s.partner, s.partner_type);
    const set = byType.get(s.partner_type) ?? new Set<string>();
    set.add(s.partner);
    byType.set(s.partner_type, set);
  }
  const partnerTypes = [...byType.keys()].sort();
  const partnersByType = Object.fromEntries(partnerTypes.map((t) => [t, byType.get(t)!.size]));
  const business = themes.filter((t) => t.partners.length > 0 && (info(t.theme)?.group ?? 'business') === 'business');
  const rows = business.map((t) => {
    const counts: Record<string, number> = {};
    const shares: Record<string, number> = {};
    for (const type of partnerTypes) {
      const n = t.partners.filter((p) => typeOf.get(p) === type).length;
      counts[type] = n;
      shares[type] = Math.round((n / (partnersByType[type] ?? 1)) * 100) / 100;
    }
    return { theme: t.theme, counts, shares };
  });
  return { partnerTypes, partnersByType, rows };
}
