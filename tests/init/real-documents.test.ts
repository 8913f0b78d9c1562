import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSources } from '../../src/init/index.js';
import { convertEvalDocs, readEvalDoc, type Converted } from '../../scripts/eval-to-formats.js';
import { sharedPath } from '../shared-path.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DEV = sharedPath('eval', 'dev', 'docs');
const here = existsSync(DEV);

/**
 * Every fourth labelled dev document, plus every one whose title names a police and crime plan
 * (the documents that could be mistaken for the current plan), converted to .pdf/.docx/.html at
 * test time, beside the sample corpus; init must guess partner type and year right for at least
 * 80% and never propose a document that is not a Police and Crime Plan as the current plan.
 */
describe.skipIf(!here)(`init on real documents${here ? '' : ` (skipped: ${DEV} is absent)`}`, () => {
  let dir = '';
  let converted: Converted[] = [];
  let truth: Map<string, { partner_type: string; year: number | null; doc_type?: string }>;
  let draft: { scan: { current_plan?: string }; sources: Array<{ id: string; path: string; partner_type: string; year: number; doc_type: string; role: string }> };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'planscan-init-real-'));
    cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true, filter: (f) => !f.endsWith('README.md') });
    const all = readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort();
    const pick = all.filter((f, i) => i % 4 === 0 || /police (and|&) crime plan/i.test(readEvalDoc(path.join(DEV, f)).header.title ?? ''));
    mkdirSync(path.join(dir, 'dev'));
    converted = await convertEvalDocs(pick.map((f) => path.join(DEV, f)), path.join(dir, 'dev'));
    truth = new Map();
    for (const c of converted) {
      const y = c.header.year;
      truth.set(path.relative(dir, c.file), { partner_type: c.header.partner_type!, year: y && /^\d{4}$/.test(y) ? Number(y) : null });
    }
    const corpus = YAML.parse((await import('node:fs')).readFileSync(path.join(ROOT, 'sources.yaml'), 'utf8')) as { sources: Array<{ path: string; partner_type: string; year: number; doc_type: string }> };
    for (const s of corpus.sources) truth.set(s.path, { partner_type: s.partner_type, year: s.year, doc_type: s.doc_type });
    const res = await initSources(dir, { year: 2025 });
    draft = YAML.parse(res.yaml);
  }, 120_000);

  it('guesses partner type and year right for at least 80% of the documents', () => {
    const rows = draft.sources.filter((s) => truth.has(s.path));
    expect(rows.length).toBe(truth.size);
    const typeRight = rows.filter((s) => s.partner_type === truth.get(s.path)!.partner_type);
    const dated = rows.filter((s) => truth.get(s.path)!.year !== null);
    const yearRight = dated.filter((s) => s.year === truth.get(s.path)!.year);
    const wrong = rows.filter((s) => !typeRight.includes(s)).map((s) => `${s.path}: ${s.partner_type} ≠ ${truth.get(s.path)!.partner_type}`);
    const wrongYear = dated.filter((s) => !yearRight.includes(s)).map((s) => `${s.path}: ${s.year} ≠ ${truth.get(s.path)!.year}`);
    console.log(`init on ${rows.length} real documents: partner type ${typeRight.length}/${rows.length}, year ${yearRight.length}/${dated.length}\n  ${[...wrong, ...wrongYear].join('\n  ')}`);
    expect(typeRight.length / rows.length).toBeGreaterThanOrEqual(0.8);
    expect(yearRight.length / dated.length).toBeGreaterThanOrEqual(0.8);
  });

  it('never proposes a document that is not a Police and Crime Plan as the current plan', () => {
    const plan = draft.sources.find((s) => s.id === draft.scan.current_plan);
    expect(plan).toBeDefined();
    expect(plan!.doc_type).toBe('police_and_crime_plan');
    expect(plan!.path).toBe('corpus/plan/example-valley-police-and-crime-plan-2021.pdf');
    for (const s of draft.sources.filter((x) => x.role === 'current_plan')) {
      const t = truth.get(s.path);
      const title = converted.find((c) => path.relative(dir, c.file) === s.path)?.header.title ?? '';
      expect(t?.partner_type === 'OPCC' || t?.doc_type === 'police_and_crime_plan', `${s.path} (${title}) is no plan`).toBe(true);
    }
  });
});
