import { normaliseName } from '../util/names.js';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { SourceEntry } from '../schema/index.js';
import { dataFile } from './data-file.js';

const AliasFile = z
  .object({
    rewrites: z.array(z.object({ from: z.string().min(1), to: z.string() }).strict()).default([]),
    aliases: z.record(z.string(), z.string()).nullable().default({}),
  })
  .strict();

let defaults: z.infer<typeof AliasFile> | undefined;

function aliasFile(): z.infer<typeof AliasFile> {
  return (defaults ??= AliasFile.parse(YAML.parse(readFileSync(dataFile('partner-aliases.yaml'), 'utf8'))));
}

/** Lower case, "&" as "and", punctuation dropped, a leading "the" dropped, single spaces. */
export function normalisePartner(name: string): string {
  return normaliseName(name).replace(/^the /, '');
}

/** The key two names of one partner share: normalised, generic rewrites applied (data/partner-aliases.yaml). */
export function partnerKey(name: string): string {
  let n = ` ${normalisePartner(name)} `;
  for (const r of aliasFile().rewrites) n = n.split(` ${r.from} `).join(r.to ? ` ${r.to} ` : ' ');
  return n.replace(/\s+/g, ' ').trim();
}

export interface PartnerNames {
  /** The name a partner counts under (its canonical name). */
  canonical(name: string): string;
}

/**
 * Partner names as one partner each: `aliases` (scan.aliases, alias → canonical) over the data
 * file's aliases; names with the same key (partnerKey) are one partner, shown under the first
 * name met in `sources` (or the alias target).
 */
export function partnerNames(sources: SourceEntry[], aliases: Record<string, string> = {}): PartnerNames {
  const table = new Map<string, string>();
  for (const [a, c] of Object.entries({ ...(aliasFile().aliases ?? {}), ...aliases })) table.set(partnerKey(a), c);
  const shown = new Map<string, string>();
  const resolve = (name: string): { key: string; name: string } => {
    const target = table.get(partnerKey(name));
    return target ? { key: partnerKey(target), name: target } : { key: partnerKey(name), name };
  };
  for (const s of sources) {
    const r = resolve(s.partner);
    if (!shown.has(r.key)) shown.set(r.key, r.name);
  }
  return {
    canonical(name) {
      const r = resolve(name);
      return shown.get(r.key) ?? r.name;
    },
  };
}
