/**
 * Runs once before the test files: builds dist/ (the end-to-end tests run the compiled CLI as a
 * real process) and fails the whole run, never skips, when the build is missing or older than a
 * source file. Also names a folder where the sample corpus is scanned once, lazily, for the
 * end-to-end files that share it (tests/run/helpers.ts preparedCorpus()).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty folder: the first test file that asks fills it with a scanned copy of the sample corpus. */
    preparedCorpusDir: string;
  }
}

function newestSource(dir: string): { file: string; mtime: number } {
  let best = { file: '', mtime: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    const cand = e.isDirectory() ? newestSource(p) : /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? { file: p, mtime: statSync(p).mtimeMs } : best;
    if (cand.mtime > best.mtime) best = cand;
  }
  return best;
}

/** Throws unless dist/ holds the CLI and is at least as new as every file under src/. */
export function checkBuild(): void {
  const main = path.join(root, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(main)) throw new Error(`dist/ is missing (${main}): the build failed or did not run. Run 'npm run build' and read its errors.`);
  const src = newestSource(path.join(root, 'src'));
  const js = path.join(root, 'dist', path.relative(root, src.file).replace(/\.ts$/, '.js'));
  if (!existsSync(js) || statSync(js).mtimeMs + 1000 < src.mtime) {
    throw new Error(`dist/ is stale: ${path.relative(root, src.file)} is newer than its build (${path.relative(root, js)}). Run 'npm run build'.`);
  }
}

export default function setup(project: TestProject): () => void {
  if (process.env.PLANSCAN_TEST_NO_BUILD !== '1') {
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      const out = (e as { stdout?: Buffer }).stdout?.toString() ?? '';
      throw new Error(`the build failed, so the tests cannot run:\n${out}`);
    }
  }
  checkBuild();
  const prepared = mkdtempSync(path.join(tmpdir(), 'planscan-prepared-'));
  project.provide('preparedCorpusDir', prepared);
  return () => rmSync(prepared, { recursive: true, force: true });
}
