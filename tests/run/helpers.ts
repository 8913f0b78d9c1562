import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
