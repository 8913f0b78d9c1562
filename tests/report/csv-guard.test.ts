/** The one CSV-cell guard (src/util/spreadsheet.ts): neutralises every formula start, reversibly. */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { guardCell, spreadsheetCsv, unguardCell, UTF8_BOM } from '../../src/util/spreadsheet.js';

/** Every string of up to five characters over the characters that matter, and some that do not. */
function* strings(alphabet: string[], max: number): Generator<string> {
  let level = [''];
  yield '';
  for (let n = 1; n <= max; n++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}
const ALPHABET = ["'", '=', '+', '-', '@', '\t', '\r', '1', 'a', ' '];

describe('guardCell / unguardCell', () => {
  test('no guarded cell starts with =, +, -, @, tab or CR; unguardCell(guardCell(s)) === s', () => {
    let n = 0;
    const wrong: string[] = [];
    for (const s of strings(ALPHABET, 5)) {
      const g = guardCell(s);
      // Only an apostrophe is ever added, and only in front.
      if (/^[=+\-@\t\r]/.test(g) || unguardCell(g) !== s || (g !== s && g !== `'${s}`)) wrong.push(JSON.stringify(s));
      n++;
    }
    expect(n).toBe(111_111);
    expect(wrong).toEqual([]);
  });

  test('the OWASP payloads, including those that look like numbers', () => {
    expect(guardCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(guardCell('-1+HYPERLINK("http://x","y")')).toBe('\'-1+HYPERLINK("http://x","y")');
    expect(guardCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('+1')).toBe("'+1");
    expect(guardCell('\t=1')).toBe("'\t=1");
    expect(guardCell('\r=1')).toBe("'\r=1");
    expect(guardCell('Safer streets')).toBe('Safer streets');
    expect(guardCell("'quoted")).toBe("'quoted");
    expect(guardCell("'=x")).toBe("''=x");
  });
});

describe('spreadsheetCsv', () => {
  test('byte-order mark and header first; text guarded, numbers kept; csv-parse reads it back', () => {
    const text = spreadsheetCsv(['a', 'b', 'c'], [
      { a: '-3', b: -3, c: 'line one\r\nline "two", =x' },
      { a: null, b: undefined, c: 0.125 },
    ]);
    expect(text.startsWith(`${UTF8_BOM}a,b,c\n`)).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      { a: "'-3", b: '-3', c: 'line one\r\nline "two", =x' },
      { a: '', b: '', c: '0.125' },
    ]);
  });

  test('a piece after the first has neither byte-order mark nor header', () => {
    expect(spreadsheetCsv(['a'], [{ a: '=1' }], false)).toBe("'=1\n");
    expect(spreadsheetCsv(['a'], [])).toBe(`${UTF8_BOM}a\n`);
  });
});
