import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLabelledDocs } from '../../src/eval/evaluate.js';
import { matches } from '../../src/eval/match.js';
import { ExtractionModel, defaultModel, extractPriorities, trainExtractionModel } from '../../src/extract/index.js';
import { dataPath } from '../../src/util/package.js';
import { docOf } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'fixtures', 'eval');

describe('training the extraction model', () => {
  const { docs } = loadLabelledDocs(path.join(fixtures, 'docs'), path.join(fixtures, 'labels.csv'));
  const training = docs.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) }));
  const model = trainExtractionModel(training, 'fixtures');

  it('is a valid model, deterministic, and holds feature names and numbers only (no document text)', () => {
    expect(ExtractionModel.safeParse(model).success).toBe(true);
    expect(trainExtractionModel(training, 'fixtures')).toEqual(model);
    const json = JSON.stringify(model);
    for (const d of docs) for (const l of d.labels) expect(json.toLowerCase()).not.toContain(l.priority_text.toLowerCase());
    expect(model.trainedOn.positives).toBeGreaterThan(0);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('finds most of its training documents’ labelled priorities, each with its reasons', () => {
    let labelled = 0, matched = 0, extracted = 0;
    for (const d of docs) {
      const ps = extractPriorities(d.doc, model);
      extracted += ps.length;
      labelled += d.labels.length;
      matched += d.labels.filter((l) => ps.some((p) => matches(l.priority_text, p.text))).length;
      for (const p of ps) expect(p.reasons[0]).toMatch(/^p=/);
    }
    expect(matched / labelled).toBeGreaterThan(0.8);
    expect(extracted / labelled).toBeLessThan(1.6);
  });

  it('keeps a list introduced as priorities and leaves a list of member agencies', () => {
    const doc = docOf([
      { kind: 'paragraph', text: 'The partnership includes the following member agencies:' },
      { kind: 'list_item', text: 'Testshire County Council', marker: '•' },
      { kind: 'list_item', text: 'Testshire Police', marker: '•' },
      { kind: 'list_item', text: 'the probation service', marker: '•' },
      { kind: 'heading', text: 'Our priorities for 2025 to 2028', level: 2 },
      { kind: 'list_item', text: 'Reducing serious violence', marker: '•' },
      { kind: 'list_item', text: 'Tackling domestic abuse', marker: '•' },
      { kind: 'list_item', text: 'Protecting children from exploitation', marker: '•' },
    ]);
    const texts = extractPriorities(doc).map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['Reducing serious violence', 'Tackling domestic abuse', 'Protecting children from exploitation']));
    expect(texts).not.toContain('Testshire Police');
    expect(texts).not.toContain('Testshire County Council');
  });

  it('ships a committed model that loads and matches its schema', () => {
    const raw = JSON.parse(readFileSync(dataPath('extraction', 'model.json'), 'utf8'));
    expect(ExtractionModel.safeParse(raw).success).toBe(true);
    expect(defaultModel().threshold).toBe(raw.threshold);
    expect(Object.keys(raw.item.weights).length).toBeGreaterThan(20);
  });
});
