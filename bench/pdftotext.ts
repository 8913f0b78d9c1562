/** poppler's pdftotext as the reference extractor: located (installed once if missing) and timed. */
import { spawn, spawnSync } from 'node:child_process';

export interface PdftotextInfo { available: boolean; version?: string; reason?: string; installAttempted: boolean }

function probe(): string | null {
  const r = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (r.error || r.status === null) return null;
  const line = `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n').find((l) => /pdftotext version/i.test(l));
  return (line ?? 'pdftotext (version unknown)').trim();
}

/** Finds pdftotext; if missing, tries `apt-get install -y poppler-utils` once (logged to stderr). */
export function ensurePdftotext(log: (msg: string) => void): PdftotextInfo {
  const v = probe();
  if (v) return { available: true, version: v, installAttempted: false };
  log('pdftotext not found; running once: apt-get install -y poppler-utils');
  const r = spawnSync('apt-get', ['install', '-y', 'poppler-utils'], {
    // apt-get's output goes to our stderr so stdout keeps only the bench table.
    stdio: ['ignore', 2, 2], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const after = probe();
  if (after) return { available: true, version: after, installAttempted: true };
  const why = r.error ? `apt-get could not run (${r.error.message})` : `apt-get install exited with status ${r.status}`;
  return { available: false, installAttempted: true, reason: `pdftotext not installed and ${why}` };
}

export interface PdftotextTiming { wallMs: number; files: number; failed: number; parallel: number }

/** Runs `pdftotext -q -enc UTF-8 FILE -` over `files`, `parallel` processes at a time; text goes to /dev/null. */
export async function timePdftotext(files: string[], parallel = 2): Promise<PdftotextTiming> {
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++] as string;
      const code = await new Promise<number | null>((resolve) => {
        const c = spawn('pdftotext', ['-q', '-enc', 'UTF-8', f, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
        c.on('error', () => resolve(-1));
        c.on('close', (status) => resolve(status));
      });
      if (code !== 0) failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return { wallMs: performance.now() - t0, files: files.length, failed, parallel };
}
