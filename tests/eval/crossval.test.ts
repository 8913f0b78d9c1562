import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignFolds, crossValidate, formatCrossVal, formatRepeatedCrossVal, loadLabelledDocs, repeatCrossValidate } from '../../src/eval/index.js';
import { matches } from '../../src/eval/match.js';
import { explainMiss, extractPriorities, trainExtractionModel, type ExtractionModel } from '../../src/extract/index.js';
import type { Document } from '../../src/schema/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'eval');

describe('cross-validation with the learned extractor', () => {
  const { docs } = loadLabelledDocs(path.join(fixtures, 'docs'), path.join(fixtures, 'labels.csv'));

  it('retrains on the other folds only, and reports why held-out statements were missed', () => {
    const trainedOn: string[][] = [];
    const report = crossValidate(
      {
        docs,
        k: 4,
        trainExtractor: (train) => {
          trainedOn.push(train.map((d) => d.file));
          const model: ExtractionModel = trainExtractionModel(train.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })));
          const extract = (doc: Document) => extractPriorities(doc, model).map((p) => ({ text: p.text, reasons: p.reasons }));
          return Object.assign(extract, { explainMiss: (doc: Document, label: string) => explainMiss(doc, (c) => matches(label, c), model) });
        },
      },
      () => [],
    );
    const folds = assignFolds(docs, 4);
    expect(trainedOn).toHaveLength(4);
    trainedOn.forEach((files, f) => {
      expect(files.length).toBe(docs.length - docs.filter((d) => folds.get(d.file) === f).length);
      for (const file of files) expect(folds.get(file)).not.toBe(f); // never its own held-out documents
    });
    expect(report.pooled.labelled).toBe(35);
    expect(report.pooled.recall).toBeGreaterThan(0.5);
    for (const d of report.perDoc) {
      expect(d.missedWhy).toHaveLength(d.missed.length);
      for (const w of d.missedWhy) expect(w).toMatch(/no candidate|best candidate p=|candidate kept/);
      for (const r of d.unmatchedReasons) expect(r[0]).toMatch(/^p=/);
    }
    const text = formatCrossVal(report, { details: true });
    expect(text).toContain('held-out misses');
    expect(text).toContain('held-out extractions matching no label');
  });
});

describe('assignFolds with a fold seed (repeated CV)', () => {
  const docs = Array.from({ length: 37 }, (_, i) => ({ file: `doc-${String(i).padStart(2, '0')}.txt`, partnerType: ['CSP', 'SAB', 'YOT', 'FIRE'][i % 4] as string }));

  it('seed 0 is the fixed split: partner type then file name, dealt round-robin', () => {
    const sorted = [...docs].sort((a, b) => a.partnerType.localeCompare(b.partnerType) || a.file.localeCompare(b.file));
    const f = assignFolds(docs, 5, 0);
    sorted.forEach((d, i) => expect(f.get(d.file)).toBe(i % 5));
    expect(assignFolds(docs, 5)).toEqual(f);
  });

  it('other seeds give other, balanced, stratified splits, each the same every time', () => {
    const a = assignFolds(docs, 5, 1);
    const b = assignFolds(docs, 5, 2);
    expect([...a.entries()]).not.toEqual([...assignFolds(docs, 5, 0).entries()]);
    expect([...a.entries()]).not.toEqual([...b.entries()]);
    expect(assignFolds(docs, 5, 1)).toEqual(a);
    const sizes = [0, 1, 2, 3, 4].map((f) => [...a.values()].filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    for (const t of ['CSP', 'SAB']) expect(new Set(docs.filter((d) => d.partnerType === t).map((d) => a.get(d.file))).size).toBe(5);
  });

  it('refuses a seed that is not a whole number', () => {
    expect(() => assignFolds(docs, 5, -1)).toThrow(/fold seed/);
    expect(() => assignFolds(docs, 5, 1.5)).toThrow(/fold seed/);
  });
});

describe('repeatCrossValidate', () => {
  const { docs } = loadLabelledDocs(path.join(fixtures, 'docs'), path.join(fixtures, 'labels.csv'));

  it('runs one cross-validation per split and reports their mean and spread', () => {
    const seen: number[] = [];
    const r = repeatCrossValidate(
      {
        docs,
        k: 3,
        trainExtractor: (train) => {
          seen.push(train.length);
          const model = trainExtractionModel(train.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })));
          return (doc: Document) => extractPriorities(doc, model).map((p) => p.text);
        },
      },
      () => [],
      3,
    );
    expect(r.runs.map((x) => x.seed)).toEqual([0, 1, 2]);
    expect(seen).toHaveLength(9);
    const recalls = r.perSeed.map((p) => p.recall);
    expect(r.mean.recall).toBeCloseTo(recalls.reduce((a, x) => a + x, 0) / 3, 3);
    // each split holds every document out once, so the per-type pool counts every label once per split
    expect(r.perPartnerType.reduce((a, t) => a + t.labelled, 0)).toBe(3 * 35);
    expect(formatRepeatedCrossVal(r)).toMatch(/mean ± sd: recall \d\.\d{3} ±\d\.\d{3}/);
  });
});
