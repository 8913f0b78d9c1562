import path from 'node:path';
import JSZip from 'jszip';
import { fetchSource, parseSource, type IngestOptions } from '../ingest/index.js';
import { unlistedSource } from '../ingest/text.js';
import type { Block } from '../schema/index.js';

/** What init looks at in a document: its own title and where that came from, and its first page. */
export interface DocumentHead {
  format: string;
  title?: string;
  /** "PDF metadata", "HTML <title>", ".docx core properties", "first heading", "first line". */
  titleFrom?: string;
  /** Headings of the first page(s), in order. */
  headings: string[];
  /** Text of the first page (capped). */
  text: string;
}

const HEAD_CHARS = 4000;
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Metadata titles that name the file or the tool, not the document. */
function plausibleTitle(t: string | undefined): t is string {
  if (!t) return false;
  const s = clean(t);
  return s.length >= 6 && /[a-z]/i.test(s) && !/^(untitled|microsoft word|document\d*|title|slide \d+)\b/i.test(s) && !/\.(docx?|pdf|html?)$/i.test(s) && s.split(' ').length >= 2;
}

/** dc:title from a .docx's docProps/core.xml (metadata only: the text is read by ingest). */
async function docxCoreTitle(bytes: Buffer): Promise<string | undefined> {
  try {
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
    const m = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core) : null;
    return m?.[1] ? clean(m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one document with the ingest stage (fetchSource + parseSource) and keeps its head. */
export async function readDocumentHead(dir: string, rel: string, opts: Partial<IngestOptions> = {}): Promise<DocumentHead> {
  const entry = unlistedSource('init', rel, { partner: 'unknown', area: 'unknown' });
  const ingest: IngestOptions = { baseDir: dir, ...opts };
  const raw = await fetchSource(entry, ingest);
  const doc = await parseSource(raw, ingest);
  // The first page, and the next one when the first is a cover with little text.
  const p1 = doc.blocks[0]?.page ?? 1;
  let first = doc.blocks.filter((b) => b.page === p1);
  if (first.reduce((n, b) => n + b.text.length, 0) < 300) first = doc.blocks.filter((b) => b.page <= p1 + 1);
  const headings = first.filter((b) => b.kind === 'heading').map((b) => clean(b.text)).filter((t) => /[a-z]/i.test(t));
  const text = first.map((b: Block) => b.text).join('\n').slice(0, HEAD_CHARS);
  const ext = path.extname(rel).toLowerCase();
  const core = doc.format === 'docx' ? await docxCoreTitle(raw.bytes) : undefined;
  const candidates: Array<[string | undefined, string]> = [
    [doc.format === 'docx' ? core : doc.format === 'text' ? undefined : doc.title, doc.format === 'pdf' ? 'PDF metadata' : doc.format === 'html' ? 'HTML <title>' : '.docx core properties'],
    [headings.find((h) => h.split(' ').length >= 2), 'first heading'],
    [first.find((b) => b.kind !== 'list_item' && clean(b.text).length >= 6)?.text, 'first line'],
  ];
  const hit = candidates.find(([t]) => plausibleTitle(t));
  const title = hit ? clean(hit[0]!) : undefined;
  return {
    format: ext === '.csv' ? 'csv' : doc.format,
    ...(title ? { title: title.length > 160 ? `${title.slice(0, 157)}...` : title, titleFrom: hit![1] } : {}),
    headings,
    text,
  };
}
