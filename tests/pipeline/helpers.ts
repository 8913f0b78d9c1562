import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, tempDir } from '../shared-fixtures.js';

export { cliPath, repoRoot, runCli, tempDir, type CliResult } from '../shared-fixtures.js';

/** The built pipeline (dist/): documents are read in worker threads there, under their deadline. */
export async function builtPipeline(): Promise<typeof import('../../src/pipeline/index.js')> {
  return (await import(pathToFileURL(path.join(repoRoot, 'dist', 'src', 'pipeline', 'index.js')).href)) as typeof import('../../src/pipeline/index.js');
}

export interface Partner { id: string; file: string; partner?: string; partnerType?: string; url?: string }

/**
 * A small scan folder: a short current plan (plan.txt, unless `opts.plan` names another file),
 * the sample corpus's text/HTML partner documents (fast to read), plus any extra files, with a
 * sources.yaml listing `partners`.
 */
export function makeScan(partners: Partner[], extra: Record<string, string | Buffer> = {}, opts: { plan?: string } = {}): string {
  const dir = tempDir('scan');
  cpSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  writeFileSync(path.join(dir, 'plan.txt'), PLAN_TEXT);
  for (const [name, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  writeSources(dir, partners, opts);
  return dir;
}

export function writeSources(dir: string, partners: Partner[], opts: { plan?: string } = {}): void {
  const entry = (p: Partner, role: string, type: string, docType: string, year: number) => [
    `  - id: ${p.id}`, `    role: ${role}`, `    partner: ${p.partner ?? `Partner ${p.id}`}`, `    partner_type: ${type}`,
    '    area: Example Valley', `    doc_type: ${docType}`, `    year: ${year}`,
    p.url ? `    url: ${p.url}` : `    path: ${p.file}`,
  ].join('\n');
  const plan: Partner = { id: 'plan-2021', file: opts.plan ?? 'plan.txt', partner: 'OPCC' };
  writeFileSync(path.join(dir, 'sources.yaml'), [
    'scan:', '  name: Test scan', '  area: Example Valley', '  year: 2025', '  current_plan: plan-2021', 'sources:',
    entry(plan, 'current_plan', 'OPCC', 'police_and_crime_plan', 2021),
    ...partners.map((p) => entry(p, 'partner', p.partnerType ?? 'CSP', 'partnership_plan', 2025)),
  ].join('\n') + '\n');
}

/** Text and HTML partner documents of the sample corpus (2025). */
export const SAMPLE: Partner[] = [
  { id: 'csp-eastfield', file: 'corpus/2025/safer-eastfield-partnership-plan-2025.txt' },
  { id: 'csp-westhaven', file: 'corpus/2025/westhaven-csp-strategic-assessment-summary-2025.md' },
  { id: 'hwb-westhaven', file: 'corpus/2025/westhaven-hwb-annual-report-2025.txt', partnerType: 'HWB' },
  { id: 'csp-southbrook', file: 'corpus/2025/southbrook-csp-community-safety-plan-2025.html' },
  { id: 'fire', file: 'corpus/2025/ev-fire-annual-performance-report-2025.html', partnerType: 'FIRE' },
];

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The decision line the CLI printed ("Recommendation: …"). */
export function printedDecision(stderr: string): string | undefined {
  return /^Recommendation: (.+)$/m.exec(stderr)?.[1];
}

/** A small current plan as text (fast to read, unlike the sample PDF). */
export const PLAN_TEXT = [
  'Police and Crime Plan', '', 'Our priorities', '',
  '- Reduce serious violence and knife crime', '- Protect vulnerable people from exploitation',
  '- Tackle domestic abuse and violence against women and girls', '',
].join('\n');
