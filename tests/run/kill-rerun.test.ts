import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli, tempDir } from './helpers.js';

const DOCS = 24;

/** Partner pages served slowly by a real local server, so the scan can be killed partway. */
function page(i: number): string {
  const themes = ['domestic abuse', 'anti-social behaviour', 'county lines', 'knife crime', 'fraud against older people', 'burglary'];
  return `<html><head><title>Partnership plan ${i}</title></head><body><h1>Community Safety Partnership ${i}</h1>
<h2>Our priorities</h2><ul><li>Tackle ${themes[i % themes.length]}</li><li>Reduce re-offending in district ${i}</li><li>Protect vulnerable people</li></ul>
<p>This plan was agreed by partnership ${i}.</p></body></html>`;
}

describe('kill mid-scan and rerun', () => {
  let server: http.Server;
  let dir: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const i = Number(/\/doc-(\d+)\.html/.exec(req.url ?? '')?.[1] ?? -1);
      setTimeout(() => {
        if (i < 0) { res.writeHead(404).end(); return; }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(i));
      }, 150);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    dir = tempDir('kill');
    const sources = [
      'scan:', '  name: Kill test', '  area: Test Valley', '  year: 2025', 'sources:',
      ...Array.from({ length: DOCS }, (_, i) => [
        `  - id: csp-${i}`, `    partner: Partnership ${i}`, '    partner_type: CSP', `    area: District ${i % 4}`,
        '    year: 2025', `    url: http://127.0.0.1:${port}/doc-${i}.html`,
      ].join('\n')),
    ].join('\n');
    writeFileSync(path.join(dir, 'sources.yaml'), `${sources}\n`);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('loses no finished document and the rerun only does the rest', async () => {
    const db = path.join(dir, 'out', 'planscan.db');
    const child = spawn(process.execPath, [cliPath, 'run', '--sources', 'sources.yaml', '--out', 'out', '--concurrency', '1', '--allow-private-urls'], { cwd: dir });
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        // Kill hard once several documents have been reported done.
        if (/\[\s*6\/\d+\]/.test(stderr) && child.exitCode === null) {
          child.kill('SIGKILL');
        }
      });
      child.on('close', () => resolve());
    });
    expect(child.signalCode).toBe('SIGKILL');
    const saved = new Database(db, { readonly: true }).prepare('select count(*) as n from documents').get() as { n: number };
    expect(saved.n).toBeGreaterThanOrEqual(6);
    expect(saved.n).toBeLessThan(DOCS);

    const rerun = await runCli(['run', '--sources', 'sources.yaml', '--out', 'out', '--concurrency', '2', '--allow-private-urls'], { cwd: dir });
    // No current plan is named, so the scan completes with no decision: exit 3 (see the run command's help).
    expect(rerun.code, rerun.stderr).toBe(3);
    const m = /(\d+) documents read \((\d+) parsed, (\d+) unchanged\)/.exec(rerun.stderr);
    expect(m, rerun.stderr).not.toBeNull();
    expect(Number(m![1])).toBe(DOCS);
    expect(Number(m![3])).toBe(saved.n);
    expect(Number(m![2])).toBe(DOCS - saved.n);
    expect(existsSync(path.join(dir, 'out', '2025', 'briefing-note.md'))).toBe(true);
  });
});
