import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScan, readJson, runCli, SAMPLE } from './helpers.js';

/**
 * Issue 18 #5 and #9 through the whole run: a password or token in a source URL is used to fetch
 * but never reaches the reports, the database or the terminal; a refused login is not a retryable
 * network error; a private address needs --allow-private-urls.
 */
const AUTH = `Basic ${Buffer.from('analyst:Hunter2-secret').toString('base64')}`;
let server: Server;
let port: number;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url.split('?')[0]!, (hits.get(url.split('?')[0]!) ?? 0) + 1);
    if (req.headers.authorization !== AUTH) return void res.writeHead(401, { 'www-authenticate': 'Basic' }).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Members plan</h1><h2>Our priorities</h2><ul><li>Reduce knife crime in the town centre</li><li>Tackle county lines exploitation</li></ul>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function everything(dir: string): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else files.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return files.map((f) => readFileSync(f).toString('latin1')).join('\n');
}

describe('credentials and secrets in source URLs', () => {
  it('are used to fetch but appear in no report, database page or message; a refused login is http-auth, tried once', async () => {
    const dir = makeScan([
      ...SAMPLE.slice(0, 1),
      { id: 'members', file: '', url: `http://analyst:Hunter2-secret@127.0.0.1:${port}/members.html?access_token=tok-0123456789&page=2` },
      { id: 'wrong-login', file: '', url: `http://analyst:WrongPass99@127.0.0.1:${port}/other.html` },
    ]);
    const out = path.join(dir, 'out');
    const refused = await runCli(['run', '--out', out], { cwd: dir });
    expect(refused.stderr).toMatch(/members \[fetch\/private-address\]/);
    expect(hits.size).toBe(0);

    const r = await runCli(['run', '--out', out, '--allow-private-urls'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(hits.get('/members.html')).toBe(1);
    expect(hits.get('/other.html')).toBe(1); // 401: not retried
    const failures = readJson<{ failures: Array<{ sourceId: string; code: string }> }>(path.join(out, '2025', 'scan.json')).failures;
    expect(failures.find((f) => f.sourceId === 'wrong-login')?.code).toBe('http-auth');
    expect(failures.some((f) => f.sourceId === 'members')).toBe(false);
    const all = `${r.stderr}\n${refused.stderr}\n${everything(out)}`;
    for (const secret of ['Hunter2-secret', 'WrongPass99', 'tok-0123456789']) expect(all).not.toContain(secret);
    expect(all).toContain('access_token=REDACTED&page=2');
  }, 120_000);
});
