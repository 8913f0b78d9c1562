import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { repoRoot, runCli, tempDir, type CliResult } from '../shared-fixtures.js';

export { cliPath, repoRoot, runCli, tempDir, type CliResult } from '../shared-fixtures.js';

/** A copy of the bundled sample corpus and its sources.yaml in a temp dir. */
export function copySampleCorpus(): string {
  const dir = tempDir('corpus');
  cpSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  cpSync(path.join(repoRoot, 'sources.yaml'), path.join(dir, 'sources.yaml'));
  return dir;
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
