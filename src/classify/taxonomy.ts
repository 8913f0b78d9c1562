/**
 * The project's taxonomy (data/taxonomy.yaml): theme ids fixed by the shared canonical
 * taxonomy, with the project's labels, default kinds, terms, harm links and kind cues.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { Kind } from '../schema/priority.js';

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'theme ids are snake_case');

export const Theme = z
  .object({
    id: Id,
    label: z.string().min(1),
    group: z.enum(['business', 'method']),
    defaultKind: Kind,
    terms: z.array(z.string().min(1)).min(1),
    harmLinks: z.array(Id).optional(),
  })
  .strict();
export type Theme = z.infer<typeof Theme>;

export const KindCues = z
  .object({
    crime: z.array(z.string()).default([]),
    target_group: z.array(z.string()).default([]),
    mechanism: z.array(z.string()).default([]),
    internal_process: z.array(z.string()).default([]),
  })
  .strict();
export type KindCues = z.infer<typeof KindCues>;

export const Taxonomy = z
  .object({
    themes: z.array(Theme).min(1),
    /** Phrases signalling a kind regardless of theme (project extension of the contract). */
    kindCues: KindCues.optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const ids = new Set<string>();
    t.themes.forEach((th, i) => {
      if (ids.has(th.id)) ctx.addIssue({ code: 'custom', message: `duplicate theme id ${th.id}`, path: ['themes', i, 'id'] });
      ids.add(th.id);
    });
    t.themes.forEach((th, i) => {
      for (const l of th.harmLinks ?? []) {
        if (!ids.has(l)) ctx.addIssue({ code: 'custom', message: `${th.id}: unknown harmLink ${l}`, path: ['themes', i, 'harmLinks'] });
      }
      if (th.group === 'method' && (th.defaultKind === 'crime' || th.defaultKind === 'target_group')) {
        ctx.addIssue({ code: 'custom', message: `${th.id}: method themes default to mechanism or internal_process`, path: ['themes', i, 'defaultKind'] });
      }
    });
  });
export type Taxonomy = z.infer<typeof Taxonomy>;

/** A term as written in the yaml: "phrase" or "phrase @ weight". */
export function parseTerm(raw: string): { phrase: string; weight: number | undefined } {
  const m = /^(.*?)\s*@\s*([0-9]+(?:\.[0-9]+)?)\s*$/.exec(raw);
  if (m && m[1] !== undefined && m[2] !== undefined) return { phrase: m[1].trim(), weight: Number(m[2]) };
  return { phrase: raw.trim(), weight: undefined };
}

export { packageRoot, dataPath } from '../util/package.js';
import { dataPath } from '../util/package.js';

const cache = new Map<string, Taxonomy>();

/** Reads and validates data/taxonomy.yaml (or `file`); cached per file. */
export function loadTaxonomy(file: string = dataPath('taxonomy.yaml')): Taxonomy {
  const hit = cache.get(file);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read taxonomy: ${(e as Error).message}`);
  }
  const r = Taxonomy.safeParse(raw);
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: invalid taxonomy: ${msg}`);
  }
  cache.set(file, r.data);
  return r.data;
}
