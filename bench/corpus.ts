/**
 * Synthetic corpus for the benchmark: PDFs (pdfkit) of varied length, ~15% .docx (docx) and ~15%
 * HTML pages, plus one current Police and Crime Plan, and a sources.yaml listing them.
 * A corpus is keyed by (docs, pagesPerDoc, seed) and reused when its manifest matches.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import {
  AlignmentType, Document as DocxDocument, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import YAML from 'yaml';
import { SourcesFile } from '../src/schema/source.js';
import { makeRng, pageTarget, type Rng } from './rng.js';
import {
  AREA, DISTRICTS, NATIONAL_KIND, PARTNER_KINDS, WORDS_PER_PAGE, bodySection, choosePriorities, frontSections,
  paragraph, sectionWords, THEMES, type DocMeta, type DocTypeId, type Inline, type PartnerKind, type Section,
} from './phrases.js';

export const GENERATOR_VERSION = 1;
export const SCAN_YEAR = 2026;

export type CorpusFormat = 'pdf' | 'docx' | 'html';

export interface CorpusFile {
  id: string;
  path: string; // relative to the corpus dir (and to sources.yaml)
  format: CorpusFormat;
  role: 'current_plan' | 'partner' | 'national';
  /** Real page count for PDFs; 1 for docx/html (no pages). */
  pages: number;
  bytes: number;
}

export interface CorpusManifest {
  generator: number;
  docs: number;
  pagesPerDoc: number;
  seed: number;
  files: CorpusFile[];
  generateMs: number;
  totals: { pdf: number; docx: number; html: number; pdfPages: number; pages: number; bytes: number };
}

export interface CorpusOptions { docs: number; pagesPerDoc: number; seed: number; log?: (msg: string) => void }

export function corpusDirName(o: CorpusOptions, defaults: { pagesPerDoc: number; seed: number }): string {
  let name = `corpus-${o.docs}`;
  if (o.pagesPerDoc !== defaults.pagesPerDoc) name += `-p${o.pagesPerDoc}`;
  if (o.seed !== defaults.seed) name += `-s${o.seed}`;
  return name;
}

async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Reuse `dir` if its manifest matches the options and all files are there; otherwise (re)generate. */
export async function ensureCorpus(dir: string, o: CorpusOptions): Promise<{ manifest: CorpusManifest; reused: boolean }> {
  const manifestFile = path.join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    try {
      const m = JSON.parse(await readFile(manifestFile, 'utf8')) as CorpusManifest;
      const ok = m.generator === GENERATOR_VERSION && m.docs === o.docs && m.pagesPerDoc === o.pagesPerDoc && m.seed === o.seed
        && existsSync(path.join(dir, 'sources.yaml'))
        && (await Promise.all(m.files.map(async (f) => (await stat(path.join(dir, f.path)).catch(() => null))?.size === f.bytes))).every(Boolean);
      if (ok) return { manifest: m, reused: true };
      o.log?.(`corpus ${dir}: manifest does not match (or files changed); regenerating`);
    } catch {
      o.log?.(`corpus ${dir}: unreadable manifest; regenerating`);
    }
  }
  await rm(dir, { recursive: true, force: true });
  const manifest = await generateCorpus(dir, o);
  return { manifest, reused: false };
}

interface Planned {
  meta: DocMeta;
  format: CorpusFormat;
  role: CorpusFile['role'];
  docType: DocTypeId | 'police_and_crime_plan';
  partnerType: string;
  targetPages: number;
  seed: number;
}

