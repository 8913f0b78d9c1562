/**
 * data/partner-types.yaml is the one place a partner type is named: the note (the type as a group),
 * the CSVs and `planscan init` (one partner of the type) all print its names, and no code keeps its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { partnerTypeName } from '../../src/config/partner-types.js';
import { guessEntry } from '../../src/init/index.js';
import { PARTNER_TYPE_RULES } from '../../src/init/guess.js';
import { buildBrief, buildNote, inlineText, prioritiesCsv, themesCsv } from '../../src/report/index.js';
import { PartnerType } from '../../src/schema/index.js';
import { makeAnalysis, makeInput, SOURCES } from './fixture.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/partner-types.yaml');
/** The file as an analyst edits it, read here without the project's loader. */
const names = (parseYaml(readFileSync(file, 'utf8')) as { types: Record<string, { one: string; many: string; expected: boolean }> }).types;
const rows = (csv: string) => parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('partner-type names come from data/partner-types.yaml alone', () => {
  it('the file names every partner type, as one partner and as a group', () => {
    expect(Object.keys(names).sort()).toEqual([...PartnerType.options].sort());
    for (const code of PartnerType.options) {
      expect(partnerTypeName(code, 'one')).toBe(names[code]!.one);
      expect(partnerTypeName(code, 'many')).toBe(names[code]!.many);
    }
    // The init rules only recognise a type; they carry no name of their own.
    for (const rule of PARTNER_TYPE_RULES) expect(Object.keys(rule).sort()).toEqual(['re', 'value']);
  });

  it("the note lists the types scanned, and the expected ones not covered, by the file's group names", () => {
    const input = makeInput();
    const methodology = buildNote(buildBrief(input)).body.find((s) => s.id === 'methodology')!;
    const paras = methodology.blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []));
    const scanned = paras.find((p) => p.startsWith('Partner types scanned: '))!;
    const partnerCodes = [...new Set(SOURCES.filter((s) => s.role === 'partner').map((s) => s.partner_type))];
    expect(partnerCodes.length).toBeGreaterThan(2);
    for (const code of partnerCodes) expect(scanned).toContain(names[code]!.many);
    const notCovered = paras.find((p) => p.startsWith('Partner types the scan did not cover: '))!;
    const missing = Object.entries(names).filter(([code, v]) => v.expected && !partnerCodes.includes(code as PartnerType));
    expect(missing.length).toBeGreaterThan(0);
    for (const [, v] of missing) expect(notCovered).toContain(v.many);
  });

  it("the CSVs name each partner's type by the file's one-partner name", () => {
    const input = makeInput();
    const byId = new Map(SOURCES.map((s) => [s.id, s]));
    const priorities = rows(prioritiesCsv(input));
    expect(priorities.length).toBeGreaterThan(0);
    for (const r of priorities) expect(r.partner_type_name).toBe(names[byId.get(r.source_id!)!.partner_type]!.one);
    for (const r of rows(themesCsv(makeAnalysis()))) {
      expect(r.partner_type_names).toBe(r.partner_types!.split('; ').filter(Boolean).map((c) => names[c]!.one).join('; '));
    }
  });

  it("init drafts an unnamed partner as its area and the file's one-partner name", () => {
    const entry = guessEntry('york-csp', 'york-community-safety-2024.txt', undefined, 2025);
    expect(entry.partner_type?.value).toBe('CSP');
    expect(entry.partner?.value).toBe(`York ${names.CSP!.one}`);
    const other = guessEntry('misc', 'misc-notes.txt', undefined, 2025);
    expect(other.partner_type?.value).toBe('OTHER');
    expect(other.partner?.value).toBe(names.OTHER!.one);
  });
});
