/** Shared helpers for report tests: temp dirs, extracting text from the three note formats. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';

export { tempDir } from '../shared-fixtures.js';

/** Paragraphs of word/document.xml as { style, text } (text = all w:t in the paragraph). */
export async function docxParagraphs(file: string): Promise<{ zip: JSZip; xml: string; paras: Array<{ style: string; text: string }> }> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const $ = cheerio.load(xml, { xml: true });
  const paras: Array<{ style: string; text: string }> = [];
  $('w\\:p').each((_, p) => {
    const style = $(p).find('w\\:pPr > w\\:pStyle').attr('w:val') ?? '';
    const text = $(p).find('w\\:t').map((__, t) => $(t).text()).get().join('');
    paras.push({ style, text });
  });
  return { zip, xml, paras };
}

/** Section headings of each format, in order. */
export function mdHeadings(md: string): string[] {
  return md
    .split('\n')
    .filter((l) => /^#{2,6} /.test(l))
    .map((l) => l.replace(/^#+ /, '').replace(/\\(.)/g, '$1'));
}

export function htmlHeadings(html: string): string[] {
  const $ = cheerio.load(html);
  return $('main section').children('h2, h3, h4, h5').map((_, h) => $(h).text()).get();
}

export function docxHeadings(paras: Array<{ style: string; text: string }>): string[] {
  return paras.filter((p) => /^Heading\d$/.test(p.style)).map((p) => p.text);
}

/** Normalised plain text of each format, for comparing key sentences. */
export function htmlText(html: string): string {
  const $ = cheerio.load(html);
  $('svg').remove();
  return $('main').text().replace(/\s+/g, ' ');
}
export function mdText(md: string): string {
  return md.replace(/\\(.)/g, '$1').replace(/\*\*/g, '').replace(/\s+/g, ' ');
}
export function docxText(paras: Array<{ text: string }>): string {
  return paras.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
}
