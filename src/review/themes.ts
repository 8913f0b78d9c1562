/**
 * Theme ids and names as an analyst types them in review.csv: the id ("night_time_economy") or the
 * name the note prints ("Night-time economy"), in any case, with a "did you mean" for near misses.
 */
import { loadTaxonomy } from '../classify/taxonomy.js';
import { normaliseText as normaliseName } from '../store/normalise.js';

/** Theme id → name. */
export type ThemeCatalogue = ReadonlyMap<string, string>;

/** The valid theme ids with their taxonomy names (an id the taxonomy does not know has none). */
export function themeCatalogue(validThemes: ReadonlySet<string> | ThemeCatalogue): ThemeCatalogue {
  if ('get' in validThemes) return validThemes;
  const labels = new Map(loadTaxonomy().themes.map((t) => [t.id, t.label]));
  return new Map([...validThemes.keys()].map((id) => [id, labels.get(id) ?? '']));
}

export type ThemeLookup = { ok: true; id: string } | { ok: false; suggestions: string[] };

/** Levenshtein distance (two rows), for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Resolves what an analyst typed to a theme id: an id (any case), or a name compared without case,
 * punctuation or "&"/"and" differences ("night time economy" = "Night-time economy"). A miss gets up
 * to three suggestions: names within a few edits, or containing every word typed.
 */
export function themeResolver(catalogue: ThemeCatalogue): (typed: string) => ThemeLookup {
  const byKey = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    if (key) byKey.set(key, (byKey.get(key) ?? new Set()).add(id));
  };
  for (const [id, name] of catalogue) {
    add(normaliseName(id), id);
    add(normaliseName(name), id);
  }
  const shown = (id: string) => {
    const name = catalogue.get(id);
    return name ? `'${name}' (${id})` : `'${id}'`;
  };
  return (typed) => {
    const key = normaliseName(typed);
    const ids = byKey.get(key);
    if (ids?.size === 1) return { ok: true, id: [...ids][0]! };
    if (ids && ids.size > 1) return { ok: false, suggestions: [...ids].sort().map(shown) };
    const words = key.split(' ').filter((w) => w.length > 2);
    const scored = [...catalogue].map(([id, name]) => {
      const n = normaliseName(name);
      const d = Math.min(distance(key, normaliseName(id)), n ? distance(key, n) : Infinity);
      const near = d <= Math.max(2, Math.floor(key.length * 0.3));
      const contains = words.length > 0 && words.every((w) => n.includes(w) || normaliseName(id).includes(w));
      return { id, d, hit: near || contains };
    });
    const suggestions = scored.filter((s) => s.hit).sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, 3).map((s) => shown(s.id));
    return { ok: false, suggestions };
  };
}
