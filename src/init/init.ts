import fs from 'node:fs';
import path from 'node:path';
import YAML, { isScalar } from 'yaml';
import { closeIngest } from '../ingest/index.js';
import { dataPath } from '../util/package.js';
import { checkSourcesText } from '../config/check.js';
import { problemLine } from '../config/errors.js';
import type { SourcesFile } from '../schema/index.js';
import { writeFileAtomicSync } from '../util/atomic.js';
import { isInitialsOf } from './guess.js';
import { guessEntry, type Guessed } from './entry.js';
import { readDocumentHead, type DocumentHead } from './read.js';

export const INIT_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.txt', '.md', '.csv'];

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

/** The latest ordinary PCC election on or before the end of `year`, from data/pcc-elections.yaml. */
export function lastElectionBy(year: number): string | undefined {
  const f = YAML.parse(fs.readFileSync(dataPath('pcc-elections.yaml'), 'utf8')) as { elections?: string[] };
  return (f.elections ?? []).filter((d) => d <= `${year}-12-31`).sort().pop();
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

function slug(s: string): string {
  const x = s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return x || 'doc';
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
    let head: DocumentHead | undefined;
    if (!/\.csv$/i.test(rel)) {
      try {
        head = await readDocumentHead(dir, rel);
      } catch (e) {
        warnings.push(`${rel}: could not be read (${(e as Error).message.split('\n')[0]}); guesses use the file name only`);
      }
    }
    let id = slug(stem);
    for (let i = 2; ids.has(id); i++) id = `${slug(stem)}-${i}`;
    ids.add(id);
    entries.push(guessEntry(id, rel, head));
  }
  await closeIngest();

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
      e.year = { value: year, comment: 'not found in the document or file name: using the scan year (low confidence: check)' };
      warnings.push(`${String(e.path!.value)}: no year found; using ${year}`);
    }
    if (e.area!.value === '') e.area = { value: area ?? 'Unknown', comment: area ? 'not found in the document: using the most common area (low confidence: check)' : 'not found: set the area (low confidence: check)' };
  }
  // Only a Police and Crime Plan itself is proposed: the newest one dated up to the scan year.
  const plans = entries
    .filter((e) => e.isPlan !== undefined)
    .sort((a, b) => Number(Number(b.year!.value) <= year) - Number(Number(a.year!.value) <= year) || Number(b.year!.value) - Number(a.year!.value));
  for (const extra of plans.slice(1)) {
    extra.role = { value: 'current_plan', comment: `an earlier or later police and crime plan; ${String(plans[0]!.id!.value)} is proposed as current: check` };
  }
  for (const e of entries) delete e.isPlan;
  const planArea = plans[0] && plans[0].area!.comment?.startsWith('guessed') ? String(plans[0].area!.value) : undefined;
  const scanArea = planArea ?? area ?? 'Unknown';

  const scan: Record<string, Guessed> = {
    name: { value: `${scanArea} partner priorities scan ${year}`, comment: 'draft: edit' },
    area: { value: scanArea, comment: planArea ? "guessed: the police and crime plan's area" : area ? 'guessed: most common area in file names' : 'not found: set the force area' },
    year: { value: year, comment: yearComment },
  };
  const election = lastElectionBy(year);
  if (election) scan.last_election = { value: election, comment: 'latest PCC election up to the scan year (data/pcc-elections.yaml): a plan issued before it must be replaced; check' };
  if (plans[0]) scan.current_plan = { value: String(plans[0].id!.value), comment: `the newest Police and Crime Plan dated up to the scan year (${String(plans[0].year!.value)})${plans.length > 1 ? `, of ${plans.length}` : ''}: check` };

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
  const check = checkSourcesText(text);
  for (const p of check.problems) warnings.push(`draft does not yet validate: ${problemLine(p)}`);
  writeFileAtomicSync(file, text);
  return { file, config: check.config ?? (config as unknown as SourcesFile), yaml: text, warnings };
}
