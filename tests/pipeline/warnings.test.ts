import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeScan, readJson, runCli, SAMPLE } from './helpers.js';

/**
 * Warnings as a level (interfaces.md §4) and an unreadable current plan (issue 18 #7, #8, #12):
 * documents read anyway are listed with level 'warning'; without a readable plan no decision is
 * made, the headline says so and the exit code is 3.
 */
interface Failure { sourceId: string; code: string; level?: string; message: string }

describe('warnings and an unreadable current plan', () => {
  it('records warnings with level=warning, says "no decision" and exits 3 when the plan cannot be read', async () => {
    const dir = makeScan([
      ...SAMPLE.slice(0, 2),
      { id: 'minutes', file: 'docs/minutes.txt' },
      { id: 'web-docx', file: 'docs/plan.docx' },
      { id: 'old-export', file: 'docs/old-export.txt' },
    ], {
      'plan.pdf': '%PDF-1.7\nnot really a PDF, cut short',
      'docs/minutes.txt': 'Minutes of the meeting\n\nThe meeting opened at ten. Apologies were received. The next meeting is in May.\n',
      'docs/plan.docx': '<html><body><h1>Youth plan</h1><h2>Our priorities</h2><ul><li>Reduce knife crime among young people</li><li>Tackle child criminal exploitation</li></ul></body></html>',
      'docs/old-export.txt': Buffer.concat([Buffer.from('Our priorities\n\n- Reduce knife crime\n- Tackle '), Buffer.from([0x93]), Buffer.from('county lines'), Buffer.from([0x94]), Buffer.from(' exploitation\n')]),
    }, { plan: 'plan.pdf' });
    const out = path.join(dir, 'out');
    const r = await runCli(['run', '--out', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/^Recommendation: no decision — the current plan \(plan-2021\) could not be read/m);

    const failures = readJson<{ failures: Failure[] }>(path.join(out, '2025', 'scan.json')).failures;
    const codes = (level: string) => failures.filter((f) => f.level === level).map((f) => `${f.sourceId}:${f.code}`).sort();
    expect(codes('error')).toEqual(['plan-2021:pdf-corrupt']);
    expect(codes('warning')).toEqual(['minutes:no-priorities', 'old-export:encoding-guessed', 'plan-2021:plan-unreadable', 'web-docx:docx-is-html']);
    expect(failures.find((f) => f.code === 'no-priorities')?.message).toMatch(/no stated priorities were found/);
    expect(r.stderr).toMatch(/1 failed, 4 warning\(s\)/);
    expect(r.stderr).toMatch(/^ {2}warning: minutes \[extract\/no-priorities\]/m);

    // An unchanged rerun gives the same warnings (reused documents included) and keeps the set.
    const again = await runCli(['run', '--out', out], { cwd: dir });
    expect(again.code, again.stderr).toBe(3);
    expect(again.stderr).toMatch(/Nothing changed since run/);
    expect(again.stderr).toMatch(/1 failed, 4 warning\(s\)/);
  }, 120_000);
});
