/**
 * Turns labelled evaluation documents (text with a `key: value` header ending in `---`) into the
 * formats partners publish in (.pdf, .docx, .html), for testing `planscan init` on real text in
 * real files. Run at test time into a temporary folder: the converted text is never committed.
 *
 *   node dist/scripts/eval-to-formats.js OUT_DIR FILE...
 *
 * The document's title goes where publishers put it (PDF Title metadata and a large first line;
 * a .docx Heading 1 and core title; an HTML <title> and <h1>); file names are neutral (doc-01.pdf)
 * so that nothing is guessed from them. Returns the header of each document, as the answer key.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document as DocxDocument, HeadingLevel, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

export interface Converted {
  file: string;
  source: string;
  header: Record<string, string>;
}

export function readEvalDoc(file: string): { header: Record<string, string>; body: string[] } {
  const text = readFileSync(file, 'utf8');
  const cut = text.indexOf('\n---\n');
  const header: Record<string, string> = {};
  for (const l of text.slice(0, cut).split('\n')) {
    const m = /^([a-z_]+):\s*(.*)$/.exec(l);
    if (m) header[m[1]!] = m[2]!.trim();
  }
  const body = text.slice(cut + 5).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { header, body };
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const bullet = /^[•\-*]\s+/;

function html(title: string, body: string[]): string {
  const parts = body.map((p) => (bullet.test(p) ? `<ul><li>${esc(p.replace(bullet, ''))}</li></ul>` : `<p>${esc(p)}</p>`));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${parts.join('\n')}</body></html>\n`;
}

async function docx(title: string, body: string[]): Promise<Buffer> {
  const doc = new DocxDocument({
    title,
    sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), ...body.map((p) => new Paragraph({ text: p }))] }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

function pdf(title: string, body: string[]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ info: { Title: title, CreationDate: new Date('2000-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.font('Helvetica-Bold').fontSize(20).text(title);
    doc.moveDown();
    doc.font('Helvetica').fontSize(10.5);
    for (const p of body) doc.text(p).moveDown(0.5);
    doc.end();
  });
}

/** Converts `files` in turn to .pdf, .docx and .html under `outDir` (doc-01.pdf, doc-02.docx, …). */
export async function convertEvalDocs(files: string[], outDir: string): Promise<Converted[]> {
  const out: Converted[] = [];
  for (const [i, f] of files.entries()) {
    const { header, body } = readEvalDoc(f);
    const title = header.title ?? path.basename(f);
    const ext = ['pdf', 'docx', 'html'][i % 3]!;
    const file = path.join(outDir, `doc-${String(i + 1).padStart(2, '0')}.${ext}`);
    writeFileSync(file, ext === 'pdf' ? await pdf(title, body) : ext === 'docx' ? await docx(title, body) : html(title, body));
    out.push({ file, source: f, header });
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [outDir, ...files] = process.argv.slice(2);
  if (!outDir || files.length === 0) {
    process.stderr.write('usage: eval-to-formats OUT_DIR FILE...\n');
    process.exit(2);
  }
  for (const c of await convertEvalDocs(files, outDir)) process.stdout.write(`${c.file}\t${path.basename(c.source)}\n`);
}
