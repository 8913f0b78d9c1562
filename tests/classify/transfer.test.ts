/**
 * Carrying what the classifier learned from other documents to a new labelled set
 * (src/classify/transfer.ts): fingerprints, the blend of two models by statement count, and the
 * committed model's record of the documents it learned from. `eval --folds` choosing the blend:
 * tests/eval/learners.test.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlendedModel, committedLearning, learnFrom, type LabelledStatement } from '../../src/classify/index.js';
import { documentFingerprint, overlap } from '../../src/util/fingerprint.js';
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

  it('weights each model by the labelled statements it learned from', () => {
    expect(a.statements).toBe(3);
    expect(new BlendedModel([a, b]).weights).toEqual([0.6, 0.4]);
    expect(() => new BlendedModel([{ model: a.model, statements: 0 }])).toThrow(/labelled statements/);
  });

  it.each(['Tackle shoplifting and burglary', 'Raise awareness of scams among older people'])('averages the kind and theme probabilities: %s', (text) => {
    const ev = ruleEvidence(text, lex);
    const pa = a.model.predict(text, ev, lex);
    const pb = b.model.predict(text, ev, lex);
    const blend = new BlendedModel([a, b]).predict(text, ev, lex);
    for (const [key, parts] of [['kinds', [pa.kinds, pb.kinds]], ['themes', [pa.themes, pb.themes]]] as const) {
      const got = blend[key];
      expect(got.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 6);
      for (const { label, p } of got) {
        const want = 0.6 * (parts[0].find((x) => x.label === label)?.p ?? 0) + 0.4 * (parts[1].find((x) => x.label === label)?.p ?? 0);
        expect(p).toBeCloseTo(want, 9);
      }
      expect(got.map((x) => x.p)).toEqual([...got.map((x) => x.p)].sort((x, y) => y - x));
    }
    expect(blend.kindFeatures.length).toBeGreaterThan(0);
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
