import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pidAlive } from './process.js';

/**
 * A folder replaced as a whole: the new contents are written to a hidden staging folder beside it,
 * then two renames put it in place (the old folder moves aside, the new one takes its name). A
 * kill at any point leaves the old folder, the new one, or (between the two renames) the old one
 * set aside, which recoverFolder() puts back. Readers never see a mix of old and new files.
 */
const STAGING = 'staging';
const PREVIOUS = 'previous';

function sideName(folder: string, kind: string): string {
  return join(dirname(folder), `.${basename(folder)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Leftovers of earlier swaps of `folder`, by kind, with the pid that made them. */
function leftovers(folder: string): Array<{ path: string; kind: string; pid: number }> {
  const parent = dirname(folder);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(folder)}.`;
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => {
      const m = /^(staging|previous)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
      return m ? { path: join(parent, name), kind: m[1]!, pid: Number(m[2]) } : null;
    })
    .filter((x): x is { path: string; kind: string; pid: number } => x !== null);
}

/** A new, empty staging folder for `folder`. */
export function stagingFolder(folder: string): string {
  return sideName(folder, STAGING);
}

/**
 * Brings into `staging` (hard links, else copies) every entry of the current `folder` that the new
 * contents do not replace, so files other tools keep there (review.csv, notes) survive the swap.
 */
export function carryOver(folder: string, staging: string, replaced: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (replaced.has(name) || isTempFile(name)) continue;
    const from = join(folder, name);
    const to = join(staging, name);
    if (existsSync(to)) continue;
    if (statSync(from).isDirectory()) cpSync(from, to, { recursive: true });
    else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  }
}

/** Puts `staging` in place of `folder` (two renames), then removes the old contents. */
export function swapFolder(staging: string, folder: string): void {
  let previous: string | null = null;
  if (existsSync(folder)) {
    previous = sideName(folder, PREVIOUS);
    renameSync(folder, previous);
  }
  renameSync(staging, folder);
  if (previous) rmSync(previous, { recursive: true, force: true });
}

/**
 * Cleans up after a swap a killed process left unfinished: staging folders of dead processes are
 * removed; a folder set aside is put back when nothing took its place, else removed. Temp files
 * of dead processes inside `folder` (from atomic single-file writes) are removed too.
 */
export function recoverFolder(folder: string): void {
  const found = leftovers(folder).filter((l) => l.pid === process.pid || !pidAlive(l.pid));
  for (const l of found.filter((f) => f.kind === STAGING)) rmSync(l.path, { recursive: true, force: true });
  const previous = found.filter((f) => f.kind === PREVIOUS).sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs);
  for (const l of previous) {
    if (!existsSync(folder)) renameSync(l.path, folder);
    else rmSync(l.path, { recursive: true, force: true });
  }
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const pid = tempFilePid(name);
    if (pid !== null && (pid === process.pid || !pidAlive(pid))) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/** Removes this process's own staging folders (used when a scan is interrupted). */
export function removeOwnStaging(folder: string): void {
  for (const l of leftovers(folder)) if (l.kind === STAGING && l.pid === process.pid) rmSync(l.path, { recursive: true, force: true });
}

/** Names made by util/atomic.ts tempNameFor: `.<name>.<pid>.<hex>.tmp`. */
function tempFilePid(name: string): number | null {
  const m = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  return m ? Number(m[1]) : null;
}

function isTempFile(name: string): boolean {
  return tempFilePid(name) !== null;
}
