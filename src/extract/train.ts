/**
 * Training the extraction model from labelled documents. A candidate is a positive example when it
 * matches one of its document's labels by the eval's own matching rule (src/eval/match.ts); a group
 * is positive when any of its candidates is. The threshold is the lowest that keeps the training
 * set's noise (extracted per labelled) within the budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Document } from '../schema/index.js';
import { textDocument, unlistedSource } from '../ingest/text.js';
import { dataPath } from '../util/package.js';
import { matches } from '../eval/match.js';
import { parse } from 'csv-parse/sync';
import type { Features } from './features.js';
import { trainLogistic } from './learner.js';
import { documentChars, referenceChars } from './calibrate.js';
import type { RuleContext } from './context.js';
import type { ExtractionModel } from './model.js';
import { documentScores, featurise, itemVectors, select, type ScoredCandidate, type ScoringModel } from './score.js';

/** Extracted per labelled priority allowed on the training documents when choosing the threshold. */
export const NOISE_BUDGET = 1.45;
const L2 = 10;
const EPOCHS = 400;

export interface TrainingDoc {
  doc: Document;
  labels: string[];
}

/**
 * Documents that state no priority (data/extraction/negatives: minutes, a membership list,
 * statutory duties, achievements, data sources …), written for planscan. Added to every training
 * set with no labels: a labelled set of plans alone never shows a page without priorities.
 */
export function negativeDocs(dir: string = dataPath('extraction', 'negatives')): TrainingDoc[] {
  return textFiles(dir).map((f) => ({ doc: writtenDocument(dir, f, 'negative'), labels: [] }));
}

/** The .txt files of a folder of written training documents, in name order. */
function textFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** A training document written for planscan, read through ingest's text parser like any partner's. */
function writtenDocument(dir: string, file: string, prefix: 'negative' | 'written'): Document {
  const id = `${prefix}-${file.replace(/\.txt$/, '')}`;
  return textDocument(readFileSync(path.join(dir, file), 'utf8'), unlistedSource(id, file, { partner: `${prefix} example`, area: 'none' }));
}

/**
 * Labelled excerpts written for planscan (data/extraction/documents, labels.csv beside them):
 * fictional partner documents in many layouts (numbered and bulleted lists under a lead-in,
 * "Title – detail" items, priorities as headings, in prose, in a table, in a contents page, run
 * together in one line) beside the lists that are not priorities (members, duties, sources,
 * achievements, another body's list). Added to every training set like the negatives.
 */
export function writtenDocs(dir: string = dataPath('extraction', 'documents')): TrainingDoc[] {
  const byFile = new Map<string, string[]>();
  const rows = parse(readFileSync(path.join(dir, 'labels.csv'), 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<{ file: string; priority_text: string }>;
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.priority_text]);
  return textFiles(dir).map((f) => ({ doc: writtenDocument(dir, f, 'written'), labels: byFile.get(f) ?? [] }));
}

export interface ExtractorTrainOptions {
  /** Add the negative documents (default true). */
  negatives?: boolean;
  /** Add the labelled documents written for planscan (default true). */
  written?: boolean;
  l2?: number;
  epochs?: number;
  noiseBudget?: number;
  /**
   * A model that learned from other labelled documents (the committed one, on a set it has not
   * seen): averaged in with weight in proportion to the labelled statements each learned from,
   * and the threshold is chosen for the blend.
   */
  prior?: ExtractionModel;
}