function plan(o: CorpusOptions): Planned[] {
  const rng = makeRng(o.seed);
  const out: Planned[] = [];
  const used = new Set<string>();
  // The current plan: a long OPCC document (PDF), always first.
  out.push({
    meta: {
      id: `pcp-${AREA.toLowerCase()}-${SCAN_YEAR - 1}`, title: `Police and Crime Plan ${SCAN_YEAR - 1}–${SCAN_YEAR + 3}`,
      partner: `Office of the Police and Crime Commissioner for ${AREA}`, district: AREA, year: SCAN_YEAR - 1,
      kind: { ...NATIONAL_KIND, type: 'NATIONAL', focus: Object.keys(THEMES) },
    },
    format: 'pdf', role: 'current_plan', docType: 'police_and_crime_plan', partnerType: 'OPCC',
    targetPages: Math.max(12, 2 * o.pagesPerDoc), seed: rng.int(1, 2 ** 31),
  });
  for (let i = 1; i < o.docs; i++) {
    const r = rng.next();
    const format: CorpusFormat = r < 0.15 ? 'docx' : r < 0.30 ? 'html' : 'pdf';
    const national = format === 'html' && rng.chance(0.2);
    const kind: PartnerKind = national ? NATIONAL_KIND : rng.pick(PARTNER_KINDS);
    const district = rng.pick(DISTRICTS);
    const partner = kind.names(district);
    const dt = rng.pick(kind.docTypes);
    const title = dt.title(partner, SCAN_YEAR);
    let id = `${kind.type.toLowerCase()}-${district.toLowerCase().replace(/[^a-z]+/g, '-')}-${dt.docType.replace(/_/g, '-')}`;
    if (kind.type === 'POLICE' || kind.type === 'FIRE' || kind.type === 'PROBATION' || kind.type === 'HEALTH' || national) {
      id = `${kind.type.toLowerCase()}-${dt.docType.replace(/_/g, '-')}`;
    }
    id = `${id}-${String(i).padStart(4, '0')}`;
    if (used.has(id)) id = `${id}-x`;
    used.add(id);
    out.push({
      meta: { id, title, partner, district: national ? AREA : district, year: SCAN_YEAR, kind },
      format, role: national ? 'national' : 'partner', docType: dt.docType, partnerType: kind.type,
      targetPages: pageTarget(rng, o.pagesPerDoc), seed: rng.int(1, 2 ** 31),
    });
  }
  return out;
}

/** Sections for a document until `enough()` says stop (PDF: pages; others: words). */
function* sections(rng: Rng, meta: DocMeta): Generator<Section> {
  const priorities = choosePriorities(rng, meta.kind);
  yield* frontSections(rng, meta, priorities);
  for (let i = 0; ; i++) yield bodySection(rng, meta, priorities, i);
}

// ---------- PDF ----------

