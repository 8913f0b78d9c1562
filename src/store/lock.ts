import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';
import { type Db, Json, now } from './db.js';
import { StoreLockError } from './errors.js';
import type { LockInfo } from '../schema/stored.js';
import { pidAlive } from '../util/process.js';

/** A lock not renewed for this long is taken over: its scan is dead (a live scan renews it as it saves documents). */
export const STALE_LOCK_HOURS = 6;
const RENEW_MS = 60_000;

const LockRow = z.object({ token: z.string(), pid: z.number(), host: z.string(), started_at: z.string(), info: Json });
const LockMeta = z.object({ renewedAt: z.string().optional(), pidStart: z.string().optional() }).passthrough();

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  renewedAt: string;
  info: Record<string, unknown>;
  /** Why it may be taken over ('' when it is live, as far as this host can tell). */
  stale: string;
}

/** Start time of a process (Linux /proc), so a reused pid is not mistaken for the lock's holder. */
function pidStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The one-row scan lock: who holds it, and whether it is stale. */
export class ScanLock {
  private token: string | null = null;
  private renewedMs = 0;
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly file: string,
  ) {
    this.stmts = {
      get: db.prepare('SELECT token, pid, host, started_at, info FROM lock WHERE id = 1'),
      put: db.prepare('INSERT OR REPLACE INTO lock (id, token, pid, host, started_at, info) VALUES (1, ?, ?, ?, ?, ?)'),
      renew: db.prepare('UPDATE lock SET info = ? WHERE id = 1 AND token = ?'),
      drop: db.prepare('DELETE FROM lock WHERE id = 1 AND token = ?'),
      dropAny: db.prepare('DELETE FROM lock WHERE id = 1'),
    };
  }

  /** The current holder, or null when nobody holds the lock. */
  holder(at = Date.now()): LockHolder | null {
    const row = LockRow.optional().parse(this.stmts.get.get());
    if (!row) return null;
    const meta = LockMeta.parse(row.info ?? {});
    const renewedAt = meta.renewedAt ?? row.started_at;
    let stale = '';
    const ageHours = (at - Date.parse(renewedAt)) / 3_600_000;
    if (ageHours >= STALE_LOCK_HOURS) stale = `not renewed for ${ageHours.toFixed(1)} hours`;
    else if (row.host === os.hostname()) {
      if (!pidAlive(row.pid)) stale = `process ${row.pid} no longer exists on ${row.host}`;
      else if (meta.pidStart !== undefined && pidStart(row.pid) !== meta.pidStart) stale = `pid ${row.pid} now belongs to another process`;
    }
    return { pid: row.pid, host: row.host, startedAt: row.started_at, renewedAt, info: meta, stale };
  }

  get held(): boolean {
    return this.token !== null;
  }

  /** Takes the lock; throws StoreLockError naming the holder when another live scan has it. */
  acquire(info: LockInfo = {}): void {
    if (this.token) return;
    const token = crypto.randomBytes(8).toString('hex');
    this.db.transaction(() => {
      const held = this.holder();
      if (held && !held.stale) throw new StoreLockError(this.file, held.pid, held.host, held.startedAt, STALE_LOCK_HOURS);
      const stamp = now();
      const start = pidStart(process.pid);
      this.stmts.put.run(token, process.pid, os.hostname(), stamp, JSON.stringify({ ...info, renewedAt: stamp, ...(start ? { pidStart: start } : {}) }));
    }).immediate();
    this.token = token;
    this.renewedMs = Date.now();
  }

  /** Marks the lock as still in use (at most once a minute); called as documents are saved. */
  renew(): void {
    if (!this.token || Date.now() - this.renewedMs < RENEW_MS) return;
    const row = LockRow.optional().parse(this.stmts.get.get());
    if (!row || row.token !== this.token) return;
    this.stmts.renew.run(JSON.stringify({ ...LockMeta.parse(row.info ?? {}), renewedAt: now() }), this.token);
    this.renewedMs = Date.now();
  }

  release(): void {
    if (!this.token) return;
    this.stmts.drop.run(this.token);
    this.token = null;
  }

  /** Removes whoever's lock is there (planscan unlock); returns the holder it removed. */
  breakLock(): LockHolder | null {
    const held = this.holder();
    if (held) this.stmts.dropAny.run();
    return held;
  }
}
