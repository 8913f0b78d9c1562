/**
 * Test fixtures every test area shares (one copy): a temp folder, and builders of the schema's
 * records, each filling every field with a plain default so a test states only the fields it is
 * about. Domain fixtures (a lexicon, a plan, a realistic report input) build on these in their own
 * area's fixtures file.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, ClassifiedPriority, Document, SourceEntry, ThemeSummary } from '../src/schema/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliPath = path.join(repoRoot, 'bin', 'planscan.js');

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/**
 * Runs the compiled CLI (dist/, built before the tests) as a real process. `input` is its stdin;
 * `shellPrefix` runs it under `sh -c` (e.g. for ulimit); `onStderr` sees stderr so far as it comes.
 */
export function runCli(
  args: string[],
  opts: { cwd?: string; input?: string; shellPrefix?: string; onStderr?: (text: string, child: ReturnType<typeof spawn>) => void } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const spawnOpts: SpawnOptions = { cwd: opts.cwd ?? repoRoot, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } };
    const quoted = [process.execPath, cliPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = opts.shellPrefix
      ? spawn('/bin/sh', ['-c', `${opts.shellPrefix} exec ${quoted}`], spawnOpts)
      : spawn(process.execPath, [cliPath, ...args], spawnOpts);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => {
      stderr += d;
      opts.onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin!.end(opts.input);
  });
}

/** A new empty folder under the system temp folder, named planscan-<name>-XXXXXX. */
export function tempDir(name = 'test'): string {
  return mkdtempSync(path.join(tmpdir(), `planscan-${name}-`));
}

/** A listed document: a CSP's 2025 partnership plan, read from `<id>.pdf`, unless said otherwise. */
export function makeSource(id: string, over: Partial<SourceEntry> = {}): SourceEntry {
  return { id, role: 'partner', partner: `${id} partnership`, partner_type: 'CSP', area: 'North', doc_type: 'partnership_plan', year: 2025, path: `${id}.pdf`, ...over };
}

/** A document read from `source`: one PDF page and no blocks unless given. */
export function makeDocument(source: SourceEntry, over: Partial<Document> = {}): Document {
  return { sourceId: source.id, source, format: 'pdf', pages: 1, blocks: [], contentHash: `hash-${source.id}-${source.year}`, bytes: 1, ...over };
}

let priorities = 0;
/**
 * A classified stated priority: a named crime priority listed on page 1, theme `vawg` unless given;
 * its quote is its text and its cue names its theme, as a classification always carries its cues.
 */
export function makePriority(sourceId: string, over: Partial<ClassifiedPriority> = {}): ClassifiedPriority {
  priorities += 1;
  const theme = over.theme === undefined ? 'vawg' : over.theme;
  const kind = over.kind ?? 'crime';
  const text = over.text ?? `${theme ?? 'process'} priority ${priorities}`;
  return {
    id: `p${priorities}`, sourceId, page: 1, section: 'Our priorities', text, quote: text, strength: 'named', rule: 'list-under-heading',
    reasons: [], kind, theme, otherThemes: [], confidence: 0.8,
    cues: theme ? [{ source: 'lexicon', term: theme.replace(/_/g, ' '), kind, theme, weight: 1 }] : [],
    ...over,
  };
}

/**
 * One theme's line in an analysis: a local crime theme cited by `partners`, none of it in the plan.
 * Its label is the id in capitals, so a test sees whether the label or the id was printed.
 */
export function makeTheme(theme: string, over: Partial<ThemeSummary> = {}): ThemeSummary {
  const partners = over.partners ?? [];
  return {
    theme, label: theme.toUpperCase(), kind: 'crime', partners, partnerTypes: [], areas: [], priorityIds: [], namedCount: partners.length, mentionCount: 0,
    tier: 'local', harm: 1, prevalence: partners.length, trend: 0, score: 0, scoreParts: {},
    planCoverage: 'none', planQuote: '', planPage: null, planPath: [], national: false, surveyMentions: 0,
    ...over,
  };
}

/** A finished scan's analysis with these themes and nothing else: no gaps, no plan, no drift. */
export function makeAnalysis(year: number, runId: string, themes: ThemeSummary[]): Analysis {
  return {
    scan: { name: 'Test scan', area: 'North', year, runId, date: `${year}-06-01` },
    themes,
    gaps: [],
    recommendation: { decision: 'no refresh', reasons: [{ text: 'nothing changed', themes: [], priorityIds: [] }] },
    national: [],
    survey: [],
    drift: null,
    methodology: { formula: 'harm * prevalence', weights: { harm: 1 }, tierRule: 'n/a' },
    sources: { listed: 0, counted: 0, entries: [] },
    plan: null,
    matrix: { partnerTypes: [], partnersByType: {}, rows: [] },
  };
}
