import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSource, parseSource, readingWarnings } from '../../src/ingest/index.js';
import { htmlToBlocks, MAX_HTML_DEPTH, nestingDepth } from '../../src/ingest/html.js';
import { looksBinary } from '../../src/ingest/sniff.js';
import { redactUrl, redactUrlsIn } from '../../src/util/url.js';
import { entry, expectDocError, prng, raw } from './helpers.js';

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'planscan-harden-'));
  mkdirSync(join(base, 'folder'));
  execFileSync('mkfifo', [join(base, 'pipe.txt')]);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('not a document file (issue 18 #12)', () => {
  it('a folder, a FIFO and a device are not-a-file, not missing-file; reading a FIFO does not block', async () => {
    for (const [path, kind] of [['folder', 'a folder'], ['pipe.txt', 'a named pipe'], ['/dev/null', 'a device']] as const) {
      const error = await expectDocError(fetchSource(entry({ path }), { baseDir: base, allowOutside: true }), 'not-a-file');
      expect(error.message).toContain(`is ${kind}`);
    }
  });
});

describe('binary detection beyond the first kilobyte (issue 18 #7)', () => {
  const random = (n: number, seed: number) => {
    const next = prng(seed);
    // Random bytes without a single NUL, as in the report.
    return Buffer.from(Array.from({ length: n }, () => 1 + Math.floor(next() * 255)));
  };

  it('100 KB of random bytes without NUL is unknown-type, not a 386-page text', async () => {
    const bytes = random(100 * 1024, 7);
    expect(bytes.includes(0)).toBe(false);
    await expectDocError(parseSource(raw(bytes, { path: 'report.txt' }), { baseDir: '/' }), 'unknown-type');
  });

  it('text behind a text-like first kilobyte that turns binary is caught too', () => {
    const text = Buffer.from('Our priorities are knife crime and exploitation.\n'.repeat(30));
    expect(looksBinary(Buffer.concat([text, random(50_000, 3)]))).toBe(true);
  });

  it('real text in windows-1252, UTF-8 and UTF-16 is not binary (tabs, form feeds, Word line breaks allowed)', () => {
    expect(looksBinary(Buffer.from('Priorities\t2025\f\nKnife crime \u2013 \u201cserious violence\u201d\u000b next line\n', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.from([0x93, 0x4b, 0x6e, 0x69, 0x66, 0x65, 0x94, 0x0d, 0x0a]))).toBe(false);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Knife crime', 'utf16le')]))).toBe(false);
  });
});

describe('warnings for documents read anyway', () => {
  it('a .docx whose content is HTML is read as HTML, with a docx-is-html warning', async () => {
    const r = raw('<html><body><h1>Plan</h1><ul><li>Reduce knife crime</li></ul></body></html>', { path: 'plan.docx' });
    const doc = await parseSource(r, { baseDir: '/' });
    expect(doc.format).toBe('html');
    expect(readingWarnings(r).map((w) => w.code)).toEqual(['docx-is-html']);
  });

  it('text that is not UTF-8 and has no BOM gets an encoding-guessed warning; UTF-8 does not', () => {
    const cp1252 = Buffer.from([0x93, ...Buffer.from('Knife crime'), 0x94, 0x0a]);
    const warnings = readingWarnings(raw(cp1252, { path: 'plan.txt' }));
    expect(warnings.map((w) => w.code)).toEqual(['encoding-guessed']);
    expect(warnings[0]?.message).toMatch(/read as windows-1252/);
    expect(readingWarnings(raw('\u201cKnife crime\u201d\n', { path: 'plan.txt' }))).toEqual([]);
  });
});

describe('HTML nesting', () => {
  it('nestingDepth is linear and ignores void, implicitly closed and raw-text elements', () => {
    expect(nestingDepth('<div><p>a<p>b<br><img src=x><div><span>c</span></div></div>')).toBe(3);
    expect(nestingDepth(`<script>${'<div>'.repeat(5000)}</script><p>x`)).toBe(0);
    expect(nestingDepth(`${'<li>'.repeat(5000)}`)).toBe(0);
    // Unclosed formatting re-opened after each paragraph stays shallow (as a browser builds it); nested formatting does not.
    expect(nestingDepth(`<body>${'<p><b><i><font>'.repeat(3000)}x`)).toBeLessThan(60);
    expect(nestingDepth(`<body>${'<b>'.repeat(3000)}x`)).toBe(3001);
    const t0 = performance.now();
    expect(nestingDepth('<div>'.repeat(1_000_000))).toBe(1_000_000);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it(`a page nested just under the limit (${MAX_HTML_DEPTH - 10} levels) is walked without recursion; one over is too-complex`, () => {
    const depth = MAX_HTML_DEPTH - 10;
    const page = `<body>${'<div><ul><li>'.repeat(depth / 3)}Reduce knife crime${'</li></ul></div>'.repeat(depth / 3)}</body>`;
    const parsed = htmlToBlocks(page);
    expect(parsed.blocks.map((b) => b.text)).toContain('Reduce knife crime');
    expect(() => htmlToBlocks(`${'<section>'.repeat(MAX_HTML_DEPTH + 1)}x`)).toThrow(/nested more than 1000 levels/);
  });
});

describe('URLs in outputs (issue 18 #9)', () => {
  it('drops user:pass and redacts secret-looking query values, keeping ordinary ones', () => {
    expect(redactUrl('http://user:pass@host.example/x.pdf')).toBe('http://host.example/x.pdf');
    expect(redactUrl('https://h.example/doc?id=12&token=abc&sig=zz')).toBe('https://h.example/doc?id=12&token=REDACTED&sig=REDACTED');
    expect(redactUrl('https://h.example/doc?x=AbCdEfGhIjKlMnOpQrStUvWxYz0123')).toBe('https://h.example/doc?x=REDACTED');
    expect(redactUrlsIn('request to http://a:b@h.example/p?api_key=1 failed')).toBe('request to http://h.example/p?api_key=REDACTED failed');
  });
});
