import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dataPath } from '../../util/package.js';

const Themes = z.object({ themes: z.array(z.object({ id: z.string(), label: z.string(), group: z.enum(['business', 'method']) }).passthrough()) }).passthrough();

let cache: Map<string, { label: string; group: 'business' | 'method' }> | undefined;

/**
 * Theme labels and groups from data/taxonomy.yaml, for themes the note names that the Analysis does
 * not rank (cited only by national sources or the plan): the note prints names, never ids.
 */
export function taxonomyThemes(): Map<string, { label: string; group: 'business' | 'method' }> {
  if (cache) return cache;
  const t = Themes.parse(parseYaml(readFileSync(dataPath('taxonomy.yaml'), 'utf8')));
  return (cache = new Map(t.themes.map((x) => [x.id, { label: x.label, group: x.group }])));
}