async function renderPdf(p: Planned, file: string): Promise<number> {
  const rng = makeRng(p.seed);
  const { meta } = p;
  const doc = new PDFDocument({
    size: 'A4', bufferPages: true, margins: { top: 64, bottom: 72, left: 64, right: 64 },
    info: { Title: meta.title, Author: meta.partner, Subject: `${meta.partner} – ${meta.year}`, Creator: 'planscan bench corpus generator', Producer: 'pdfkit' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => { doc.on('end', () => resolve()); doc.on('error', reject); });
  const body = rng.chance(0.5) ? 'Helvetica' : 'Times-Roman';
  const bold = body === 'Helvetica' ? 'Helvetica-Bold' : 'Times-Bold';
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (h: number) => { if (doc.y + h > bottom()) doc.addPage(); };

  // Title page
  doc.font(bold).fontSize(26).text(meta.title, left, 220, { width, align: 'left' });
  doc.moveDown(1).font(body).fontSize(14).text(meta.partner, { width });
  doc.moveDown(0.5).fontSize(12).text(p.role === 'current_plan' ? `Published April ${meta.year}` : `Version 1.${rng.int(0, 4)} – ${rng.pick(['March', 'April', 'June', 'September'])} ${meta.year}`, { width });
  doc.moveDown(6).fontSize(9).text(`If you would like this document in another format or language, please contact the ${meta.partner}.`, { width });

  const pages = () => doc.bufferedPageRange().count;
  const it = sections(rng, meta);
  let first = true;
  while (first || pages() < p.targetPages) {
    const s = it.next().value as Section;
    if (first) { doc.addPage(); first = false; }
    if (s.level === 1 && doc.y > doc.page.margins.top + 300) doc.addPage();
    ensure(60);
    doc.x = left;
    doc.moveDown(0.6).font(bold).fontSize(s.level === 1 ? 17 : 13).text(s.heading, left, doc.y, { width });
    doc.moveDown(0.4);
    for (const b of s.body) renderPdfInline(doc, b, { body, bold, left, width, ensure });
    if (pages() > p.targetPages + 1) break;
  }
  // Footer on every page except the title page.
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    const m = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(body).fontSize(8).fillColor('#555555')
      .text(`${meta.title}`, left, doc.page.height - 44, { width: width - 80, lineBreak: false })
      .text(`Page ${i + 1} of ${range.count}`, left + width - 80, doc.page.height - 44, { width: 80, align: 'right', lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = m;
  }
  const count = range.count;
  doc.end();
  await done;
  await writeFile(file, Buffer.concat(chunks));
  return count;
}

function renderPdfInline(
  doc: PDFKit.PDFDocument, b: Inline,
  o: { body: string; bold: string; left: number; width: number; ensure: (h: number) => void },
): void {
  const { body, bold, left, width, ensure } = o;
  if (b.kind === 'p') {
    ensure(30);
    doc.font(body).fontSize(10.5).text(b.text, left, doc.y, { width, align: 'justify', lineGap: 2 });
    doc.moveDown(0.6);
  } else if (b.kind === 'priority') {
    ensure(50);
    doc.font(bold).fontSize(11).text(`Priority ${b.n}: ${b.title}`, left, doc.y, { width });
    doc.moveDown(0.2).font(body).fontSize(10.5).text(b.text, left, doc.y, { width, align: 'justify', lineGap: 2 });
    doc.moveDown(0.6);
  } else if (b.kind === 'list') {
    doc.font(body).fontSize(10.5);
    b.items.forEach((item, i) => {
      ensure(28);
      const y = doc.y;
      doc.text(b.ordered ? `${i + 1}.` : '•', left + 10, y, { width: 18, lineBreak: false });
      doc.text(item, left + 30, y, { width: width - 30, lineGap: 1 });
      doc.moveDown(0.25);
    });
    doc.moveDown(0.4);
  } else {
    const cols = b.header.length;
    const cw = width / cols;
    const row = (cells: string[], font: string) => {
      ensure(18);
      const y = doc.y;
      doc.font(font).fontSize(9.5);
      cells.forEach((c, i) => doc.text(c, left + i * cw, y, { width: cw - 6, lineBreak: false }));
      doc.y = y + 15;
    };
    row(b.header, bold);
    for (const r of b.rows) row(r, body);
    doc.x = left;
    doc.moveDown(0.6);
  }
}

// ---------- DOCX ----------

async function renderDocx(p: Planned, file: string): Promise<void> {
  const rng = makeRng(p.seed);
  const { meta } = p;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: meta.partner, bold: true })] }),
    new Paragraph({ text: `${rng.pick(['March', 'April', 'May'])} ${meta.year}` }),
  ];
  const it = sections(rng, meta);
  let words = 0;
  let listN = 0;
  const target = p.targetPages * WORDS_PER_PAGE;
  while (words < target) {
    const s = it.next().value as Section;
    words += sectionWords(s);
    children.push(new Paragraph({ text: s.heading, heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    for (const b of s.body) {
      if (b.kind === 'p') children.push(new Paragraph({ text: b.text }));
      else if (b.kind === 'priority') {
        children.push(new Paragraph({ children: [new TextRun({ text: `Priority ${b.n}: ${b.title}`, bold: true })] }));
        children.push(new Paragraph({ text: b.text }));
      } else if (b.kind === 'list') {
        const instance = listN++;
        for (const item of b.items) {
          children.push(b.ordered
            ? new Paragraph({ text: item, numbering: { reference: 'priorities', level: 0, instance } })
            : new Paragraph({ text: item, bullet: { level: 0 } }));
        }
      } else {
        children.push(new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [b.header, ...b.rows].map((cells, ri) => new TableRow({
            children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: ri === 0 })] })] })),
          })),
        }));
      }
    }
  }
  const docx = new DocxDocument({
    creator: meta.partner, title: meta.title, description: `${meta.partner} ${meta.year}`,
    numbering: {
      config: [{ reference: 'priorities', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun(`${meta.title} – page `), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
      children,
    }],
  });
  await writeFile(file, await Packer.toBuffer(docx));
}

