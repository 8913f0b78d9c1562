import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScan, readJson, runCli, SAMPLE, tempDir, writeSources } from './helpers.js';

/**
 * Issue 18 #3: a database that cannot be written stops the scan with a message naming the file
 * and the cause, before any report is written; the previous report set stays as it was. The
 * failures are real: a full filesystem (a tiny tmpfs, when this runs as root and may mount) and a
 * kernel file-size limit (ulimit -f, anywhere).
 */
let dir: string;
let out: string;
let before: Record<string, string>;
let mountPoint: string | null = null;

const snapshot = (folder: string) => Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')]));

beforeAll(async () => {
  dir = makeScan(SAMPLE.slice(0, 2));
  out = path.join(dir, 'out');
  const r1 = await runCli(['run', '--out', out, '--concurrency', '2'], { cwd: dir });
  expect(r1.code, r1.stderr).toBe(0);
  before = snapshot(path.join(out, '2025'));
  // The second scan has three more documents to save.
  writeSources(dir, SAMPLE);
  if (process.getuid?.() === 0) {
    const m = tempDir('tmpfs');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${Math.ceil(statSync(path.join(out, 'planscan.db')).size / 4096) * 4096 + 16 * 4096}`, 'tmpfs', m], { stdio: 'ignore' });
      mountPoint = m;
    } catch {
      mountPoint = null; // no mount permission here: the ulimit case still runs
    }
  }
}, 120_000);

afterAll(() => {
  if (mountPoint) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
});

function expectStoppedCleanly(r: { code: number | null; stderr: string }, db: string): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toContain(`the database ${db} failed while`);
  expect(r.stderr).toMatch(/no report was written and the previous reports are kept/);
  expect(r.stderr).not.toMatch(/planscan bug/);
  expect(r.stderr).not.toMatch(/^Written:/m);
  // The previous set, byte for byte, and no staging folder left beside it.
  expect(snapshot(path.join(out, '2025'))).toEqual(before);
  expect(readdirSync(out).filter((n) => n.startsWith('.2025.'))).toEqual([]);
}

describe('a database failure stops the run before any report is written', () => {
  it.runIf(process.getuid?.() === 0)('disk full: the database on a tmpfs with no room for the new documents', async (ctx) => {
    if (!mountPoint) return ctx.skip();
    const db = path.join(mountPoint, 'planscan.db');
    copyFileSync(path.join(out, 'planscan.db'), db);
    const r = await runCli(['run', '--out', out, '--db', db, '--force'], { cwd: dir });
    expectStoppedCleanly(r, db);
    expect(r.stderr).toMatch(/full/i);
    expect(r.stderr).toMatch(/Free disk space/);
  }, 120_000);

  it('file-size limit: writes past the limit fail with EFBIG (ulimit -f), as on a quota', async () => {
    const db = path.join(tempDir('ulimit'), 'planscan.db');
    mkdirSync(path.dirname(db), { recursive: true });
    copyFileSync(path.join(out, 'planscan.db'), db);
    // SIGXFSZ ignored, so the write fails with EFBIG instead of killing the process; 64 KB (in 512-byte blocks for dash).
    const r = await runCli(['run', '--out', out, '--db', db, '--force'], { cwd: dir, shellPrefix: "trap '' XFSZ; ulimit -f 128;" });
    expectStoppedCleanly(r, db);
    expect(readJson(path.join(out, '2025', 'manifest.json'))).toEqual(JSON.parse(before['manifest.json']!));
  }, 120_000);
});