export function trainExtractionModel(docs: TrainingDoc[], source = 'labelled documents', opts: ExtractorTrainOptions = {}): ExtractionModel {
  const l2 = opts.l2 ?? L2;
  const epochs = opts.epochs ?? EPOCHS;
  const negatives = opts.negatives === false ? [] : negativeDocs();
  const all = [...docs, ...negatives, ...(opts.written === false ? [] : writtenDocs())];
  const featurised = all.map((d) => ({ labels: d.labels, ...featurise(d.doc) }));
  // the length calibration refers to the real labelled documents given (the written ones are short by design)
  const real = featurised.slice(0, docs.length);
  const reference = referenceChars(real.filter((d) => d.labels.length > 0).map((d) => documentChars(d.ctx.blocks)));
  // group rows: one per group (the first candidate carries the group's features)
  const groupRows = new Map<string, { x: Features; y: number }>();
  const itemRows: Array<{ s: ScoredCandidate; y: number; doc: number }> = [];
  featurised.forEach((d, di) => {
    for (const s of d.scored) {
      const y = d.labels.some((l) => matches(l, s.candidate.text)) ? 1 : 0;
      itemRows.push({ s, y, doc: di });
      const key = `${di}:${s.candidate.group}`;
      const g = groupRows.get(key);
      if (!g) groupRows.set(key, { x: s.groupFeatures, y });
      else if (y) g.y = 1;
    }
  });
  const group = trainLogistic([...groupRows.values()], { l2, epochs });
  const xs = featurised.flatMap((d) => itemVectors(d.scored, group));
  const vectors = itemRows.map((r, i) => ({ x: xs[i]!, y: r.y }));
  const item = trainLogistic(vectors, { l2, epochs });
  const trainedOn = { documents: all.length, candidates: itemRows.length, positives: vectors.filter((v) => v.y).length, groups: groupRows.size, source, referenceChars: reference };
  // the threshold is set on the real documents (and the negatives): the written ones are short and tidy
  const blend = opts.prior ? priorBlend(opts.prior, docs.reduce((s, d) => s + d.labels.length, 0)) : undefined;
  const threshold = chooseThreshold(featurised.slice(0, docs.length + negatives.length), { group, item, trainedOn, blend }, opts.noiseBudget ?? NOISE_BUDGET);
  const stats: ExtractionModel['stats'] = {};
  const counts = new Map<string, { n: number; pos: number }>();
  for (const v of vectors) for (const k of v.x.keys()) {
    const c = counts.get(k) ?? { n: 0, pos: 0 };
    c.n++;
    c.pos += v.y;
    counts.set(k, c);
  }
  for (const [k, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) stats[k] = { count: c.n, positiveRate: Math.round((c.pos / c.n) * 1e4) / 1e4 };
  return {
    version: 1,
    trainedOn,
    group,
    item,
    ...(blend ? { blend } : {}),
    threshold,
    stats,
  };
}

/** The prior's part of a blend: its weight is its share of the labelled statements (none recorded: no part). */
function priorBlend(prior: ExtractionModel, ownStatements: number): ExtractionModel['blend'] {
  const theirs = prior.trainedOn.labelled?.statements ?? 0;
  if (theirs === 0) return undefined;
  return [{ weight: theirs / (theirs + ownStatements), group: prior.group, item: prior.item, referenceChars: prior.trainedOn.referenceChars }];
}

function chooseThreshold(
  featurised: Array<{ labels: string[]; ctx: RuleContext; scored: ScoredCandidate[] }>,
  model: ScoringModel,
  budget: number,
): number {
  const { item } = model;
  const perDoc = featurised.map((d) => documentScores(d.ctx, d.scored, model));
  const labelled = featurised.reduce((s, d) => s + d.labels.length, 0);
  let best = { t: 0.5, recall: -1 };
  for (let t = 0.05; t <= 0.9501; t += 0.025) {
    let matched = 0, extracted = 0;
    perDoc.forEach((scored, di) => {
      const kept = select(scored, t, item).map((p) => p.candidate.text);
      extracted += kept.length;
      matched += featurised[di]!.labels.filter((l) => kept.some((e) => matches(l, e))).length;
    });
    const recall = matched / Math.max(1, labelled);
    if (extracted / Math.max(1, labelled) <= budget && recall > best.recall) best = { t: Math.round(t * 1000) / 1000, recall };
  }
  return best.t;
}
