/** The note as a sequence of paragraphs and lists/tables (with their sizes), per format: for count checks. */
import { readFile } from 'node:fs/promises';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';

export type Unit = { kind: 'p'; text: string } | { kind: 'items'; n: number };

/** "6 themes:", "The highest-scoring 15 business themes:", "5 gaps against the plan, highest score first:". */
const INTRO = /(\d+) (?:[\w-]+ ){0,3}(themes?|priorities|priority|partners?|gaps?)\b[^.;]*:\s*\)?:?\s*$/;

/** Each intro sentence with the size of the list or table after it (captions between are skipped). */
export function claims(units: Unit[]): Array<{ text: string; said: number; found: number | null }> {
  const out: Array<{ text: string; said: number; found: number | null }> = [];
  units.forEach((u, i) => {
    if (u.kind !== 'p') return;
    const m = INTRO.exec(u.text.trim());
    if (!m) return;
    const next = units.slice(i + 1).find((x) => x.kind === 'items' || !/^(Figure|\*)/.test(x.text));
    out.push({ text: u.text, said: Number(m[1]), found: next?.kind === 'items' ? next.n : null });
  });
  return out;
}

export function mdUnits(md: string): Unit[] {
  return md.split(/\n{2,}/).map((chunk): Unit => {
    const lines = chunk.trim().split('\n');
    if (lines.every((l) => /^(- |\d+\. )/.test(l))) return { kind: 'items', n: lines.length };
    if (lines[0]!.startsWith('|')) return { kind: 'items', n: lines.length - 2 };
    if (/^\*[^*].*\*$/.test(chunk.trim())) return { kind: 'p', text: '*caption' };
    return { kind: 'p', text: chunk.replace(/^\*\*[\d.]+\*\* /, '').replace(/\*\*/g, '').replace(/\\(.)/g, '$1') };
  });
}

export function htmlUnits(html: string): Unit[] {
  const $ = cheerio.load(html);
  const units: Unit[] = [];
  $('main section').children().each((_, el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'p') units.push({ kind: 'p', text: $(el).clone().find('.pn').remove().end().text() });
    else if (tag === 'ul' || tag === 'ol') units.push({ kind: 'items', n: $(el).children('li').length });
    else if (tag === 'table') units.push({ kind: 'items', n: $(el).find('tbody > tr').length });
  });
  return units;
}

export async function docxUnits(file: string): Promise<Unit[]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const $ = cheerio.load((await zip.file('word/document.xml')!.async('string'))!, { xml: true });
  const units: Unit[] = [];
  $('w\\:body').children().each((_, el) => {
    if (el.tagName === 'w:tbl') {
      units.push({ kind: 'items', n: $(el).children('w\\:tr').length - $(el).find('w\\:tblHeader').length });
      return;
    }
    if (el.tagName !== 'w:p') return;
    const text = $(el).find('w\\:t').map((__, t) => $(t).text()).get().join('');
    const last = units.at(-1);
    if ($(el).find('w\\:numPr').length || $(el).find('w\\:pPr > w\\:numPr').length) {
      if (last?.kind === 'items' && (last as { list?: boolean }).list) last.n++;
      else units.push(Object.assign({ kind: 'items' as const, n: 1 }, { list: true }));
      return;
    }
    if (!text.trim()) return;
    const italicCaption = $(el).find('w\\:r').length > 0 && $(el).find('w\\:r').toArray().every((r) => $(r).find('w\\:i').length > 0);
    units.push({ kind: 'p', text: italicCaption ? '*caption' : text.replace(/^\d+\.\d+\t/, '') });
  });
  return units;
}

