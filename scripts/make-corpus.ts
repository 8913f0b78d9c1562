/**
 * Generates the bundled sample corpus for the fictional "Example Valley" police area:
 * corpus/plan/, corpus/2024/, corpus/2025/ and sources.yaml at the repo root.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/make-corpus.js [--out <repoRoot>]
 *
 * All text lives in scripts/corpus/*.ts. Output is deterministic (fixed PDF dates, fixed
 * zip entry dates and core properties in .docx), so regenerating does not churn the tree.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageBreak, PageNumber,
  Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import JSZip from 'jszip';
import YAML from 'yaml';
import type { Block, CorpusDoc } from './corpus/types.js';
import { PLAN } from './corpus/plan.js';
import { DOCS_2024 } from './corpus/docs-2024.js';
import { DOCS_2025 } from './corpus/docs-2025.js';

/** Every generated file carries this date as its creation/modification time. */
const FIXED_DATE = new Date('2025-06-01T09:00:00Z');

export const ALL_DOCS: CorpusDoc[] = [PLAN, ...DOCS_2024, ...DOCS_2025];

// ---------------------------------------------------------------------------------------- PDF

function pdfBuffer(d: CorpusDoc): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    info: {
      Title: d.title,
      Author: d.partner,
      Subject: d.subtitle ?? d.title,
      Creator: 'Microsoft Word',
      Producer: 'PDFKit',
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const pageIndex = (): number => {
    const r = doc.bufferedPageRange();
    return r.start + r.count - 1;
  };

  // Cover page.
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#1f3864').text(d.partner.toUpperCase(), left, 120, { width });
  doc.moveDown(4);
  doc.font('Helvetica-Bold').fontSize(26).fillColor('#000000').text(d.title, { width });
  if (d.subtitle) {
    doc.moveDown(0.6);
    doc.font('Helvetica').fontSize(15).fillColor('#404040').text(d.subtitle, { width });
  }
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(11).fillColor('#404040').text(`Published ${d.published}`, { width });
  doc.moveDown(0.4).text(`${d.area}`, { width });
  doc.fillColor('#000000');

  let tocPage = -1;
  if (d.contents) {
    doc.addPage();
    tocPage = pageIndex();
  }
  doc.addPage();

  const toc: Array<{ text: string; page: number }> = [];
  const ensureSpace = (h: number): void => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };

  for (const b of d.blocks) {
    if ('h' in b) {
      const size = b.h === 1 ? 17 : b.h === 2 ? 13.5 : 12;
      ensureSpace(size * 4);
      doc.moveDown(b.h === 1 ? 0.8 : 0.5);
      if (b.h === 1) toc.push({ text: b.text, page: pageIndex() });
      doc.font('Helvetica-Bold').fontSize(size).fillColor(b.h === 1 ? '#1f3864' : '#000000')
        .text(b.text, left, doc.y, { width });
      doc.fillColor('#000000').moveDown(0.3);
    } else if ('p' in b) {
      doc.font('Helvetica').fontSize(10.5).text(b.p, left, doc.y, { width, align: 'left', lineGap: 2 });
      doc.moveDown(0.6);
    } else if ('ul' in b || 'ol' in b) {
      const items = 'ul' in b ? b.ul : b.ol;
      doc.font('Helvetica').fontSize(10.5);
      items.forEach((item, i) => {
        const marker = 'ul' in b ? '\u2022' : `${i + 1}.`;
        const h = doc.heightOfString(item, { width: width - 24, lineGap: 2 });
        ensureSpace(h + 4);
        const y = doc.y;
        doc.text(marker, left + 6, y, { width: 16, lineBreak: false });
        doc.text(item, left + 24, y, { width: width - 24, lineGap: 2 });
        doc.moveDown(0.25);
      });
      doc.x = left;
      doc.moveDown(0.4);
    } else if ('table' in b) {
      const cols = b.table[0]?.length ?? 1;
      const colW = width / cols;
      b.table.forEach((row, ri) => {
        doc.font(ri === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
        const h = Math.max(...row.map((c) => doc.heightOfString(c, { width: colW - 8 }))) + 8;
        ensureSpace(h);
        const y = doc.y;
        if (ri === 0) doc.rect(left, y, width, h).fill('#d9e2f3').fillColor('#000000');
        row.forEach((c, ci) => doc.text(c, left + ci * colW + 4, y + 4, { width: colW - 8 }));
        doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).stroke('#808080');
        doc.x = left;
        doc.y = y + h;
      });
      doc.moveDown(0.8);
    } else if ('pagebreak' in b) {
      doc.addPage();
    }
  }

  // Contents page (filled in once page numbers are known).
  if (tocPage >= 0) {
    doc.switchToPage(tocPage);
    doc.font('Helvetica-Bold').fontSize(17).fillColor('#1f3864').text('Contents', left, 90, { width });
    doc.fillColor('#000000').moveDown(1);
    for (const e of toc) {
      const y = doc.y;
      doc.font('Helvetica').fontSize(11).text(e.text, left, y, { width: width - 50 });
      const after = doc.y;
      doc.text(String(e.page + 1), left + width - 40, y, { width: 40, align: 'right' });
      doc.y = Math.max(after, doc.y);
      doc.moveDown(0.5);
    }
  }

  // Running header and footer on every page but the cover.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    if (i === 0) continue;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor('#606060');
    doc.text(`${d.partner} | ${d.subtitle ?? d.title}`, left, 32, { width, align: 'left', lineBreak: false });
    doc.moveTo(left, 46).lineTo(left + width, 46).lineWidth(0.5).stroke('#a0a0a0');
    doc.text('OFFICIAL', left, doc.page.height - 48, { width, align: 'left', lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, left, doc.page.height - 48, { width, align: 'right', lineBreak: false });
    doc.fillColor('#000000');
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

// --------------------------------------------------------------------------------------- DOCX

async function docxBuffer(d: CorpusDoc): Promise<Buffer> {
  let listInstance = 0;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }),
  ];
  if (d.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: d.subtitle, size: 30, color: '404040' })], spacing: { after: 160 } }));
  children.push(new Paragraph({ children: [new TextRun({ text: `${d.partner} \u2013 ${d.published}`, italics: true })] }));

  for (const b of d.blocks) {
    if ('h' in b) {
      const heading = b.h === 1 ? HeadingLevel.HEADING_1 : b.h === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      children.push(new Paragraph({ text: b.text, heading }));
    } else if ('p' in b) {
      children.push(new Paragraph({ text: b.p, spacing: { after: 120 } }));
    } else if ('ul' in b) {
      for (const item of b.ul) children.push(new Paragraph({ text: item, bullet: { level: 0 } }));
    } else if ('ol' in b) {
      listInstance++;
      for (const item of b.ol) {
        children.push(new Paragraph({ text: item, numbering: { reference: 'numbered', level: 0, instance: listInstance } }));
      }
    } else if ('table' in b) {
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.table.map((row, ri) => new TableRow({
          ...(ri === 0 ? { tableHeader: true } : {}),
          children: row.map((c) => new TableCell({
            children: [new Paragraph({ children: [new TextRun(ri === 0 ? { text: c, bold: true } : { text: c })] })],
          })),
        })),
      }));
      children.push(new Paragraph({ text: '' }));
    } else if ('pagebreak' in b) {
      children.push(new Paragraph({ children: [new PageBreak()] }));
    }
  }

  const document = new Document({
    creator: d.partner,
    lastModifiedBy: d.partner,
    title: d.title,
    description: d.subtitle ?? d.title,
    revision: 1,
    numbering: {
      config: [{
        reference: 'numbered',
        levels: [{
          level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        }],
      }],
    },
    sections: [{
      headers: {
        default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${d.partner} | ${d.subtitle ?? d.title}`, size: 16, color: '606060' })] })] }),
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })],
          })],
        }),
      },
      children,
    }],
  });
  return normaliseZip(await Packer.toBuffer(document));
}

/** Re-zips with fixed entry dates and fixed core-property dates, in a stable entry order. */
async function normaliseZip(buf: Buffer): Promise<Buffer> {
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const iso = FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(src.files).sort()) {
    const f = src.files[name];
    if (!f || f.dir) continue;
    let content: string | Uint8Array = await f.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = Buffer.from(content).toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    }
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// --------------------------------------------------------------------------------------- HTML

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlBlocks(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push(`<h${b.h + 1}>${esc(b.text)}</h${b.h + 1}>`);
    else if ('p' in b) out.push(`<p>${esc(b.p)}</p>`);
    else if ('ul' in b) out.push(`<ul>\n${b.ul.map((i) => `  <li>${esc(i)}</li>`).join('\n')}\n</ul>`);
    else if ('ol' in b) out.push(`<ol>\n${b.ol.map((i) => `  <li>${esc(i)}</li>`).join('\n')}\n</ol>`);
    else if ('table' in b) {
      const [head, ...rows] = b.table;
      out.push([
        '<table class="govuk-table">',
        `  <thead><tr>${(head ?? []).map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`,
        '  <tbody>',
        ...rows.map((r) => `    <tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`),
        '  </tbody>',
        '</table>',
      ].join('\n'));
    }
  }
  return out.join('\n');
}

function html(d: CorpusDoc): string {
  const site = d.partner;
  const slug = d.id.replace(/-\d{4}$/, '');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(d.title)} | ${esc(site)}</title>
<meta name="description" content="${esc(d.subtitle ?? d.title)}">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-EXAMPLE1');</script>
<script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body class="page-${esc(slug)}">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
  <p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p>
  <button type="button" class="button">Accept additional cookies</button> <button type="button" class="button">Reject additional cookies</button>
</div>
<a href="#main-content" class="skip-link">Skip to main content</a>
<header class="site-header">
  <a href="/" class="site-logo">${esc(site)}</a>
  <form class="site-search" action="/search" method="get"><label for="q">Search this site</label><input id="q" name="q" type="search"><button type="submit">Search</button></form>
</header>
<nav class="site-nav" aria-label="Main">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/community-safety">Community safety</a></li>
    <li><a href="/health-and-social-care">Health and social care</a></li>
    <li><a href="/council-and-democracy">Council and democracy</a></li>
    <li><a href="/news">News</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
</nav>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li>${esc(d.title)}</li></ol></nav>
<main id="main-content">
<article>
<h1>${esc(d.title)}</h1>
${d.subtitle ? `<p class="lede">${esc(d.subtitle)}</p>\n` : ''}${htmlBlocks(d.blocks)}
<p class="last-updated">Last updated: ${esc(d.published)}</p>
</article>
<aside class="related" aria-label="Related content">
  <h2>Related pages</h2>
  <ul>
    <li><a href="/report-a-concern">Report a concern</a></li>
    <li><a href="/publications">Publications and minutes</a></li>
    <li><a href="/get-involved">Get involved</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul class="footer-links">
    <li><a href="/accessibility">Accessibility statement</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/contact-us">Contact us</a></li>
  </ul>
  <p>&copy; ${esc(site)} ${d.year}. All rights reserved. Follow us on social media for updates.</p>
</footer>
<script src="/assets/js/site.min.js"></script>
<script>document.querySelectorAll('#cookie-banner button').forEach(function (b) { b.addEventListener('click', function () { document.getElementById('cookie-banner').hidden = true; }); });</script>
</body>
</html>
`;
}

// --------------------------------------------------------------------------------- text / md

function txt(d: CorpusDoc): string {
  const out: string[] = [d.title.toUpperCase(), '='.repeat(d.title.length)];
  if (d.subtitle) out.push(d.subtitle);
  out.push(`${d.partner}`, `Published: ${d.published}`, '');
  for (const b of d.blocks) {
    if ('h' in b) {
      out.push(b.text, b.h === 1 ? '-'.repeat(b.text.length) : '', );
      if (b.h !== 1) out.pop();
    } else if ('p' in b) out.push(b.p, '');
    else if ('ul' in b) out.push(...b.ul.map((i) => `  * ${i}`), '');
    else if ('ol' in b) out.push(...b.ol.map((i, n) => `  ${n + 1}. ${i}`), '');
    else if ('table' in b) out.push(...b.table.map((r) => r.join(' | ')), '');
    else if ('pagebreak' in b) out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function md(d: CorpusDoc): string {
  const out: string[] = [`# ${d.title}`, ''];
  if (d.subtitle) out.push(`*${d.subtitle}*`, '');
  out.push(`${d.partner} \u2014 published ${d.published}`, '');
  for (const b of d.blocks) {
    if ('h' in b) out.push(`${'#'.repeat(b.h + 1)} ${b.text}`, '');
    else if ('p' in b) out.push(b.p, '');
    else if ('ul' in b) out.push(...b.ul.map((i) => `- ${i}`), '');
    else if ('ol' in b) out.push(...b.ol.map((i, n) => `${n + 1}. ${i}`), '');
    else if ('table' in b) {
      const [head, ...rows] = b.table;
      out.push(`| ${(head ?? []).join(' | ')} |`, `|${(head ?? []).map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}

function csv(d: CorpusDoc): string {
  const q = (v: string | number): string => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = ['partner,partner_type,area,priority,rank', ...(d.rows ?? []).map((r) => r.map(q).join(','))];
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------------------ sources.yaml

function sourcesYaml(): string {
  const entry = (d: CorpusDoc): Record<string, unknown> => ({
    id: d.id, role: d.role, partner: d.partner, partner_type: d.partner_type, area: d.area,
    doc_type: d.doc_type, year: d.year, title: d.title, path: d.path,
  });
  const body = YAML.stringify({
    scan: {
      name: 'Example Valley Police and Crime Plan review',
      area: 'Example Valley',
      year: 2025,
      current_plan: 'plan-2021',
      next_election: '2028-05-04',
    },
    sources: ALL_DOCS.map(entry),
  }, { lineWidth: 0 });
  return [
    '# Sample scan for the fictional "Example Valley" police area (generated by scripts/make-corpus.ts;',
    '# edit the script, not this file). Two scan years: 2024 and 2025 (scan.year is the default;',
    '# use --year 2024 for the earlier one). plan-2021 is the current Police and Crime Plan for both.',
    '# The story the corpus tells is written down in corpus/README.md.',
    // Quote the date so YAML 1.1 parsers do not turn it into a timestamp.
    body.replace(/^(\s*next_election: )(\d{4}-\d{2}-\d{2})$/m, '$1"$2"'),
  ].join('\n');
}

// --------------------------------------------------------------------------------------- main

async function render(d: CorpusDoc): Promise<Buffer | string> {
  switch (d.format) {
    case 'pdf': return pdfBuffer(d);
    case 'docx': return docxBuffer(d);
    case 'html': return html(d);
    case 'txt': return txt(d);
    case 'md': return md(d);
    case 'csv': return csv(d);
  }
}

function writeIfChanged(file: string, content: Buffer | string): boolean {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (existsSync(file) && readFileSync(file).equals(buf)) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, buf);
  return true;
}

/** Writes every corpus file and sources.yaml under `root`; returns how many files changed. */
export async function generate(root: string): Promise<number> {
  const ids = new Set<string>();
  let changed = 0;
  for (const d of ALL_DOCS) {
    if (ids.has(d.id)) throw new Error(`duplicate id ${d.id}`);
    ids.add(d.id);
    if (!d.path.endsWith(`.${d.format}`)) throw new Error(`${d.id}: path ${d.path} does not match format ${d.format}`);
    if (writeIfChanged(join(root, d.path), await render(d))) changed++;
  }
  if (writeIfChanged(join(root, 'sources.yaml'), sourcesYaml())) changed++;
  return changed;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/scripts/make-corpus.js -> repo root is two levels up.
  const root = outIdx >= 0 && args[outIdx + 1] ? resolve(args[outIdx + 1]!) : resolve(here, '..', '..');
  const changed = await generate(root);
  process.stderr.write(`make-corpus: ${ALL_DOCS.length} documents + sources.yaml in ${root} (${changed} file(s) changed)\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-corpus: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  });
}
