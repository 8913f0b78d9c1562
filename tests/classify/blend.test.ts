/**
 * Blends of learned models (src/classify/blend.ts): the classifier's own ensemble (model.ts
 * MEMBERS) and carrying what was learned from other documents to a new labelled set (weights by
 * statement count); fingerprints; the committed model's record of the documents it learned from.
 * `eval --folds` choosing the blend: tests/eval/learners.test.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlendedModel, committedLearning, learnFrom, type LabelledStatement } from '../../src/classify/index.js';
import { Ensemble, MEMBERS, savedModel, trainingExamples } from '../../src/classify/model.js';
import { documentFingerprint, overlap } from '../../src/util/fingerprint.js';
import { statementFeatures } from '../../src/classify/features.js';
import { buildLexicon } from '../../src/classify/lexicon.js';
import { ruleEvidence } from '../../src/classify/rules.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadLabelledDocs } from '../../src/eval/index.js';
import { sharedDir } from '../shared-path.js';

// statements written for this test (none from ../shared/eval)
const A: LabelledStatement[] = [
  { text: 'Tackle burglary of homes and sheds', kind: 'crime', theme: 'burglary' },
  { text: 'Publicise how to report fraud', kind: 'mechanism', theme: 'public_awareness' },
  { text: 'Older residents who live alone', kind: 'target_group', theme: 'older_people' },
];
const B: LabelledStatement[] = [
  { text: 'Reduce shoplifting in the town centre', kind: 'crime', theme: 'acquisitive_crime' },
  { text: 'Board members attend every meeting', kind: 'internal_process', theme: 'governance_performance' },
];

describe('documentFingerprint', () => {
  it('ignores spacing and case, and tells different texts apart', () => {
    const f = documentFingerprint('Our priorities:\n  Burglary\n\nRoad safety');
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(documentFingerprint('our priorities: burglary road safety')).toBe(f);
    expect(documentFingerprint('Our priorities: Burglary, road safety')).not.toBe(f);
  });
});

describe('BlendedModel', () => {
  const tax = loadTaxonomy();
  const lex = buildLexicon(tax);
  const a = learnFrom(A);
  const b = learnFrom(B);
  const byStatements = () => new BlendedModel([a, b].map((l) => ({ model: l.model, weight: l.statements })));

  it('gives each part its share of the weights (for a new labelled set: the statements each learned from)', () => {
    expect(a.statements).toBe(3);
    expect(byStatements().weights).toEqual([0.6, 0.4]);
    expect(() => new BlendedModel([{ model: a.model, weight: 0 }])).toThrow(/positive weight/);
    expect(() => new BlendedModel([])).toThrow(/positive weight/);
  });

  it.each(['Tackle shoplifting and burglary', 'Raise awareness of scams among older people'])('averages the kind and theme probabilities: %s', (text) => {
    const x = statementFeatures(text, ruleEvidence(text, lex), lex);
    const pa = a.model.probabilities(x);
    const pb = b.model.probabilities(x);
    const blend = byStatements().probabilities(x);
    for (const key of ['kinds', 'themes'] as const) {
      const got = blend[key];
      expect(got.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 6);
      for (const { label, p } of got) {
        const want = 0.6 * (pa[key].find((x) => x.label === label)?.p ?? 0) + 0.4 * (pb[key].find((x) => x.label === label)?.p ?? 0);
        expect(p).toBeCloseTo(want, 9);
      }
      expect(got.map((x) => x.p)).toEqual([...got.map((x) => x.p)].sort((x, y) => y - x));
    }
  });

  it("explains the blend's kind by every part's features for that same kind, scaled by its share", () => {
    const text = 'Tackle burglary and publicise how to report it';
    const x = statementFeatures(text, ruleEvidence(text, lex), lex);
    const e = byStatements().explain(x, undefined, 'crime', 'burglary');
    const ea = a.model.explain(x, undefined, 'crime', 'burglary');
    const eb = b.model.explain(x, undefined, 'crime', 'burglary');
    expect(e.kindFeatures.length).toBeGreaterThan(0);
    for (const f of e.kindFeatures) {
      const want = 0.6 * (ea.kindFeatures.find((x) => x.feature === f.feature)?.weight ?? 0) + 0.4 * (eb.kindFeatures.find((x) => x.feature === f.feature)?.weight ?? 0);
      expect(f.weight).toBeCloseTo(want, 1);
    }
  });
});

describe('the ensemble (model.ts MEMBERS)', () => {
  it('has members that differ in their training files: one learns without the template statements', () => {
    expect(MEMBERS.map((m) => m.templates)).toEqual([true, false]);
    expect(MEMBERS.reduce((s, m) => s + m.weight, 0)).toBeCloseTo(1, 9);
    const ex = trainingExamples();
    expect(ex.filter((e) => e.template).length).toBeGreaterThan(1000);
    expect(ex.filter((e) => !e.template).length).toBeGreaterThan(100);
    const tax = loadTaxonomy();
    const { model } = learnFrom(A);
    expect(model).toBeInstanceOf(Ensemble);
    const trained = Object.fromEntries((model as Ensemble).members.map((m) => [m.name, m.model.trainedOn]));
    expect(trained.all! - trained.written!).toBe(ex.filter((e) => e.template).length);
    expect(tax.themes.length).toBeGreaterThan(0);
  });

  it('the committed model.json holds every member, with its weight', () => {
    const saved = savedModel(loadTaxonomy())!;
    expect(saved.raw.members.map((m) => [m.name, m.weight])).toEqual(MEMBERS.map((m) => [m.name, m.weight]));
    for (const m of saved.raw.members) expect(Object.keys(m.kind.w)).toEqual(['crime', 'target_group', 'mechanism', 'internal_process']);
  });
});

describe('overlap', () => {
  it('counts the documents of a set a model learned from', () => {
    expect(overlap(['a', 'b', 'c'], ['c', 'd'])).toEqual({ seen: 1, documents: 3 });
    expect(overlap([], ['c'])).toEqual({ seen: 0, documents: 0 });
  });
});

const dev = path.join(sharedDir, 'eval', 'dev');
describe.skipIf(!existsSync(dev))('the committed model and the dev set', () => {
  it('records the labelled statements and every dev document it learned from, so dev cross-validation never blends it in', () => {
    const c = committedLearning();
    expect(c).toBeDefined();
    const { docs } = loadLabelledDocs(path.join(dev, 'docs'), path.join(dev, 'labels.csv'));
    expect(c!.statements).toBe(docs.reduce((s, d) => s + d.labels.length, 0));
    expect(overlap(docs.map((d) => d.fingerprint), c!.documents)).toEqual({ seen: docs.length, documents: docs.length });
  });
});
