/**
 * Carrying what was learned from other documents to a new labelled set (src/classify/transfer.ts):
 * fingerprints, the blend of two models by statement count, the committed model's record of the
 * documents it learned from, and `eval --folds` choosing the blend only for documents it has not seen.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlendedModel, committedLearning, documentFingerprint, learnFrom, overlap, type LabelledStatement } from '../../src/classify/index.js';
import { buildLexicon } from '../../src/classify/lexicon.js';
import { ruleEvidence } from '../../src/classify/rules.js';
import { loadTaxonomy } from '../../src/classify/taxonomy.js';
import { loadLabelledDocs } from '../../src/eval/index.js';
import { sharedDir } from '../shared-path.js';
import { runCli, tempDir } from '../shared-fixtures.js';

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

  // A small labelled set: `docs` written for the test, or copies of dev documents.
  function labelledSet(docs: Array<{ file: string; text: string }>, labels: string[]): { docs: string; labels: string } {
    const dir = tempDir('transfer');
    mkdirSync(path.join(dir, 'docs'));
    for (const d of docs) writeFileSync(path.join(dir, 'docs', d.file), d.text);
    writeFileSync(path.join(dir, 'labels.csv'), ['file,priority_text,kind,theme,note', ...labels].join('\n') + '\n');
    return { docs: path.join(dir, 'docs'), labels: path.join(dir, 'labels.csv') };
  }
  const header = (area: string, type: string) => `source: written for planscan's tests\ntitle: ${area} plan\npartner: ${area} partnership\npartner_type: ${type}\narea: ${area}\nyear: 2025\n---\n`;

  it('eval --folds on documents the committed model has not seen blends it into each fold', async () => {
    const set = labelledSet(
      [
        { file: 'a.txt', text: `${header('Northby', 'CSP')}Our priorities for the year are:\n- Tackling burglary\n- Reducing shoplifting\n` },
        { file: 'b.txt', text: `${header('Southby', 'CSP')}The partnership will focus on:\n- Domestic abuse\n- Road safety\n` },
      ],
      ['a.txt,Tackling burglary,crime,burglary,', 'a.txt,Reducing shoplifting,crime,acquisitive_crime,', 'b.txt,Domestic abuse,crime,domestic_abuse,', 'b.txt,Road safety,crime,road_safety,'],
    );
    const r = await runCli(['eval', '--docs', set.docs, '--labels', set.labels, '--folds', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/classifier in each fold: the committed model \(\d+ labelled statements from \d+ other documents\) blended with one trained from scratch/);
  });

  it('eval --folds on documents it learned from trains each fold from scratch, and says how many it has seen', async () => {
    const { docs } = loadLabelledDocs(path.join(dev, 'docs'), path.join(dev, 'labels.csv'));
    const two = docs.slice(0, 2);
    const set = labelledSet([], []);
    for (const d of two) copyFileSync(path.join(dev, 'docs', d.file), path.join(set.docs, d.file));
    writeFileSync(set.labels, ['file,priority_text,kind,theme,note', ...two.flatMap((d) => d.labels.map((l) => [l.file, JSON.stringify(l.priority_text), l.kind, l.theme, ''].join(',')))].join('\n') + '\n');
    const r = await runCli(['eval', '--docs', set.docs, '--labels', set.labels, '--folds', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("classifier in each fold: trained from scratch on the training folds' statements (the committed model learned from 2 of these 2 documents)");
  });
});
