/**
 * What each cross-validation fold learns with (src/eval/learners.ts): the extraction model's blend
 * with a prior (extract/train.ts `prior`, score.ts), the committed extraction model's record of the
 * documents it learned from, and `eval --folds` blending the committed models in only for a set
 * they have not seen.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedPriors } from '../../src/eval/learners.js';
import { loadLabelledDocs } from '../../src/eval/index.js';
import { defaultModel, ExtractionModel, trainExtractionModel } from '../../src/extract/index.js';
import { documentScores, featurise } from '../../src/extract/score.js';
import { overlap } from '../../src/util/fingerprint.js';
import { sharedDir } from '../shared-path.js';
import { repoRoot, runCli, tempDir } from '../shared-fixtures.js';

// labelled documents written for planscan's tests (not from ../shared/eval)
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'eval');
const { docs } = loadLabelledDocs(path.join(fixtures, 'docs'), path.join(fixtures, 'labels.csv'));
const training = (ds: typeof docs) => ds.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) }));
const statements = (ds: typeof docs) => ds.reduce((s, d) => s + d.labels.length, 0);

describe('an extraction model blended with a prior', () => {
  const [a, b] = [docs.slice(0, 4), docs.slice(4)];
  const prior = trainExtractionModel(training(a));
  prior.trainedOn.labelled = { statements: statements(a), documents: a.map((d) => d.fingerprint) };

  it('weights the prior by its share of the labelled statements, and is still a valid model', () => {
    const m = trainExtractionModel(training(b), undefined, { prior });
    expect(m.blend).toHaveLength(1);
    expect(m.blend![0]!.weight).toBeCloseTo(statements(a) / (statements(a) + statements(b)), 9);
    expect(ExtractionModel.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
  });

  it('scores each candidate with the weighted mean of the two models’ probabilities', () => {
    const own = trainExtractionModel(training(b));
    const m = trainExtractionModel(training(b), undefined, { prior });
    const w = m.blend![0]!.weight;
    for (const d of b) {
      const { ctx, scored } = featurise(d.doc);
      const scores = (x: ExtractionModel) => documentScores(ctx, scored, x).map((s) => s.p);
      const [pOwn, pPrior, pMix] = [scores(own), scores(prior), scores(m)];
      expect(scores({ ...m, blend: undefined })).toEqual(pOwn); // its own part: the weights of a model trained alone
      pMix.forEach((p, i) => expect(p).toBeCloseTo((1 - w) * pOwn[i]! + w * pPrior[i]!, 9));
    }
  });

  it('a prior that records no labelled statements adds nothing', () => {
    const bare = trainExtractionModel(training(a));
    expect(trainExtractionModel(training(b), undefined, { prior: bare }).blend).toBeUndefined();
  });
});

describe('eval --folds and the committed models', () => {
  it('on documents they have not seen, each fold blends in the committed extraction model and classifier', async () => {
    const { priors, notes } = committedPriors(docs.map((d) => d.fingerprint));
    expect(priors.extractor).toBeDefined();
    expect(priors.classifier).toBeDefined();
    const r = await runCli(['eval', '--docs', path.join(fixtures, 'docs'), '--labels', path.join(fixtures, 'labels.csv'), '--folds', '2']);
    expect(r.code, r.stderr).toBe(0);
    for (const what of ['extraction model', 'classifier']) {
      expect(r.stdout).toMatch(new RegExp(`${what} in each fold: the committed one \\(\\d+ labelled statements from \\d+ other documents\\) blended with one trained on the training folds`));
    }
    expect(notes.every((n) => r.stdout.includes(n))).toBe(true);
  });

  const dev = path.join(sharedDir, 'eval', 'dev');
  it.skipIf(!existsSync(dev))('the committed extraction model records every dev document, so dev folds start from scratch, and eval says so', async () => {
    const { docs: devDocs } = loadLabelledDocs(path.join(dev, 'docs'), path.join(dev, 'labels.csv'));
    const learned = defaultModel().trainedOn.labelled!;
    expect(learned.statements).toBe(statements(devDocs));
    expect(overlap(devDocs.map((d) => d.fingerprint), learned.documents)).toEqual({ seen: devDocs.length, documents: devDocs.length });
    // a set with two dev documents among others: one seen document is enough to train from scratch
    const dir = tempDir('learners');
    mkdirSync(path.join(dir, 'docs'));
    const two = devDocs.slice(0, 2);
    for (const d of [...two.map((x) => path.join(dev, 'docs', x.file)), ...docs.slice(0, 3).map((x) => path.join(fixtures, 'docs', x.file))]) copyFileSync(d, path.join(dir, 'docs', path.basename(d)));
    const rows = [...two.flatMap((d) => d.labels), ...docs.slice(0, 3).flatMap((d) => d.labels)].map((l) => [l.file, JSON.stringify(l.priority_text), l.kind, l.theme, ''].join(','));
    writeFileSync(path.join(dir, 'labels.csv'), ['file,priority_text,kind,theme,note', ...rows].join('\n') + '\n');
    const r = await runCli(['eval', '--docs', path.join(dir, 'docs'), '--labels', path.join(dir, 'labels.csv'), '--folds', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('extraction model in each fold: trained from scratch on the training folds (the committed one learned from 2 of these 5 documents)');
    expect(r.stdout).toContain('classifier in each fold: trained from scratch on the training folds (the committed one learned from 2 of these 5 documents)');
  });
});
