import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignFolds, crossValidate, formatCrossVal, loadLabelledDocs } from '../../src/eval/index.js';
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
