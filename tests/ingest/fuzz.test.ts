import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/ingest/index.js';
import { DocumentError } from '../../src/schema/index.js';
import { makePlanDocx, makePlanPdf, prng, raw } from './helpers.js';

/**
 * Bounded fuzzing: whatever bytes arrive, parseSource must resolve or reject with a
 * DocumentError, promptly. Any other error class is a bug; a hang fails on the time bound.
 * Seeds are fixed, so a failure names the case and replays exactly.
 */
const CASE_LIMIT_MS = 15_000;
const NAMES = ['doc.pdf', 'doc.docx', 'doc.html', 'doc.txt', 'survey.csv', 'download'];

async function outcome(bytes: Buffer, path: string): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CASE_LIMIT_MS);
  });
  const run = parseSource(raw(bytes, { path }), { baseDir: '/' }).then(
    () => 'ok',
    (error: unknown) => (error instanceof DocumentError ? `DocumentError:${error.code}` : `BUG: ${String(error)}`),
  );
  try {
    return await Promise.race([run, bound]);
  } finally {
    clearTimeout(timer);
  }
}

function mutate(seed: Buffer, rand: () => number): Buffer {
  const out = Buffer.from(seed);
  const pick = rand();
  if (pick < 0.4) {
    // Flip a handful of bytes.
    const flips = 1 + Math.floor(rand() * 20);
    for (let i = 0; i < flips; i++) out[Math.floor(rand() * out.length)] = Math.floor(rand() * 256);
    return out;
  }
  if (pick < 0.7) return out.subarray(0, Math.floor(rand() * out.length)); // truncate
  // Overwrite a run with random bytes.
  const start = Math.floor(rand() * out.length);
  const len = Math.min(out.length - start, 1 + Math.floor(rand() * 512));
  for (let i = start; i < start + len; i++) out[i] = Math.floor(rand() * 256);
  return out;
}

describe('fuzz', () => {
  it('random bytes under every kind of name', async () => {
    const rand = prng(20250101);
    for (let i = 0; i < 40; i++) {
      const bytes = Buffer.alloc(Math.floor(rand() * 4096));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
      // Some cases start with a real magic number, to get past sniffing into the parsers.
      if (i % 4 === 1) Buffer.from('%PDF-1.7\n').copy(bytes);
      if (i % 4 === 2) Buffer.from([0x50, 0x4b, 0x03, 0x04]).copy(bytes);
      const name = NAMES[i % NAMES.length] ?? 'download';
      const result = await outcome(bytes, name);
      expect(result, `case ${i} (${name}, ${bytes.length} bytes)`).toMatch(/^(ok|DocumentError:)/);
    }
  });

  it('randomly mutated real PDF, .docx, HTML and CSV files', async () => {
    const seeds: Array<[string, Buffer]> = [
      ['plan.pdf', await makePlanPdf()],
      ['plan.docx', await makePlanDocx()],
      ['plan.html', readFileSync(new URL('../fixtures/ingest/csp-plan.html', import.meta.url))],
      ['survey.csv', Buffer.from('partner,partner_type,area,priority,rank\nA,CSP,North,Burglary,1\nB,SAB,South,"Neglect, of adults",2\n')],
    ];
    const rand = prng(7);
    for (let i = 0; i < 80; i++) {
      const [name, seed] = seeds[i % seeds.length] ?? seeds[0]!;
      const result = await outcome(mutate(seed, rand), name);
      expect(result, `case ${i} (mutated ${name})`).toMatch(/^(ok|DocumentError:)/);
    }
  });
});
