import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSource, parseSource } from '../../src/ingest/index.js';
import { sha256 } from '../../src/ingest/fetch.js';
import { entry, expectDocError, makePlanPdf } from './helpers.js';

let root: string;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'planscan-ingest-'));
  base = join(root, 'scan');
  mkdirSync(join(base, 'docs'), { recursive: true });
  writeFileSync(join(base, 'docs', 'plan.pdf'), await makePlanPdf());
  writeFileSync(join(base, 'docs', 'empty.txt'), '');
  writeFileSync(join(base, 'docs', 'big.txt'), 'x'.repeat(2048));
  writeFileSync(join(root, 'secret.txt'), 'outside the scan folder');
  symlinkSync(join(root, 'secret.txt'), join(base, 'docs', 'link.txt'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fetchSource from a path', () => {
  it('reads a file relative to baseDir and hashes it, and the bytes parse', async () => {
    const e = entry({ path: 'docs/plan.pdf' });
    const r = await fetchSource(e, { baseDir: base });
    expect(r.entry).toBe(e);
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.contentHash).toBe(sha256(r.bytes));
    const doc = await parseSource(r, { baseDir: base });
    expect(doc).toMatchObject({ sourceId: 'csp-north', format: 'pdf', pages: 3, contentHash: r.contentHash, bytes: r.bytes.length });
  });

  it('reports a missing file, naming the source and the path', async () => {
    const error = await expectDocError(fetchSource(entry({ path: 'docs/nope.pdf' }), { baseDir: base }), 'missing-file');
    expect(error.stage).toBe('read');
    expect(error.message).toContain('csp-north (docs/nope.pdf)');
    await expectDocError(fetchSource(entry({ path: 'docs' }), { baseDir: base }), 'not-a-file');
  });

  it('refuses paths outside baseDir, including through a symlink, unless allowOutside', async () => {
    await expectDocError(fetchSource(entry({ path: '../secret.txt' }), { baseDir: base }), 'outside-base');
    await expectDocError(fetchSource(entry({ path: join(root, 'secret.txt') }), { baseDir: base }), 'outside-base');
    await expectDocError(fetchSource(entry({ path: 'docs/link.txt' }), { baseDir: base }), 'outside-base');
    const r = await fetchSource(entry({ path: '../secret.txt' }), { baseDir: base, allowOutside: true });
    expect(r.bytes.toString()).toBe('outside the scan folder');
  });

  it('reports empty and oversized files', async () => {
    await expectDocError(fetchSource(entry({ path: 'docs/empty.txt' }), { baseDir: base }), 'empty-file');
    await expectDocError(fetchSource(entry({ path: 'docs/big.txt' }), { baseDir: base, maxBytes: 1024 }), 'too-large');
  });
});
