import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  migrations, normaliseText, openStore, openStoreReadOnly, STALE_LOCK_HOURS, StoreLockError, StoreMigrationPendingError, StoreVersionError, type Store,
} from '../../src/store/index.js';
import { makeDoc, tempDir } from './fixtures.js';
import { makeAnalysis, makePriority, makeTheme } from '../shared-fixtures.js';

const open: Store[] = [];
function track(s: Store): Store {
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('openStore and migrations', () => {
  it('creates directories, applies every migration, uses WAL', () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'planscan.db');
    const s = track(openStore(file));
    expect(fs.existsSync(file)).toBe(true);
    expect(s.schemaVersion).toBe(migrations.length);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const names = s.db.prepare('SELECT name FROM migrations ORDER BY version').all() as Array<{ name: string }>;
    expect(names.map((n) => n.name)).toEqual(migrations.map((m) => m.name));
  });

  it('upgrades a database made by an older version (first migration only), keeping its data', () => {
    const file = path.join(tempDir(), 'old.db');
    const old = openStore(file, { migrations: migrations.slice(0, 1) });
    expect(old.schemaVersion).toBe(1);
    old.db.prepare("INSERT INTO runs (id, year, started_at, sources_file) VALUES ('r1', 2024, '2024-01-01T00:00:00Z', 's.yaml')").run();
    old.db
      .prepare("INSERT INTO documents (source_id, content_hash, year, meta, run_id, saved_at) VALUES ('csp', 'h1', 2024, ?, 'r1', 'now')")
      .run(JSON.stringify(makeDoc('csp', 2024, 'h1')));
    const tables = () => (old.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables()).not.toContain('overrides');
    old.close();

    const s = track(openStore(file));
    expect(s.schemaVersion).toBe(migrations.length);
    expect(s.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const t = (s.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as Array<{ name: string }>).map((x) => x.name);
    expect(t).toEqual(expect.arrayContaining(['overrides', 'training_examples', 'themes_by_year', 'run_documents']));
    // migration 002 back-filled the run/document link, so the old document counts for 2024.
    expect(s.findDocument('csp', 'h1')?.title).toBe('csp plan 2024');
    // migration 006 moved the blocks out of the metadata into their own column, losing none.
    expect(s.findDocument('csp', 'h1', { blocks: true })?.blocks).toEqual(makeDoc('csp', 2024, 'h1').blocks);
    expect(JSON.parse((s.db.prepare("SELECT meta FROM documents WHERE source_id = 'csp'").get() as { meta: string }).meta)).not.toHaveProperty('blocks');
    expect(s.db.prepare('SELECT run_id FROM run_documents').all()).toEqual([{ run_id: 'r1' }]);
  });

  it('upgrades a database made before reviews were recorded (migrations up to 004_themes_by_year)', () => {
    const file = path.join(tempDir(), 'v4.db');
    const v4 = migrations.slice(0, migrations.findIndex((m) => m.name === '004_themes_by_year') + 1);
    expect(v4.map((m) => m.name)).toEqual(['001_initial', '002_run_documents', '003_review', '004_themes_by_year']);
    const old = openStore(file, { migrations: v4 });
    expect(old.schemaVersion).toBe(4);
    old.db
      .prepare("INSERT INTO overrides (norm_text, kind, theme, theme_set, exclude, reviewed_at) VALUES ('domestic abuse', 'crime', NULL, 1, 0, 'then')")
      .run();
    old.db.prepare("INSERT INTO training_examples (text, kind, theme, added_at) VALUES ('Domestic abuse', 'crime', NULL, 'then')").run();
    const tables = (st: Store) => (st.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables(old)).not.toContain('reviews');
    old.close();

    const s = track(openStore(file));
    expect(s.schemaVersion).toBe(migrations.length);
    expect(s.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tables(s)).toContain('reviews');
    const ledger = s.db.prepare('SELECT version, name FROM migrations ORDER BY version').all();
    expect(ledger.at(-1)).toEqual({ version: migrations.length, name: migrations.at(-1)!.name });
    // Earlier review data kept; the new table works.
    expect(s.overrides().get('domestic abuse')).toEqual({ kind: 'crime', theme: null });
    expect(s.trainingExamples()).toEqual([{ text: 'Domestic abuse', kind: 'crime', theme: null }]);
    expect(s.reviews()).toEqual([]);
    s.saveReview({
      priorityId: 'p1', text: 'Domestic  Abuse!', year: 2024, machineKind: 'crime', machineTheme: null,
      analystKind: 'crime', analystTheme: 'domestic_abuse', excluded: false,
    });
    expect(s.reviews(2024)).toMatchObject([{ priorityId: 'p1', normText: 'domestic abuse', text: 'domestic abuse', analystTheme: 'domestic_abuse', excluded: false }]);
  });

  it('refuses a database from a newer version, naming the file and both versions', () => {
    const file = path.join(tempDir(), 'newer.db');
    openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, '999_from_the_future', 'x')").run(migrations.length + 1);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    let err: unknown;
    try {
      openStore(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreVersionError);
    const msg = (err as Error).message;
    expect(msg).toContain(file);
    expect(msg).toContain(`schema version is ${migrations.length + 1}`);
    expect(msg).toContain(`knows schema version ${migrations.length}`);
    expect(msg).toContain('999_from_the_future');
  });

  it('refuses a newer user_version even without ledger rows it does not know', () => {
    const file = path.join(tempDir(), 'newer2.db');
    openStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 3}`);
    db.close();
    expect(() => openStore(file)).toThrow(/newer version of planscan/);
  });
});

describe('documents', () => {
  it('saveDocument / findDocument round trip returns the cached Document and priorities', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    const run = s.beginRun({ year: 2025, sourcesFile: 'sources.yaml' });
    const doc = makeDoc('csp-north', 2025);
    const ps = [
      makePriority('csp-north', { id: 'p1', text: 'Tackling violence against women & girls.' }),
      makePriority('csp-north', { id: 'p2', text: 'Data sharing', kind: 'mechanism', theme: null, strength: 'mention', page: 2, otherThemes: ['x'] }),
    ];
    s.saveDocument(run, doc, ps);
    // Blocks are read only when asked for (a rerun needs them for the current plan alone).
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(s.findDocument('csp-north', doc.contentHash, { blocks: true })).toEqual(doc);
    expect(s.findDocument('csp-north', doc.contentHash)).toEqual({ ...doc, blocks: [] });
    expect(s.documentPriorities('csp-north', doc.contentHash)).toEqual(ps);
    expect(s.findDocument('csp-north', 'other-hash')).toBeNull();
    // saving again replaces rather than duplicates
    s.saveDocument(run, doc, ps.slice(0, 1));
    expect(s.documentPriorities('csp-north', doc.contentHash)).toHaveLength(1);
    expect(s.priorities(2025).map((p) => p.id)).toEqual(['p1']);
  });

  it('a finished document survives a scan that never finishes (committed on save)', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const s = openStore(file);
    const run = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
    s.saveDocument(run, makeDoc('a', 2025), [makePriority('a', { id: 'p1', text: 'Knife crime' })]);
    // simulate a kill: the connection goes away without finishRun
    s.db.close();
    const s2 = track(openStore(file));
    expect(s2.documentPriorities('a', 'hash-a-2025')[0]!.text).toBe('Knife crime');
    expect(s2.listRuns()[0]!.finishedAt).toBeNull();
  });

  it('finishRun records failures, themes by year and history', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    const r1 = s.beginRun({ year: 2024, sourcesFile: 's.yaml' });
    s.saveDocument(r1, makeDoc('a', 2024), []);
    s.finishRun(r1, makeAnalysis(2024, r1, [makeTheme('vawg', { partners: ['A', 'B'], score: 3, tier: 'major' }), makeTheme('knife', { partners: ['A'], score: 1, tier: 'major' })]), [
      { sourceId: 'b', stage: 'fetch', code: 'http-status', message: '404', level: 'error' },
    ]);
    const r2 = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
    s.finishRun(r2, makeAnalysis(2025, r2, [makeTheme('knife', { partners: ['A', 'B', 'C'], score: 5, tier: 'major' })]), []);
    const runs = s.listRuns();
    expect(runs.map((r) => [r.year, r.documents, r.failures, r.decision])).toEqual([
      [2024, 1, 1, 'no refresh'],
      [2025, 0, 0, 'no refresh'],
    ]);
    expect(runs[0]!.reasons).toEqual([{ text: 'nothing changed', themes: [], priorityIds: [] }]);
    const prev = s.previousThemes(2025);
    expect(prev?.year).toBe(2024);
    expect(prev?.themes.map((t) => t.theme)).toEqual(['vawg', 'knife']);
    expect(s.previousThemes(2024)).toBeNull();
    expect(s.themesByYear().map((y) => [y.year, y.themes.map((t) => `${t.rank}:${t.theme}:${t.partners.length}`)])).toEqual([
      [2024, ['1:vawg:2', '2:knife:1']],
      [2025, ['1:knife:3']],
    ]);
  });
});

describe('scan lock', () => {
  it('a second scan on the same database gets a clear message naming the holder', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const a = track(openStore(file));
    const b = track(openStore(file));
    a.acquireLock({ year: 2025, sourcesFile: 's.yaml' });
    let err: unknown;
    try {
      b.acquireLock({ year: 2025 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreLockError);
    expect((err as Error).message).toContain(`pid ${process.pid}`);
    expect((err as Error).message).toMatch(/started \d{4}-\d\d-\d\dT/);
    expect((err as Error).message).toContain(file);
    a.releaseLock();
    expect(() => b.acquireLock()).not.toThrow();
  });

  it('a lock held by another live process blocks until that process is gone', async () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const s = track(openStore(file));
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const pid = child.pid!;
    const started = new Date().toISOString();
    s.db.prepare("INSERT INTO lock (id, token, pid, host, started_at, info) VALUES (1, 'other', ?, ?, ?, '{}')")
      .run(pid, os.hostname(), started);
    expect(() => s.acquireLock()).toThrow(`locked by another scan (pid ${pid} on ${os.hostname()}, started ${started})`);
    expect(() => s.acquireLock()).toThrow(`planscan unlock --db ${file}`);
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
    expect(() => s.acquireLock()).not.toThrow();
  });

  it('takes over a stale lock left by a dead process', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const s = track(openStore(file));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    s.db.prepare("INSERT INTO lock (id, token, pid, host, started_at, info) VALUES (1, 'old', ?, ?, '2020-01-01T00:00:00Z', '{}')")
      .run(dead, os.hostname());
    expect(() => s.acquireLock()).not.toThrow();
    expect((s.db.prepare('SELECT pid FROM lock').get() as { pid: number }).pid).toBe(process.pid);
    s.close();
    const s2 = track(openStore(file));
    expect(s2.db.prepare('SELECT count(*) AS n FROM lock').get()).toEqual({ n: 0 });
  });
});

describe('scan lock: take-over and unlock', () => {
  const putLock = (s: Store, pid: number, host: string, at: Date, info: object = {}) =>
    s.db.prepare("INSERT OR REPLACE INTO lock (id, token, pid, host, started_at, info) VALUES (1, 'other', ?, ?, ?, ?)")
      .run(pid, host, at.toISOString(), JSON.stringify(info));
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

  it('a recent lock from another host is refused; one not renewed for the threshold is taken over', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    putLock(s, 4242, 'another-container', hoursAgo(STALE_LOCK_HOURS - 1));
    expect(s.lockHolder()).toMatchObject({ pid: 4242, host: 'another-container', stale: '' });
    expect(() => s.acquireLock()).toThrow(StoreLockError);
    putLock(s, 4242, 'another-container', hoursAgo(STALE_LOCK_HOURS + 1));
    expect(s.lockHolder()?.stale).toMatch(/^not renewed for \d+\.\d hours$/);
    s.acquireLock();
    expect(s.lockHolder()).toMatchObject({ pid: process.pid, host: os.hostname(), stale: '' });
  });

  it('a recent renewal keeps an old lock alive', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    putLock(s, 4242, 'another-container', hoursAgo(48), { renewedAt: hoursAgo(0.1).toISOString() });
    expect(() => s.acquireLock()).toThrow(StoreLockError);
  });

  it('a live pid that is now another process (pid reuse) does not hold the lock', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    // Our own pid is alive, but with a start time that is not ours: the recorded holder is gone.
    putLock(s, process.pid, os.hostname(), hoursAgo(0), { pidStart: '1' });
    expect(s.lockHolder()?.stale).toContain('now belongs to another process');
    expect(() => s.acquireLock()).not.toThrow();
  });

  it('breakLock removes whoever holds the lock and says who it was', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    expect(s.breakLock()).toBeNull();
    putLock(s, 4242, 'shared-drive-host', hoursAgo(0), { command: 'run' });
    const removed = s.breakLock();
    expect(removed).toMatchObject({ pid: 4242, host: 'shared-drive-host', info: { command: 'run' } });
    expect(s.lockHolder()).toBeNull();
    expect(() => s.acquireLock()).not.toThrow();
  });
});

describe('read-only open', () => {
  const bytes = (f: string) => fs.readFileSync(f).toString('base64');

  it('reads a current database without writing a byte, and cannot write', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const w = openStore(file);
    const run = w.beginRun({ year: 2025, sourcesFile: 's.yaml' });
    w.finishRun(run, makeAnalysis(2025, run, [makeTheme('domestic_abuse', { partners: ['a'], score: 1, tier: 'major' })]), []);
    w.close();
    const before = bytes(file);
    const mtime = fs.statSync(file).mtimeMs;
    const r = track(openStoreReadOnly(file));
    expect(r.listRuns().map((x) => x.id)).toEqual([run]);
    expect(r.themesByYear()[0]?.themes.map((t) => t.theme)).toEqual(['domestic_abuse']);
    expect(() => r.beginRun({ year: 2026, sourcesFile: 's.yaml' })).toThrow(/readonly/i);
    r.close();
    expect(bytes(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['db.sqlite']);
  });

  it('refuses an older schema instead of migrating it, leaving the file as it was', () => {
    const file = path.join(tempDir(), 'old.db');
    openStore(file, { migrations: migrations.slice(0, 7) }).close();
    const before = bytes(file);
    let err: unknown;
    try {
      openStoreReadOnly(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreMigrationPendingError);
    expect((err as Error).message).toContain(`${file} was written by an older planscan (schema version 7, this planscan knows ${migrations.length})`);
    expect((err as Error).message).toContain("run 'planscan run' once");
    expect(bytes(file)).toBe(before);
  });

  it('refuses a missing file and a file that is not a planscan database', () => {
    const dir = tempDir();
    expect(() => openStoreReadOnly(path.join(dir, 'none.db'))).toThrow();
    expect(fs.existsSync(path.join(dir, 'none.db'))).toBe(false);
    const empty = path.join(dir, 'empty.db');
    new Database(empty).close();
    expect(() => openStoreReadOnly(empty)).toThrow('is not a planscan database');
  });
});

describe('008_priority_reasons', () => {
  it('stores Priority.reasons and gives rows from an older database an empty list', () => {
    const file = path.join(tempDir(), 'v7.db');
    const old = openStore(file, { migrations: migrations.slice(0, 7) });
    old.db.prepare("INSERT INTO runs (id, year, started_at, sources_file) VALUES ('r1', 2024, '2024-01-01T00:00:00Z', 's.yaml')").run();
    old.db.prepare("INSERT INTO documents (source_id, content_hash, year, meta, blocks, run_id, saved_at) VALUES ('csp', 'h1', 2024, ?, '[]', 'r1', 'now')")
      .run(JSON.stringify({ ...makeDoc('csp', 2024, 'h1'), blocks: undefined }));
    old.db.prepare(`INSERT INTO priorities (id, source_id, content_hash, ord, page, section, text, quote, strength, rule, kind, theme,
      other_themes, confidence, cues) VALUES ('p-old', 'csp', 'h1', 0, 1, 's', 'Old text', 'Old text', 'named', 'list-under-heading',
      'crime', NULL, '[]', 0.5, '[]')`).run();
    old.close();
    const s = track(openStore(file));
    expect(s.documentPriorities('csp', 'h1').map((p) => p.reasons)).toEqual([[]]);
    const run = s.beginRun({ year: 2025, sourcesFile: 's.yaml' });
    const p = makePriority('csp', { id: 'p-new', text: 'New text', reasons: ['list item under a priorities heading (+2.1)', 'imperative verb (+0.8)'] });
    s.saveDocument(run, makeDoc('csp', 2025, 'h2'), [p]);
    expect(s.documentPriorities('csp', 'h2')[0]?.reasons).toEqual(p.reasons);
    expect(s.priorityById('p-new')?.reasons).toEqual(p.reasons);
  });
});

describe('history: unchanged reruns', () => {
  it('marks a run whose report inputs equal an earlier run of the year as the same as that run', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    const finish = (year: number, hash: string) => {
      const id = s.beginRun({ year, sourcesFile: 's.yaml' });
      s.finishRun(id, makeAnalysis(year, id, []), []);
      s.setRunInputs(id, hash);
      return id;
    };
    const a = finish(2025, 'A');
    const b = finish(2025, 'B');
    const a2 = finish(2025, 'A');
    const other = finish(2024, 'A');
    const runs = s.listRuns();
    expect(runs.map((r) => [r.id, r.sameAs])).toEqual([[a, null], [b, null], [a2, a], [other, null]]);
  });
});

describe('overrides', () => {
  it('normaliseText collapses case, whitespace and punctuation', () => {
    expect(normaliseText('  Tackling Violence   against Women & Girls. ')).toBe('tackling violence against women and girls');
    expect(normaliseText('Anti-social behaviour (ASB)')).toBe('anti social behaviour asb');
    expect(normaliseText("Children’s exploitation")).toBe(normaliseText("childrens exploitation"));
  });

  it('applyOverrides changes kind/theme, drops excluded, adds an override cue', () => {
    const s = track(openStore(path.join(tempDir(), 'db.sqlite')));
    s.saveOverride({ text: 'Data sharing', kind: 'internal_process', theme: null });
    s.saveOverride({ text: 'Our vision', exclude: true });
    s.saveOverride({ text: 'Knife crime', theme: 'serious_violence' });
    const out = s.applyOverrides([
      makePriority('a', { id: '1', text: 'DATA  sharing!', kind: 'mechanism', theme: 'partnership' }),
      makePriority('a', { id: '2', text: 'our vision' }),
      makePriority('a', { id: '3', text: 'Knife crime', theme: 'weapons' }),
      makePriority('a', { id: '4', text: 'Burglary', theme: 'acquisitive' }),
    ]);
    expect(out.map((p) => [p.id, p.kind, p.theme])).toEqual([
      ['1', 'internal_process', null],
      ['3', 'crime', 'serious_violence'],
      ['4', 'crime', 'acquisitive'],
    ]);
    expect(out[0]!.cues.at(-1)).toMatchObject({ source: 'override', kind: 'internal_process' });
    expect(out[1]!.cues.at(-1)).toMatchObject({ source: 'override', theme: 'serious_violence' });
    expect(out[2]!.cues.every((c) => c.source !== 'override')).toBe(true);
    expect(s.overrides().get('our vision')).toEqual({ exclude: true });
  });
});
