/**
 * One database default for every command, inspection commands that never write, and unlock —
 * with the compiled CLI on a real (small) scan.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations, openStore } from '../../src/store/index.js';
import { cliPath, runCli, tempDir } from '../run/helpers.js';
import { cli } from './helpers.js';

const SOURCES = `scan:
  name: CLI test scan
  area: Test Valley
  year: 2025
sources:
  - id: csp-north
    partner: North CSP
    partner_type: CSP
    area: North
    year: 2025
    path: docs/csp-north.txt
  - id: csp-south
    partner: South CSP
    partner_type: CSP
    area: South
    year: 2025
    path: docs/csp-south.txt
`;

function corpus(): string {
  const dir = tempDir('cli-db');
  mkdirSync(path.join(dir, 'docs'));
  writeFileSync(path.join(dir, 'sources.yaml'), SOURCES);
  writeFileSync(path.join(dir, 'docs', 'csp-north.txt'), 'North Community Safety Partnership Plan 2025\n\nOur priorities\n\n- Tackle domestic abuse\n- Reduce anti-social behaviour\n- Disrupt county lines drug dealing\n');
  writeFileSync(path.join(dir, 'docs', 'csp-south.txt'), 'South Community Safety Partnership Plan 2025\n\nOur priorities\n\n- Tackle domestic abuse\n- Reduce burglary\n- Protect older people from fraud\n');
  return dir;
}

describe('one database for every command: <out>/planscan.db unless --db', () => {
  let dir: string;
  beforeAll(async () => {
    dir = corpus();
    const r = await runCli(['run', '--out', 'x'], { cwd: dir });
    // These sources name no current plan: the scan completes with no decision (exit 3).
    expect(r.code, r.stderr).toBe(3);
  }, 120_000);

  it('run --out x writes x/planscan.db and nothing at the old default output/planscan.db', () => {
    expect(existsSync(path.join(dir, 'x', 'planscan.db'))).toBe(true);
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('drift --out x and history --out x read that database', async () => {
    const x = path.join(dir, 'x');
    const drift = await cli(['drift', '--out', x]);
    expect(drift.code, drift.stderr).toBe(0);
    expect(drift.stdout).toMatch(/Theme +2025 rank/);
    expect(existsSync(path.join(x, 'drift.csv'))).toBe(true);
    const history = await cli(['history', '--out', x, '--json']);
    expect(JSON.parse(history.stdout).map((r: { year: number }) => r.year)).toEqual([2025]);
  });

  it('--db overrides, and a missing database is named once with a hint (exit 1)', async () => {
    const ok = await cli(['history', '--db', path.join(dir, 'x', 'planscan.db')]);
    expect(ok.code, ok.stderr).toBe(0);
    const empty = tempDir('no-db');
    for (const args of [['history'], ['drift'], ['train'], ['review', 'export'], ['eval', '--reviewed'], ['unlock']]) {
      const r = await cli([...args, '--out', empty]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toBe(
        `planscan ${args.slice(0, args[0] === 'review' ? 2 : 1).join(' ')}: no database at ${path.join(empty, 'planscan.db')}\n` +
          `hint: run a scan first (planscan run --out ${empty}), or pass --db FILE\n`,
      );
    }
    expect(readdirSync(empty)).toEqual([]);
  });

  it('history and drift leave a read-only database file byte for byte as it was', async () => {
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    const file = path.join(ro, 'planscan.db');
    writeFileSync(file, readFileSync(path.join(dir, 'x', 'planscan.db')));
    chmodSync(file, 0o444);
    chmodSync(ro, 0o555);
    try {
      const before = readFileSync(file);
      const mtime = statSync(file).mtimeMs;
      for (const args of [['history'], ['history', '--json'], ['drift', '--out', tempDir('drift-out')], ['review', 'export', '--out', tempDir('review-out')], ['train']]) {
        const r = await cli([...args, '--db', file]);
        expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      }
      // As root the permissions bind nobody: run them again as an unprivileged user, for whom
      // the file and its folder really are read-only.
      if (process.getuid?.() === 0 && existsSync('/usr/bin/setpriv')) {
        chmodSync(dir, 0o755);
        const out = tempDir('nobody-out');
        chmodSync(out, 0o777);
        for (const args of [['history'], ['drift', '--out', out]]) {
          const r = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cliPath, ...args, '--db', file], { encoding: 'utf8' });
          expect(r.status, `${args.join(' ')} as nobody\n${r.stderr}`).toBe(0);
        }
      }
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(statSync(file).mtimeMs).toBe(mtime);
      expect(readdirSync(ro)).toEqual(['planscan.db']);
    } finally {
      chmodSync(ro, 0o755);
    }
  });

  it('history refuses a database that needs a migration instead of upgrading it', async () => {
    const file = path.join(tempDir('old-db'), 'planscan.db');
    openStore(file, { migrations: migrations.slice(0, migrations.length - 1) }).close();
    const before = readFileSync(file);
    const r = await cli(['history', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`was written by an older planscan (schema version ${migrations.length - 1}`);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('planscan unlock', () => {
  let file: string;
  const lock = (pid: number, host: string) => {
    const db = new Database(file);
    db.prepare("INSERT OR REPLACE INTO lock (id, token, pid, host, started_at, info) VALUES (1, 't', ?, ?, ?, '{}')").run(pid, host, new Date().toISOString());
    db.close();
  };
  beforeAll(() => {
    file = path.join(tempDir('unlock'), 'planscan.db');
    openStore(file).close();
  });
  afterAll(() => undefined);

  it('says when there is no lock', async () => {
    const r = await cli(['unlock', '--db', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('is not locked');
  });

  it('a scan refused by a lock from another host names planscan unlock; unlock removes it with a warning', async () => {
    lock(4242, 'another-container');
    const dir = corpus();
    const refused = await runCli(['run', '--db', file, '--out', 'o'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`locked by another scan (pid 4242 on another-container`);
    expect(refused.stderr).toContain(`planscan unlock --db ${file}`);
    const r = await cli(['unlock', '--db', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: removed the lock of .* \(pid 4242 on another-container, started /);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM lock').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses to remove the lock of a live process on this host unless --force', async () => {
    lock(process.pid, os.hostname());
    const r = await cli(['unlock', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('held by a live process on this host');
    expect(r.stderr).toContain('hint: ');
    const forced = await cli(['unlock', '--db', file, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('warning: removed the lock');
  });
});
