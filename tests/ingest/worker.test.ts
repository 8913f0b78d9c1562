import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanPdf } from './helpers.js';

/**
 * Under vitest the .ts source runs PDF parsing in-process (there is no .js worker to start), so
 * this test builds src/ingest with tsc, as production does, and runs it with plain node.
 */
const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, '.vitest-tmp', 'ingest-worker-build');
const RUNNER = fileURLToPath(new URL('../fixtures/ingest/worker-run.mjs', import.meta.url));
const PDF = join(OUT, 'plan.pdf');

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  await exec(tsc, [
    '--ignoreConfig', '--outDir', OUT, '--rootDir', ROOT, '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--strict', '--skipLibCheck', '--esModuleInterop', '--types', 'node',
    join(ROOT, 'src/ingest/index.ts'), join(ROOT, 'src/ingest/pdf-worker.ts'),
  ], { cwd: ROOT }).catch((error: unknown) => {
    // tsc still emits on type errors; those are the typecheck's job, not this test's.
    if (!existsSync(join(OUT, 'src/ingest/pdf-worker.js'))) throw error;
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(PDF, await makePlanPdf());
});

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

async function run(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await exec(process.execPath, [RUNNER, OUT, PDF, ...args], { cwd: ROOT, timeout: 60_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('PDF worker pool (compiled build)', () => {
  it('parses PDFs in worker threads from the tsc output, and maps worker errors to DocumentError', async () => {
    expect(await run()).toEqual({
      workers: true,
      pages: [3, 3, 3, 3],
      headings: 5,
      corrupt: 'DocumentError:pdf-corrupt',
      bytesIntact: true,
    });
  });

  it('lets the process exit when closeIngest is never called', async () => {
    // exec's timeout would kill a process kept alive by workers; it must finish on its own.
    const result = await run('--no-close');
    expect(result['workers']).toBe(true);
  });
});
