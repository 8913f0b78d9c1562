import fs from 'node:fs';
import path from 'node:path';
import YAML, { isScalar } from 'yaml';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { SourcesFile } from '../schema/index.js';
import { writeFileAtomicSync } from '../util/atomic.js';
import { normaliseName, guessArea, guessAreaFromLine, isInitialsOf, guessDocType, guessPartnerType, guessYear, roleFor } from './guess.js';

export const INIT_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.txt', '.md', '.csv'];
const HEAD_CHARS = 2000;

export interface InitOptions {
  /** Scan year; defaults to the most common document year, else the current year. */
  year?: number;
  /** Overwrite an existing sources.yaml. */
  force?: boolean;
  /** Output file (default DIR/sources.yaml). */
  out?: string;
}

export interface InitResult {
  file: string;
  config: SourcesFile;
  yaml: string;
  warnings: string[];
}

export class InitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InitError';
  }
}

function listFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, root));
    else if (e.isFile() && INIT_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) && !/^sources\.ya?ml$/i.test(e.name)) {
      out.push(path.relative(root, full));
    }
  }
  return out.sort();
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ');
}

/** Cheap look at the start of a document: its title (when it has one) and first text. */
export async function readHead(file: string): Promise<{ title?: string; text: string }> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') {
    const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(file)) });
    try {
      const r = await parser.getText({ first: 1 });
      return { text: r.text.slice(0, HEAD_CHARS) };
    } finally {
      await parser.destroy();
    }
  }
  if (ext === '.docx') {
    const r = await mammoth.extractRawText({ buffer: fs.readFileSync(file) });
    return { text: r.value.slice(0, HEAD_CHARS) };
  }
  const fd = fs.openSync(file, 'r');
  let raw: string;
  try {
    const buf = Buffer.alloc(ext === '.html' || ext === '.htm' ? 65536 : HEAD_CHARS * 2);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    raw = buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  if (ext === '.html' || ext === '.htm') {
    const t = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw);
    const title = t ? decodeEntities(t[1]!.replace(/\s+/g, ' ').trim()) : undefined;
    const body = decodeEntities(raw.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, '\n'));
    return { ...(title ? { title } : {}), text: body.replace(/\n\s*\n+/g, '\n').trim().slice(0, HEAD_CHARS) };
  }
  return { text: raw.slice(0, HEAD_CHARS) };
}

function firstLine(text: string): string | undefined {
  for (const l of text.split(/\r?\n/)) {
    const t = l.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim();
    if (t.length >= 4 && /[A-Za-z]/.test(t)) return t.length > 120 ? `${t.slice(0, 117)}...` : t;
  }
  return undefined;
}

function slug(s: string): string {
  const x = s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return x || 'doc';
}

