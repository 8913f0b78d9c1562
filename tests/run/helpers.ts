import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'bin', 'planscan.js');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `planscan-${prefix}-`));
}

/** A copy of the bundled sample corpus and its sources.yaml in a temp dir. */
export function copySampleCorpus(): string {
  const dir = tempDir('corpus');
  cpSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(repoRoot, 'sources.yaml'), path.join(dir, 'sources.yaml'));
  return dir;
}

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs the compiled CLI (npm test builds dist/ first) as a real process. */
export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: opts.cwd ?? repoRoot, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export function writeText(file: string, text: string): void {
  writeFileSync(file, text);
}

/** The results of the two scans behind preparedCorpus(). */
export interface PreparedRuns { run2024: CliResult; run2025: CliResult }

async function prepare(work: string): Promise<PreparedRuns> {
  cpSync(path.join(repoRoot, 'corpus'), path.join(work, 'corpus'), { recursive: true });
  cpSync(path.join(repoRoot, 'sources.yaml'), path.join(work, 'sources.yaml'));
  const run2024 = await runCli(['run', '--year', '2024'], { cwd: work });
  const run2025 = run2024.code === 0 ? await runCli(['run', '--year', '2025'], { cwd: work }) : run2024;
  return { run2024, run2025 };
}

/**
 * A fresh copy of the sample corpus whose 2024 and 2025 scans are already done (output/ and
 * output/planscan.db included). The scans run once per test run, in whichever file asks first;
 * every caller gets its own copy to change.
 */
export async function preparedCorpus(): Promise<{ dir: string; runs: PreparedRuns }> {
  const base = inject('preparedCorpusDir');
  const work = path.join(base, 'work');
  const done = path.join(base, 'runs.json');
  let mine = false;
  try {
    mkdirSync(path.join(base, 'lock'));
    mine = true;
  } catch {
    /* another test file is preparing it */
  }
  if (mine) {
    mkdirSync(work);
    // Written whole, then renamed: a waiting file never reads half of it.
    writeFileSync(`${done}.tmp`, JSON.stringify(await prepare(work)));
    renameSync(`${done}.tmp`, done);
  } else {
    const until = Date.now() + 300_000;
    while (!existsSync(done)) {
      if (Date.now() > until) throw new Error(`the prepared corpus in ${base} was not ready after 5 minutes`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const runs = JSON.parse(readFileSync(done, 'utf8')) as PreparedRuns;
  const dir = tempDir('prepared');
  cpSync(work, dir, { recursive: true });
  return { dir, runs };
}
