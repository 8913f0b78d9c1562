import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeEncryptedPdf, makeImageOnlyPdf } from '../ingest/helpers.js';
import { copySampleCorpus, repoRoot, runCli, type CliResult } from './helpers.js';

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Row[];

/** One entry of each bad kind, appended to the 2025 scan of the sample corpus. */
const BAD: Array<{ id: string; file: string; code: string }> = [
  { id: 'bad-missing', file: 'corpus/bad/not-there.pdf', code: 'missing-file' },
  { id: 'bad-empty', file: 'corpus/bad/empty.txt', code: 'empty-file' },
  { id: 'bad-truncated', file: 'corpus/bad/truncated.pdf', code: 'pdf-corrupt' },
  { id: 'bad-encrypted', file: 'corpus/bad/encrypted.pdf', code: 'pdf-encrypted' },
  { id: 'bad-scanned', file: 'corpus/bad/scanned.pdf', code: 'pdf-no-text' },
  { id: 'bad-docx', file: 'corpus/bad/not-a-zip.docx', code: 'docx-invalid' },
  { id: 'bad-html', file: 'corpus/bad/no-text.html', code: 'html-no-text' },
  { id: 'bad-binary', file: 'corpus/bad/image.bin', code: 'unknown-type' },
  { id: 'bad-outside', file: '../outside.txt', code: 'outside-base' },
  { id: 'bad-twin', file: 'corpus/bad/twin.html', code: 'duplicate-content' },
];

function entry(id: string, file: string): string {
  return ['', `  - id: ${id}`, `    partner: Bad ${id}`, '    partner_type: OTHER', '    area: Northmere', '    year: 2025', `    path: ${file}`].join('\n');
}

describe('a scan with one document of each bad kind', () => {
  let clean: string;
  let dirty: string;
  let cleanRun: CliResult;
  let dirtyRun: CliResult;
  let strictRun: CliResult;
  beforeAll(async () => {
    clean = copySampleCorpus();
    dirty = copySampleCorpus();
    const bad = path.join(dirty, 'corpus', 'bad');
    mkdirSync(bad);
    const pdf = readFileSync(path.join(dirty, 'corpus', 'plan', readdirFirst(path.join(dirty, 'corpus', 'plan'), '.pdf')));
    writeFileSync(path.join(bad, 'empty.txt'), '');
    writeFileSync(path.join(bad, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length * 0.4)));
    writeFileSync(path.join(bad, 'encrypted.pdf'), await makeEncryptedPdf());
    writeFileSync(path.join(bad, 'scanned.pdf'), await makeImageOnlyPdf());
    writeFileSync(path.join(bad, 'not-a-zip.docx'), 'this is not a zip file at all, just text with a .docx name\u0000\u0001');
    writeFileSync(path.join(bad, 'no-text.html'), '<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>');
    writeFileSync(path.join(bad, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    writeFileSync(path.join(dirty, '..', 'outside.txt'), 'Our priorities\n- Tackle burglary\n');
    const twinOf = path.join(dirty, 'corpus', '2025', readdirFirst(path.join(dirty, 'corpus', '2025'), '.html'));
    copyFileSync(twinOf, path.join(bad, 'twin.html'));
    appendFileSync(path.join(dirty, 'sources.yaml'), `${BAD.map((b) => entry(b.id, b.file)).join('')}\n`);
    cleanRun = await runCli(['run'], { cwd: clean });
    dirtyRun = await runCli(['run'], { cwd: dirty });
    strictRun = await runCli(['run', '--strict', '--out', 'strict-out'], { cwd: dirty });
  }, 300_000);

  it('completes with exit code 0 and lists every failure with its class and a message naming the source', () => {
    expect(cleanRun.code, cleanRun.stderr).toBe(0);
    expect(dirtyRun.code, dirtyRun.stderr).toBe(0);
    const errors = csv(path.join(dirty, 'output', '2025', 'errors.csv'));
    for (const b of BAD) {
      const row = errors.find((e) => e.source_id === b.id);
      expect(row, `${b.id} missing from errors.csv`).toBeDefined();
      expect(row!.code, b.id).toBe(b.code);
      expect((row!.message ?? '').length, b.id).toBeGreaterThan(15);
    }
    expect(errors).toHaveLength(BAD.length);
    const note = readFileSync(path.join(dirty, 'output', '2025', 'briefing-note.md'), 'utf8');
    for (const b of BAD) expect(note).toContain(b.id);
  });

  it('gives the same results for the good documents as a scan without the bad ones', () => {
    const key = (r: Row) => [r.source_id, r.page, r.section, r.text, r.kind, r.theme, r.confidence].join('|');
    const good = csv(path.join(clean, 'output', '2025', 'priorities.csv')).map(key).sort();
    const withBad = csv(path.join(dirty, 'output', '2025', 'priorities.csv')).map(key).sort();
    expect(withBad).toEqual(good);
    const themeKey = (r: Row) => [r.theme, r.tier, r.partners, r.score, r.plan_coverage].join('|');
    expect(csv(path.join(dirty, 'output', '2025', 'themes.csv')).map(themeKey)).toEqual(csv(path.join(clean, 'output', '2025', 'themes.csv')).map(themeKey));
    const decision = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'output', '2025', 'scan.json'), 'utf8')).recommendation.decision;
    expect(decision(dirty)).toBe(decision(clean));
  });

  it('--strict makes any failure fatal', () => {
    expect(strictRun.code).toBe(1);
    expect(strictRun.stderr).toMatch(/--strict: 10 document\(s\) failed/);
  });
});

function readdirFirst(dir: string, ext: string): string {
  const f = readdirSync(dir).sort().find((n) => n.endsWith(ext));
  if (!f) throw new Error(`no ${ext} file in ${dir}`);
  return f;
}
