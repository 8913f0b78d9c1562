import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScan, runCli, SAMPLE, writeSources } from './helpers.js';

/** Issue 18 #10 and #11: what can be checked is checked before the first document; signals stop cleanly. */
describe('checked before the first document is read (usage errors, exit 2, nothing recorded)', () => {
  const dir = makeScan(SAMPLE.slice(0, 1));
  const out = path.join(dir, 'out');

  it.each([
    [['--concurrency', '0.5'], /--concurrency must be a whole number of at least 1, not '0\.5'/],
    [['--concurrency', '0'], /--concurrency must be a whole number of at least 1, not '0'/],
    [['--max-mb', '0'], /--max-mb must be a positive number/],
  ])('run %j', async (args, message) => {
    const r = await runCli(['run', '--out', out, ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/Scanning/); // no document was read
    expect(existsSync(path.join(out, 'planscan.db'))).toBe(false); // no unfinished run in history
  });

  it('an --out that is a file', async () => {
    writeFileSync(path.join(dir, 'a-file'), 'x');
    const r = await runCli(['run', '--out', path.join(dir, 'a-file')], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/--out .*a-file is a file, not a folder/);
    expect(r.stderr).not.toMatch(/Scanning/);
  });

  it('a --db that is not a database is named, with the cause', async () => {
    const db = path.join(dir, 'notes.db');
    writeFileSync(db, 'these are my notes, not a database '.repeat(200));
    const r = await runCli(['run', '--out', out, '--db', db], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`the database ${db} failed while opening it: file is not a database`);
    expect(r.stderr).not.toMatch(/Scanning/);
  });

  it('--sources that is a device, a folder or too large', async () => {
    for (const sources of ['/dev/zero', dir]) {
      const r = await runCli(['run', '--out', out, '--sources', sources], { cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/not a regular file \(a device, pipe or socket\)|: a folder, not a sources file/);
    }
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await runCli(['run', '--out', out, '--sources', big], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/over the 1024 KB limit for a sources file/);
  });
});

describe('SIGINT / SIGTERM during a scan', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(() => { /* never answers: the scan waits on it */ });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s: a clear message, the lock released, no staging left; the next run is not locked out', async (signal) => {
    const dir = makeScan([]);
    writeSources(dir, [...SAMPLE.slice(0, 1), { id: 'slow', file: '', url: `http://127.0.0.1:${port}/slow.html` }]);
    const out = path.join(dir, 'out');
    mkdirSync(out);
    let sent = false;
    const r = await runCli(['run', '--out', out, '--allow-private-urls'], {
      cwd: dir,
      onStderr: (text, child) => {
        // Once two documents are done (plan, partner), the third is stuck on the silent server.
        if (!sent && /\[2\/3\]/.test(text)) {
          sent = true;
          child.kill(signal);
        }
      },
    });
    expect(sent).toBe(true);
    expect(r.signal).toBe(signal);
    expect(r.stderr).toMatch(new RegExp(`interrupted \\(${signal}\\): the scan stopped, its lock is released`));
    const db = new Database(path.join(out, 'planscan.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM lock').get()).toEqual({ n: 0 });
    db.close();
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    // The lock is free: the next run starts at once.
    writeSources(dir, SAMPLE.slice(0, 1));
    const again = await runCli(['run', '--out', out], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/1 parsed|unchanged/);
  }, 120_000);
});
