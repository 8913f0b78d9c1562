import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeScan, printedDecision, readJson, runCli, SAMPLE, writeSources } from './helpers.js';

/**
 * Issue 18 #1: a report set belongs to one run. A rerun that matches an earlier run keeps the set
 * on disk only if it is that run's (manifest run id and hashes); the set is replaced whole.
 */
interface ScanJson { scan: { runId: string }; recommendation: { decision: string } }
interface Manifest { runId: string; files: Array<{ name: string; sha256: string }> }

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const printedRun = (stderr: string) => /\(run ([^)]+)\)/.exec(stderr)?.[1];
const keptFrom = (stderr: string) => /Nothing changed since run (\S+)/.exec(stderr)?.[1];

/** A scan folder of these sources, its output and 2025 year folders, and a run of it. */
function scanFolder(sources: Parameters<typeof makeScan>[0]) {
  const dir = makeScan(sources);
  const out = path.join(dir, 'out');
  return { dir, out, year: path.join(out, '2025'), run: () => runCli(['run', '--out', out, '--concurrency', '2'], { cwd: dir }) };
}

describe('report set tied to its run', () => {
  it('A → B → A: the third run does not keep run 2\'s reports as if they were run 1\'s', async () => {
    const A = SAMPLE.slice(0, 3);
    const B = [...A, SAMPLE[3]!];
    const { dir, out, year, run } = scanFolder(A);

    const r1 = await run();
    expect(r1.code, r1.stderr).toBe(0);
    const run1 = printedRun(r1.stderr)!;
    expect(readJson<Manifest>(path.join(year, 'manifest.json')).runId).toBe(run1);

    writeSources(dir, B);
    const r2 = await run();
    expect(r2.code, r2.stderr).toBe(0);
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).scan.runId).toBe(printedRun(r2.stderr));
    expect(JSON.stringify(readJson(path.join(year, 'scan.json')))).toContain(SAMPLE[3]!.id);

    writeSources(dir, A);
    const r3 = await run();
    expect(r3.code, r3.stderr).toBe(0);
    // Run 1's inputs match, but the set on disk is run 2's: it is rewritten, not announced as kept.
    expect(keptFrom(r3.stderr)).toBeUndefined();
    const scan = readJson<ScanJson>(path.join(year, 'scan.json'));
    expect(scan.scan.runId).toBe(printedRun(r3.stderr));
    expect(scan.recommendation.decision).toBe(printedDecision(r3.stderr));
    expect(JSON.stringify(scan)).not.toContain(SAMPLE[3]!.id);
    expect(readJson<Manifest>(path.join(year, 'manifest.json')).runId).toBe(printedRun(r3.stderr));

    // A fourth, unchanged run keeps run 3's set, which is whole: its scan.json is run 3's.
    const r4 = await run();
    expect(keptFrom(r4.stderr)).toBe(printedRun(r3.stderr));
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).recommendation.decision).toBe(printedDecision(r4.stderr));

    // An edited file breaks the manifest's hash: the next run rewrites the set instead of keeping it.
    writeFileSync(path.join(year, 'briefing-note.md'), 'edited by hand\n');
    const r5 = await run();
    expect(keptFrom(r5.stderr)).toBeUndefined();
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).scan.runId).toBe(printedRun(r5.stderr));
  }, 120_000);

  it('a kill between the two renames of the swap leaves the old set, restored by the next run; leftovers are removed', async () => {
    const { dir, out, year, run } = scanFolder(SAMPLE.slice(0, 2));
    const r1 = await run();
    expect(r1.code, r1.stderr).toBe(0);
    const run1 = printedRun(r1.stderr)!;
    // Files another command keeps in the year folder survive every swap.
    writeFileSync(path.join(year, 'review.csv'), 'id,analyst_kind\n');

    // The state a SIGKILL leaves after "old set moved aside", before "new set put in place"
    // (dead pid 999999): the year folder is missing, a staging folder is half-written, and an
    // atomic single-file write left its temp file.
    renameSync(year, path.join(out, '.2025.previous-999999-abcd1234'));
    mkdirSync(path.join(out, '.2025.staging-999999-deadbeef'));
    writeFileSync(path.join(out, '.2025.staging-999999-deadbeef', 'scan.json'), '{"half": ');
    writeFileSync(path.join(out, '.2025.previous-999999-abcd1234', '.review.csv.999999.0a0b0c.tmp'), 'partial');

    const r2 = await run();
    expect(r2.code, r2.stderr).toBe(0);
    // Nothing changed since run 1 and run 1's set is back in place, whole: it is kept.
    expect(keptFrom(r2.stderr)).toBe(run1);
    const scan = readJson<ScanJson>(path.join(year, 'scan.json'));
    expect(scan.scan.runId).toBe(run1);
    expect(scan.recommendation.decision).toBe(printedDecision(r2.stderr));
    expect(readdirSync(out).filter((n) => n.startsWith('.2025.'))).toEqual([]);
    expect(readdirSync(year).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.join(year, 'review.csv'))).toBe(true);

    // Real SIGKILLs while the reports are being written: at any moment the year folder is a whole
    // set (its manifest's hashes match) or, between the renames, missing with the old set aside.
    for (const delay of [0, 300]) {
      let killed = false;
      await runCli(['run', '--out', out, '--force'], {
        cwd: dir,
        onStderr: (text, child) => {
          if (!killed && /done in/.test(text)) {
            killed = true;
            setTimeout(() => child.kill('SIGKILL'), delay);
          }
        },
      });
      if (existsSync(year)) {
        const manifest = readJson<Manifest>(path.join(year, 'manifest.json'));
        for (const f of manifest.files) expect(sha256(readFileSync(path.join(year, f.name))), f.name).toBe(f.sha256);
        expect(readJson<ScanJson>(path.join(year, 'scan.json')).scan.runId).toBe(manifest.runId);
      } else {
        expect(readdirSync(out).some((n) => n.startsWith('.2025.previous-'))).toBe(true);
      }
    }
    const after = await run();
    expect(after.code, after.stderr).toBe(0);
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).recommendation.decision).toBe(printedDecision(after.stderr));
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).scan.runId).toBe(keptFrom(after.stderr) ?? printedRun(after.stderr));

    // With --force the set is replaced (two renames) and review.csv is carried over.
    const r3 = await runCli(['run', '--out', out, '--force'], { cwd: dir });
    expect(r3.code, r3.stderr).toBe(0);
    expect(readJson<ScanJson>(path.join(year, 'scan.json')).scan.runId).toBe(printedRun(r3.stderr));
    expect(existsSync(path.join(year, 'review.csv'))).toBe(true);
    expect(readdirSync(out).filter((n) => n.startsWith('.2025.'))).toEqual([]);
  }, 240_000);
});