// ---------- HTML ----------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function renderHtml(p: Planned, file: string): Promise<void> {
  const rng = makeRng(p.seed);
  const { meta } = p;
  const parts: string[] = [];
  const it = sections(rng, meta);
  let words = 0;
  const target = p.targetPages * WORDS_PER_PAGE;
  while (words < target) {
    const s = it.next().value as Section;
    words += sectionWords(s);
    const h = s.level === 1 ? 'h2' : 'h3';
    parts.push(`<section>\n<${h} id="s${parts.length}">${esc(s.heading)}</${h}>`);
    for (const b of s.body) {
      if (b.kind === 'p') parts.push(`<p>${esc(b.text)}</p>`);
      else if (b.kind === 'priority') parts.push(`<h4>Priority ${b.n}: ${esc(b.title)}</h4>\n<p>${esc(b.text)}</p>`);
      else if (b.kind === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        parts.push(`<${tag}>\n${b.items.map((x) => `  <li>${esc(x)}</li>`).join('\n')}\n</${tag}>`);
      } else {
        parts.push(`<table class="data">\n<thead><tr>${b.header.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`);
      }
    }
    parts.push('</section>');
  }
  const site = p.role === 'national' ? 'GOV.UK' : `${meta.district} Council`;
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)} - ${esc(site)}</title>
<meta name="description" content="${esc(paragraph(rng, meta, 1))}">
<link rel="stylesheet" href="/assets/css/main.css">
<script async src="/assets/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on ${esc(site)}">
  <p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<a href="#main" class="skip-link">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo">${esc(site)}</a>
  <nav aria-label="Main"><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/community-safety">Community safety</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
  <form action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/community-safety">Community safety</a></li><li>${esc(meta.title)}</li></ol></nav>
<main id="main">
<article>
<h1>${esc(meta.title)}</h1>
<p class="meta">Published by ${esc(meta.partner)} · Last updated ${rng.int(1, 28)} ${rng.pick(['March', 'April', 'May'])} ${meta.year}</p>
${parts.join('\n')}
</article>
<aside class="related"><h2>Related content</h2><ul><li><a href="/asb">Report anti-social behaviour</a></li><li><a href="/domestic-abuse">Domestic abuse support</a></li></ul></aside>
</main>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul><p>© ${esc(site)} ${meta.year}</p></footer>
<script src="/assets/js/main.js"></script>
</body>
</html>
`;
  await writeFile(file, html);
}

// ---------- corpus ----------

async function generateCorpus(dir: string, o: CorpusOptions): Promise<CorpusManifest> {
  const t0 = performance.now();
  for (const sub of ['pdf', 'docx', 'html']) await mkdir(path.join(dir, sub), { recursive: true });
  const planned = plan(o);
  const files: CorpusFile[] = [];
  const entries: Array<Record<string, unknown>> = [];
  let lastLog = performance.now();
  for (const [i, p] of planned.entries()) {
    const rel = `${p.format}/${p.meta.id}.${p.format}`;
    const abs = path.join(dir, rel);
    let pages = 1;
    if (p.format === 'pdf') pages = await renderPdf(p, abs);
    else if (p.format === 'docx') await renderDocx(p, abs);
    else await renderHtml(p, abs);
    const bytes = (await stat(abs)).size;
    files.push({ id: p.meta.id, path: rel, format: p.format, role: p.role, pages, bytes });
    entries.push({
      id: p.meta.id, role: p.role, partner: p.meta.partner, partner_type: p.partnerType,
      area: p.meta.district, doc_type: p.docType, year: p.meta.year, title: p.meta.title, path: rel,
    });
    if (o.log && performance.now() - lastLog > 5000) {
      o.log(`corpus: ${i + 1}/${planned.length} documents written`);
      lastLog = performance.now();
    }
  }
  const plan0 = planned[0];
  const sourcesDoc = {
    scan: {
      name: `planscan benchmark (synthetic corpus, ${o.docs} documents)`,
      area: AREA, year: SCAN_YEAR, current_plan: plan0?.meta.id, next_election: '2028-05-04',
    },
    sources: entries,
  };
  // Fail early if the generator drifts from the project's schema.
  const check = SourcesFile.safeParse(sourcesDoc);
  if (!check.success) throw new Error(`generated sources.yaml does not match src/schema/source.ts: ${check.error.message}`);
  await writeAtomic(path.join(dir, 'sources.yaml'), `# Generated by bench/corpus.ts (seed ${o.seed}); do not edit.\n${YAML.stringify(sourcesDoc)}`);
  const count = (f: CorpusFormat) => files.filter((x) => x.format === f).length;
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION, docs: o.docs, pagesPerDoc: o.pagesPerDoc, seed: o.seed, files,
    generateMs: Math.round(performance.now() - t0),
    totals: {
      pdf: count('pdf'), docx: count('docx'), html: count('html'),
      pdfPages: files.filter((f) => f.format === 'pdf').reduce((a, f) => a + f.pages, 0),
      pages: files.reduce((a, f) => a + f.pages, 0),
      bytes: files.reduce((a, f) => a + f.bytes, 0),
    },
  };
  await writeAtomic(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
