import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { SourcesFile } from '../../src/schema/source.js';
import { ALL_DOCS, generate } from '../../scripts/make-corpus.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourcesPath = join(root, 'sources.yaml');
const parsed = SourcesFile.parse(YAML.parse(readFileSync(sourcesPath, 'utf8')));
const sources = parsed.sources;

const FORMAT: Record<string, string> = {
  '.pdf': 'pdf', '.docx': 'docx', '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'text', '.csv': 'csv',
};
const inYear = (y: number) => sources.filter((s) => (s.scan_year ?? s.year) === y);

describe('bundled sample corpus (Example Valley)', () => {
  it('sources.yaml parses with the schema and names the current plan', () => {
    expect(parsed.scan).toMatchObject({
      name: 'Example Valley Police and Crime Plan review', area: 'Example Valley', year: 2025,
      current_plan: 'plan-2021', next_election: '2028-05-04',
    });
    const plan = sources.find((s) => s.id === 'plan-2021');
    expect(plan).toMatchObject({ role: 'current_plan', partner_type: 'OPCC', year: 2021 });
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('every source path exists (relative to sources.yaml)', () => {
    for (const s of sources) {
      expect(s.path, s.id).toBeDefined();
      expect(existsSync(resolve(dirname(sourcesPath), s.path!)), `${s.id}: ${s.path}`).toBe(true);
    }
  });

  for (const year of [2024, 2025]) {
    it(`${year}: all four formats, >=12 partner docs across >=6 partner types, national and survey`, () => {
      const docs = inYear(year);
      const formats = new Set(docs.map((s) => FORMAT[extname(s.path!).toLowerCase()]));
      for (const f of ['pdf', 'docx', 'html', 'text']) expect(formats, `${year} ${f}`).toContain(f);
      const partners = docs.filter((s) => s.role === 'partner');
      expect(partners.length).toBeGreaterThanOrEqual(12);
      expect(new Set(partners.map((s) => s.partner_type)).size).toBeGreaterThanOrEqual(6);
      expect(partners.filter((s) => s.partner_type === 'CSP').length).toBeGreaterThanOrEqual(3);
      expect(docs.some((s) => s.role === 'national' && s.partner_type === 'NATIONAL')).toBe(true);
      const survey = docs.filter((s) => s.role === 'survey');
      expect(survey).toHaveLength(1);
      const csv = readFileSync(join(root, survey[0]!.path!), 'utf8').trim().split('\n');
      expect(csv[0]).toBe('partner,partner_type,area,priority,rank');
      expect(csv.length - 1).toBeGreaterThanOrEqual(12);
    });
  }

  it('the committed files match what scripts/make-corpus.ts generates', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'planscan-corpus-'));
    try {
      await generate(tmp);
      for (const rel of ['sources.yaml', ...ALL_DOCS.map((d) => d.path)]) {
        expect(readFileSync(join(tmp, rel)).equals(readFileSync(join(root, rel))), `${rel} is stale: run npm run corpus`).toBe(true);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
