/** Names printed beside ids in the CSVs: theme names (taxonomy labels); partner-type names are in src/config/partner-types.ts. */
import { loadTaxonomy, type Taxonomy } from '../../classify/taxonomy.js';
import type { Analysis } from '../../schema/index.js';

export interface ThemeNames {
  /** The theme's name ('' for no theme); an id unknown to the taxonomy and the analysis reads as words. */
  name(id: string | null | undefined): string;
  /** 'business' or 'method' ('' when the taxonomy does not know the id). */
  group(id: string): string;
}

/**
 * Theme names from the analysis (the labels the note prints) and then the taxonomy, so every theme
 * id the CSVs can hold (a plan-only or national-only theme, an other_themes entry) has a name.
 */
export function themeNames(analysis: Pick<Analysis, 'themes'> | null, taxonomy: Taxonomy = loadTaxonomy()): ThemeNames {
  const names = new Map<string, string>(taxonomy.themes.map((t) => [t.id, t.label]));
  for (const t of analysis?.themes ?? []) if (t.label) names.set(t.theme, t.label);
  const groups = new Map<string, string>(taxonomy.themes.map((t) => [t.id, t.group]));
  return {
    name: (id) => (id ? names.get(id) ?? words(id) : ''),
    group: (id) => groups.get(id) ?? '',
  };
}

/** "metal_theft" → "Metal theft". */
function words(id: string): string {
  const s = id.replace(/[_-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A "; "-joined list, the form of every list cell in the CSVs. */
export const list = (items: readonly string[]): string => items.join('; ');