function short(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 3)}...` : t;
}

interface Guessed {
  value: string | number;
  comment?: string;
}

function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}

/**
 * Scans a folder of documents and writes a draft sources.yaml: every guessed value carries a
 * comment saying where it came from, for the analyst to check.
 */
export async function initSources(dir: string, opts: InitOptions = {}): Promise<InitResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new InitError(`${dir} is not a folder`);
  const file = opts.out ?? path.join(dir, 'sources.yaml');
  if (fs.existsSync(file) && !opts.force) {
    throw new InitError(`${file} already exists: not overwriting it. Move it away, or run init again with --force to replace it.`);
  }
  const files = listFiles(dir);
  if (files.length === 0) {
    throw new InitError(`${dir} has no documents (${INIT_EXTENSIONS.join(', ')}): nothing to list in sources.yaml`);
  }
  const warnings: string[] = [];
  const ids = new Set<string>();
  const entries: Array<Record<string, Guessed>> = [];

  for (const rel of files) {
    const base = path.basename(rel);
    const stem = base.slice(0, base.length - path.extname(base).length);
    const nameText = rel.replace(/\\/g, '/').replace(/\.[^.]+$/, '');
    const fromName = `guessed from file name: ${rel.replace(/\\/g, '/')}`;
    let head: { title?: string; text: string } = { text: '' };
    try {
      head = await readHead(path.join(dir, rel));
    } catch (e) {
      warnings.push(`${rel}: could not read the start of the text (${(e as Error).message.split('\n')[0]}); guesses use the file name only`);
    }
    const headText = `${head.title ?? ''}\n${head.text}`;
    const fromText = (m: string): string => {
      const line = headText.split(/\r?\n/).find((l) => normaliseName(l).includes(m));
      return `guessed from text: "${short(line ?? m)}" ("${m}")`;
    };

    let id = slug(stem);
    for (let i = 2; ids.has(id); i++) id = `${slug(stem)}-${i}`;
    ids.add(id);

    const ptName = guessPartnerType(nameText);
    const ptText = ptName ? undefined : guessPartnerType(headText);
    const dtEarly = guessDocType(nameText) ?? (path.extname(base).toLowerCase() === '.csv' ? { value: 'survey' as const, match: 'csv' } : undefined);
    // A partner survey is run by the office for all partners: its type is OPCC unless the name says otherwise.
    const surveyPt = !ptName && dtEarly?.value === 'survey' ? { value: 'OPCC' as const, label: 'Office of the Police and Crime Commissioner', match: 'survey' } : undefined;
    const pt = ptName ?? surveyPt ?? ptText;
    const dtName = guessDocType(nameText);
    const dtText = dtName ? undefined : guessDocType(headText);
    const isCsv = path.extname(base).toLowerCase() === '.csv';
    const dt = dtName ?? dtText ?? (isCsv ? { value: 'survey' as const, match: 'csv' } : undefined);
    const yName = guessYear(stem);
    const yText = yName ? undefined : guessYear(headText);
    const title = head.title ?? firstLine(head.text);
    const nameArea = guessArea(stem);
    const titleArea = title ? guessAreaFromLine(title) : undefined;
    // A descriptive file name (one naming the partner type) is trusted for the area; otherwise the title.
    const areaGuess: { value: string; comment: string } | undefined =
      nameArea && titleArea && isInitialsOf(nameArea, titleArea)
        ? { value: titleArea, comment: `guessed from text: "${short(title ?? '')}" ("${nameArea}" in the file name)` }
      : nameArea && ptName ? { value: nameArea, comment: fromName }
      : titleArea ? { value: titleArea, comment: `guessed from text: "${short(title ?? '')}"` }
      : nameArea ? { value: nameArea, comment: fromName }
      : undefined;
    const areaName = areaGuess?.value;

    const e: Record<string, Guessed> = { id: { value: id } };
    const role = roleFor(dt?.value, pt?.value);
    e.role = { value: role, comment: dt || pt ? (dtName || ptName || isCsv ? fromName : fromText(dt?.match ?? pt?.match ?? '')) : 'default: partner' };
    e.partner_type = pt
      ? { value: pt.value, comment: ptName ? `${fromName} ("${ptName.match}")` : surveyPt ? 'default for a partner survey (run by the OPCC): check' : fromText(pt.match) }
      : { value: 'OTHER', comment: 'not found in file name or text: set CSP, LSCB, SAB, HWB, POLICE, YOT, PROBATION, FIRE, ...' };
    let areaGuess2: { value: string; comment: string } | undefined;
    e.area = areaGuess ?? { value: '', comment: '' }; // filled below
    const label = pt?.label ?? 'Partner';
    e.partner = areaGuess
      ? { value: `${areaGuess.value} ${label}`, comment: `${areaGuess.comment}${pt && !ptName ? `; type ${fromText(pt.match)}` : ''}` }
      : surveyPt
        ? { value: 'Partner survey', comment: 'default for a partner survey: check' }
      : pt?.value === 'NATIONAL'
        ? { value: 'National', comment: `${ptName ? fromName : fromText(pt.match)}: name the body (e.g. Home Office)` }
        : { value: label, comment: pt ? `${ptName ? fromName : fromText(pt.match)}; add the area` : 'not found: name the partner' };
    if (!areaGuess && pt?.value === 'NATIONAL') areaGuess2 = { value: 'National', comment: 'national source' };
    e.doc_type = dt
      ? { value: dt.value, comment: dtName || (isCsv && !dtText) ? `${fromName}${dtName ? ` ("${dtName.match}")` : ''}` : fromText(dt.match) }
      : { value: 'other', comment: 'not found in file name or text' };
    if (yName) e.year = { value: yName.value, comment: `${fromName} ("${yName.match}")` };
    else if (yText) e.year = { value: yText.value, comment: fromText(yText.match) };
    else e.year = { value: 0, comment: '' }; // filled below
    if (areaGuess2) e.area = areaGuess2;
    if (title) e.title = { value: title, comment: head.title ? 'from the HTML <title>' : 'guessed from text: first line' };
    e.path = { value: rel.replace(/\\/g, '/') };
    entries.push(e);
  }

  const docYears = entries.map((e) => e.year!.value).filter((y): y is number => typeof y === 'number' && y > 0);
  const year = opts.year ?? mostCommon(docYears) ?? new Date().getFullYear();
  const yearComment = opts.year ? 'from --year' : docYears.length ? 'guessed: most common document year' : 'guessed: current year';
  const areas = entries.map((e) => e.area!.value).filter((a): a is string => typeof a === 'string' && a !== '' && a !== 'National');
  const area = mostCommon(areas);
  for (const e of entries) {
    // "Ev" in one file name, "Example Valley" guessed for others: use the full name.
    const a = String(e.area!.value);
    const full = a ? areas.find((x) => isInitialsOf(a, x)) : undefined;
    if (full) {
      e.area = { value: full, comment: `${e.area!.comment ?? ''} ("${a}" read as "${full}", guessed for other files)` };
      e.partner = { value: String(e.partner!.value).replace(a, full), comment: e.area.comment };
    }
    if (e.year!.value === 0) {
      e.year = { value: year, comment: 'not found in file name or text: using the scan year' };
      warnings.push(`${String(e.path!.value)}: no year found; using ${year}`);
    }
    if (e.area!.value === '') e.area = { value: area ?? 'Unknown', comment: area ? 'not in file name: using the most common area' : 'not found: set the area' };
  }
  const plans = entries
    .filter((e) => e.role!.value === 'current_plan')
    .sort((a, b) => Number(b.year!.value) - Number(a.year!.value));
  for (const extra of plans.slice(1)) {
    extra.role = { value: 'partner', comment: `another police and crime plan (${String(plans[0]!.id!.value)}) is newer: check` };
  }
  const planArea = plans[0] && plans[0].area!.comment?.startsWith('guessed') ? String(plans[0].area!.value) : undefined;
  const scanArea = planArea ?? area ?? 'Unknown';

  const scan: Record<string, Guessed> = {
    name: { value: `${scanArea} partner priorities scan ${year}`, comment: 'draft: edit' },
    area: { value: scanArea, comment: planArea ? "guessed: the police and crime plan's area" : area ? 'guessed: most common area in file names' : 'not found: set the force area' },
    year: { value: year, comment: yearComment },
  };
  if (plans[0]) scan.current_plan = { value: String(plans[0].id!.value), comment: `${plans[0].role!.comment ?? ''}: police and crime plan` };

  const plain = (o: Record<string, Guessed>): Record<string, string | number> =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.value]));
  const config = { scan: plain(scan), sources: entries.map(plain) };
  const doc = new YAML.Document(config);
  doc.commentBefore =
    ` Draft written by \`planscan init\` from ${files.length} file(s) in ${path.resolve(dir)}.\n` +
    ` Every value with a comment is a guess: check it, then delete the comment.`;
  const annotate = (pathParts: Array<string | number>, comment: string | undefined): void => {
    if (!comment) return;
    const node = doc.getIn(pathParts, true);
    if (isScalar(node)) node.comment = ` ${comment}`;
  };
  for (const [k, v] of Object.entries(scan)) annotate(['scan', k], v.comment);
  entries.forEach((e, i) => {
    for (const [k, v] of Object.entries(e)) annotate(['sources', i, k], v.comment);
  });
  const text = doc.toString({ lineWidth: 0 });
  const check = SourcesFile.safeParse(YAML.parse(text));
  if (!check.success) {
    for (const iss of check.error.issues) warnings.push(`draft does not yet validate: ${iss.path.join('.')}: ${iss.message}`);
  }
  writeFileAtomicSync(file, text);
  return { file, config: check.success ? check.data : (config as unknown as SourcesFile), yaml: text, warnings };
}
