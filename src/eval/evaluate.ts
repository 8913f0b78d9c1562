import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { explainMiss, extractPriorities } from '../extract/index.js';
import { Kind, type Document } from '../schema/index.js';
import { parseEvalDoc, sourceFromHeader } from './header.js';
import { matches } from './match.js';
import type { ClassificationEval, DocEval, EvalReport } from './report.js';
import { textDocument } from '../ingest/text.js';
import { documentFingerprint } from '../util/fingerprint.js';

export interface LabelRow {
  file: string;
  priority_text: string;
  kind: string;
  theme: string;
  note: string;
}

/** `ctx.partnerType`: the partner type of the statement's document (its header's partner_type), as a scan knows it. */
export type ClassifyFn = (text: string, ctx?: { partnerType?: string }) => { kind: string; theme: string | null };

export interface EvaluateOptions {
  docsDir: string;
  labelsFile: string;
  classify?: ClassifyFn;
  /** How many documents to list as worst (default 5). */
  worst?: number;
}

export function readLabels(file: string): LabelRow[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((r) => ({
    file: r.file ?? '',
    priority_text: r.priority_text ?? '',
    kind: r.kind ?? '',
    theme: r.theme ?? '',
    note: r.note ?? '',
  }));
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** The labelled documents of a set, read as the pipeline reads them, with their label rows. */
/**
 * The labelled documents of a set, each with its partner type and its fingerprint (the hash that
 * tells whether the committed models learned from it: util/fingerprint.ts, eval/learners.ts).
 */
export function loadLabelledDocs(docsDir: string, labelsFile: string): { docs: Array<{ file: string; partnerType: string; doc: Document; labels: LabelRow[]; fingerprint: string }>; missingFiles: string[] } {
  const byFile = new Map<string, LabelRow[]>();
  for (const l of readLabels(labelsFile)) {
    if (!l.file || !l.priority_text) continue;
    const arr = byFile.get(l.file) ?? [];
    arr.push(l);
    byFile.set(l.file, arr);
  }
  const docs: Array<{ file: string; partnerType: string; doc: Document; labels: LabelRow[]; fingerprint: string }> = [];
  const missingFiles: string[] = [];
  for (const [file, rows] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(docsDir, file);
    if (!existsSync(full)) {
      missingFiles.push(file);
      continue;
    }
    const { header, body } = parseEvalDoc(readFileSync(full, 'utf8'));
    const source = sourceFromHeader(file, header);
    docs.push({ file, partnerType: source.partner_type, doc: textDocument(body, source), labels: rows, fingerprint: documentFingerprint(body) });
  }
  return { docs, missingFiles };
}

/** Extraction (and optionally classification) measures over a labelled set. */
export function evaluate(opts: EvaluateOptions): EvalReport {
  const labels = readLabels(opts.labelsFile);
  const byFile = new Map<string, LabelRow[]>();
  for (const l of labels) {
    if (!l.file || !l.priority_text) continue;
    const arr = byFile.get(l.file) ?? [];
    arr.push(l);
    byFile.set(l.file, arr);
  }
  const perDoc: DocEval[] = [];
  const missingFiles: string[] = [];
  const partnerTypeOf = new Map<string, string>();
  for (const [file, rows] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(opts.docsDir, file);
    if (!existsSync(full)) {
      missingFiles.push(file);
      continue;
    }
    const { header, body } = parseEvalDoc(readFileSync(full, 'utf8'));
    const source = sourceFromHeader(file, header);
    partnerTypeOf.set(file, source.partner_type);
    const doc = textDocument(body, source);
    const found = extractPriorities(doc);
    const extracted = found.map((p) => p.text);
    const missed = rows.filter((r) => !extracted.some((e) => matches(r.priority_text, e))).map((r) => r.priority_text);
    const unmatchedPs = found.filter((p) => !rows.some((r) => matches(r.priority_text, p.text)));
    const unmatched = unmatchedPs.map((p) => p.text);
    const matched = rows.length - missed.length;
    perDoc.push({
      file,
      labelled: rows.length,
      extracted: extracted.length,
      matched,
      recall: round(matched / rows.length),
      noise: round(extracted.length / rows.length),
      missed,
      unmatched,
      missedWhy: missed.map((m) => explainMiss(doc, (c) => matches(m, c))),
      unmatchedReasons: unmatchedPs.map((p) => p.reasons),
    });
  }
  const labelled = perDoc.reduce((s, d) => s + d.labelled, 0);
  const matchedAll = perDoc.reduce((s, d) => s + d.matched, 0);
  const extractedAll = perDoc.reduce((s, d) => s + d.extracted, 0);
  const worst = opts.worst ?? 5;
  const worstRecall = [...perDoc].sort((a, b) => a.recall - b.recall || b.labelled - a.labelled).slice(0, worst);
  const worstNoise = [...perDoc].sort((a, b) => b.noise - a.noise || b.extracted - a.extracted).slice(0, worst);
  const evaluated = new Set(perDoc.map((d) => d.file));
  const classification = opts.classify ? classificationMeasures(labels.filter((l) => evaluated.has(l.file) && l.priority_text), opts.classify, partnerTypeOf) : null;
  return {
    docsDir: opts.docsDir,
    labelsFile: opts.labelsFile,
    documents: perDoc.length,
    labelled,
    extracted: extractedAll,
    matched: matchedAll,
    recall: labelled ? round(matchedAll / labelled) : 0,
    noise: labelled ? round(extractedAll / labelled) : 0,
    perDoc,
    worstRecall,
    worstNoise,
    missingFiles,
    classification,
  };
}

/** Kind accuracy, macro-F1 over the four kinds, confusion matrix, theme accuracy on crime/target_group rows. */
export function classificationMeasures(rows: LabelRow[], classify: ClassifyFn, partnerTypeOf?: Map<string, string>): ClassificationEval {
  return measuresFromPredictions(rows.map((row) => ({ row, pred: classify(row.priority_text, ptContext(partnerTypeOf?.get(row.file))) })));
}

/** A labelled row as a statement to train the classifier on, with its document's partner type where known. */
export function labelledStatement(row: LabelRow, partnerType: string | undefined): { text: string; kind: Kind; theme: string | null; partnerType: string | undefined } {
  return { text: row.priority_text, kind: row.kind as Kind, theme: row.theme || null, partnerType };
}

/** The classify context of a row whose document's partner type may be unknown. */
export function ptContext(partnerType: string | undefined): { partnerType?: string } {
  return partnerType ? { partnerType } : {};
}

/** The same measures over predictions already made (e.g. each row predicted by its held-out fold's model). */
export function measuresFromPredictions(pairs: Array<{ row: LabelRow; pred: ReturnType<ClassifyFn> }>): ClassificationEval {
  const rows = pairs.map((p) => p.row);
  const kinds = Kind.options as readonly string[];
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of kinds) confusion[e] = Object.fromEntries(kinds.map((p) => [p, 0]));
  let correct = 0;
  let themeRows = 0;
  let themeCorrect = 0;
  const themeErrors: ClassificationEval['themeErrors'] = [];
  for (const { row: r, pred: c } of pairs) {
    const exp = r.kind;
    const pred = c.kind;
    if (!confusion[exp]) confusion[exp] = Object.fromEntries(kinds.map((p) => [p, 0]));
    const rowC = confusion[exp]!;
    rowC[pred] = (rowC[pred] ?? 0) + 1;
    if (exp === pred) correct++;
    if (exp === 'crime' || exp === 'target_group') {
      themeRows++;
      const expTheme = r.theme || null;
      const predTheme = c.theme || null;
      if (expTheme === predTheme) themeCorrect++;
      else themeErrors.push({ text: r.priority_text, expected: expTheme, predicted: predTheme });
    }
  }
  const perKind: ClassificationEval['perKind'] = {};
  const f1s: number[] = [];
  for (const k of kinds) {
    const tp = confusion[k]?.[k] ?? 0;
    const support = Object.values(confusion[k] ?? {}).reduce((s, n) => s + n, 0);
    const predicted = Object.values(confusion).reduce((s, row) => s + (row[k] ?? 0), 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perKind[k] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
    if (support > 0 || predicted > 0) f1s.push(f1);
  }
  const topConfusions: ClassificationEval['topConfusions'] = [];
  for (const e of kinds) for (const p of kinds) {
    const n = confusion[e]?.[p] ?? 0;
    if (e !== p && n > 0) topConfusions.push({ expected: e as Kind, predicted: p as Kind, count: n });
  }
  topConfusions.sort((a, b) => b.count - a.count);
  return {
    rows: rows.length,
    kindAccuracy: rows.length ? round(correct / rows.length) : 0,
    kindMacroF1: f1s.length ? round(f1s.reduce((s, x) => s + x, 0) / f1s.length) : 0,
    perKind,
    confusion,
    themeRows,
    themeAccuracy: themeRows ? round(themeCorrect / themeRows) : 0,
    topConfusions: topConfusions.slice(0, 5),
    themeErrors,
  };
}
