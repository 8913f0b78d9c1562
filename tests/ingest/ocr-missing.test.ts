import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { expectDocError, makeImageOnlyPdf, raw } from './helpers.js';

/**
 * OCR requested on a machine without tesseract/pdftoppm: PATH points at an empty folder before
 * planscan first looks the commands up (the lookup is cached per process, and vitest runs each
 * test file in its own module graph, so this does not leak into ocr.test.ts).
 */
const empty = mkdtempSync(join(tmpdir(), 'planscan-test-nopath-'));
const savedPath = process.env.PATH;
afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(empty, { recursive: true, force: true });
});

describe('OCR requested but not installed', () => {
  it('still fails as pdf-no-text, naming the missing commands and the Debian packages', async () => {
    process.env.PATH = empty;
    const error = await expectDocError(parseSource(raw(await makeImageOnlyPdf()), { baseDir: '/', ocr: true }), 'pdf-no-text');
    expect(error.hint).toContain('`pdftoppm` and `tesseract` are not installed');
    expect(error.hint).toContain('apt-get install poppler-utils tesseract-ocr');
  });
});
