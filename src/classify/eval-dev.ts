/**
 * Measures the classifier on a labelled set (default ../shared/eval/dev/labels.csv, beside the checkout):
 * kind accuracy, kind macro-F1 over the four kinds, theme accuracy on crime/target_group rows.
 * Usage: node dist/src/classify/eval-dev.js [labels.csv] [--errors]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Kind } from '../schema/priority.js';
import { loadClassifier, type Classifier } from './classifier.js';

export interface EvalRow {
  file: string;
  text: string;
  kind: Kind;
  theme: string | null;
}

export interface EvalResult {
  n: number;
  kindAccuracy: number;
  kindMacroF1: number;
  perKindF1: Record<Kind, number>;
  themeN: number;
  themeAccuracy: number;
  errors: Array<{ text: string; want: string; got: string }>;
}

const KINDS: Kind[] = ['crime', 'target_group', 'mechanism', 'internal_process'];

export function readLabels(file: string): EvalRow[] {
  const rows = parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  return rows.map((r) => ({ file: r.file ?? '', text: r.priority_text ?? '', kind: r.kind as Kind, theme: r.theme ? r.theme : null }));
}

export function evaluate(rows: EvalRow[], c: Classifier): EvalResult {
  let kindOk = 0;
  let themeN = 0;
  let themeOk = 0;
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const errors: EvalResult['errors'] = [];
  for (const r of rows) {
    const got = c.classify(r.text);
    if (got.kind === r.kind) {
      kindOk++;
      tp[r.kind] = (tp[r.kind] ?? 0) + 1;
    } else {
      fp[got.kind] = (fp[got.kind] ?? 0) + 1;
      fn[r.kind] = (fn[r.kind] ?? 0) + 1;
    }
    let themeBad = false;
    if (r.kind === 'crime' || r.kind === 'target_group') {
      themeN++;
      if (got.theme === r.theme) themeOk++;
      else themeBad = true;
    }
    if (got.kind !== r.kind || themeBad) {
      errors.push({ text: r.text.slice(0, 110), want: `${r.kind}/${r.theme ?? '-'}`, got: `${got.kind}/${got.theme ?? '-'} (${got.confidence})` });
    }
  }
  const perKindF1 = {} as Record<Kind, number>;
  for (const k of KINDS) {
    const t = tp[k] ?? 0;
    const p = t + (fp[k] ?? 0) === 0 ? 0 : t / (t + (fp[k] ?? 0));
    const rc = t + (fn[k] ?? 0) === 0 ? 0 : t / (t + (fn[k] ?? 0));
    perKindF1[k] = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  }
  const kindMacroF1 = KINDS.reduce((s, k) => s + perKindF1[k], 0) / KINDS.length;
  return { n: rows.length, kindAccuracy: kindOk / rows.length, kindMacroF1, perKindF1, themeN, themeAccuracy: themeN ? themeOk / themeN : 0, errors };
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/dev/labels.csv';
  const t0 = Date.now();
  const c = loadClassifier();
  const loadMs = Date.now() - t0;
  const r = evaluate(readLabels(file), c);
  const f = (x: number) => x.toFixed(3);
  console.log(`rows ${r.n}  load+train ${loadMs} ms`);
  console.log(`kind accuracy ${f(r.kindAccuracy)}  kind macro-F1 ${f(r.kindMacroF1)}  (${KINDS.map((k) => `${k} ${f(r.perKindF1[k])}`).join(', ')})`);
  console.log(`theme accuracy (crime/target_group, n=${r.themeN}) ${f(r.themeAccuracy)}`);
  if (args.includes('--errors')) for (const e of r.errors) console.log(`  want ${e.want.padEnd(42)} got ${e.got.padEnd(48)} ${e.text}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
