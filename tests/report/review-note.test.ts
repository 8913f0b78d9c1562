import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBrief, buildNote, inlineText, writeReports, type ReportInput } from '../../src/report/index.js';

const noteOf = (input: ReportInput) => buildNote(buildBrief(input));
import { makeInput } from './fixture.js';
import { docxParagraphs, docxText, htmlText, mdText, tempDir } from './helpers.js';

const REVIEW = { reviewed: 42, overridden: 5, excluded: 2, kappaKind: 0.8123, kappaTheme: 0.7, percentKind: 92.5 };
const SENTENCE =
  "Analyst review: 42 priorities were reviewed by an analyst; 5 were overridden (kind or theme changed) and 2 excluded as not stated priorities. " +
  "On the 40 reviewed priorities kept, the machine classification agreed with the analyst on kind for 92.5% (Cohen's κ 0.81 for kind, 0.70 for theme).";

describe('analyst review in the methodology section', () => {
  test('the note puts the sentence in the methodology section, and only when a review exists', () => {
    const methodology = (m: ReturnType<typeof noteOf>) => m.body.find((s) => s.id === 'methodology')!;
    const paras = methodology(noteOf({ ...makeInput(), review: REVIEW })).blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []));
    expect(paras.some((p) => p.startsWith(SENTENCE))).toBe(true);
    const none = methodology(noteOf(makeInput())).blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []));
    expect(none.some((p) => p.includes('Analyst review'))).toBe(false);
    const zero = methodology(noteOf({ ...makeInput(), review: { ...REVIEW, reviewed: 0 } }));
    expect(zero.blocks.some((b) => b.type === 'paragraph' && inlineText(b.content).includes('Analyst review'))).toBe(false);
  });

  test('the sentence, with κ for kind and theme, appears in Markdown, HTML and Word', async () => {
    const out = await tempDir();
    await writeReports({ ...makeInput(), review: REVIEW }, out);
    const md = mdText(await readFile(join(out, '2025', 'briefing-note.md'), 'utf8'));
    const html = htmlText(await readFile(join(out, '2025', 'briefing-note.html'), 'utf8'));
    const docx = docxText((await docxParagraphs(join(out, '2025', 'briefing-note.docx'))).paras);
    for (const [name, text] of [['md', md], ['html', html], ['docx', docx]] as const) {
      expect(text, name).toContain(SENTENCE);
    }
  });

  test('undefined κ is said in words', () => {
    const m = noteOf({ ...makeInput(), review: { reviewed: 1, overridden: 0, excluded: 0, kappaKind: null, kappaTheme: null, percentKind: 100 } });
    const text = m.body.find((s) => s.id === 'methodology')!.blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : '')).join(' ');
    expect(text).toContain("Analyst review: 1 priority was reviewed by an analyst; 0 were overridden");
    expect(text).toContain("Cohen's κ not defined (one category only) for kind");
  });
});
