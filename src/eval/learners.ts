/**
 * What each cross-validation fold learns with: an extraction model and a classifier trained on the
 * training folds' documents, each blended with a committed model that learned from other
 * documents (extract/train.ts `prior`, classify/blend.ts) when it learned from none of this
 * set's: on the dev set the committed models have seen every document, so every fold starts from
 * scratch; on a new set (the held-back documents) what they learned is carried over.
 */
import { committedLearning, trainClassifierOn, type Learned } from '../classify/index.js';
import { defaultModel, explainMiss, extractPriorities, trainExtractionModel, type ExtractionModel } from '../extract/index.js';
import type { Document } from '../schema/index.js';
import { overlap, type LearnedFrom } from '../util/fingerprint.js';
import type { ClassifyFn, LabelRow } from './evaluate.js';
import { labelledStatement } from './evaluate.js';
import { matches } from './match.js';

/** The learned extractor (the committed model unless given), with its reasons and why it missed a label. */
export function extractorFor(model?: ExtractionModel) {
  const extract = (doc: Document) => extractPriorities(doc, model).map((p) => ({ text: p.text, reasons: p.reasons }));
  return Object.assign(extract, { explainMiss: (doc: Document, label: string) => explainMiss(doc, (c) => matches(label, c), model) });
}

/** Models that learned from other documents, to blend into each fold's. */
export interface Priors {
  extractor?: ExtractionModel | undefined;
  classifier?: Learned | undefined;
}

/**
 * The committed models as priors for a labelled set, each only if it learned from none of the
 * set's documents (by fingerprint), and a line per model saying which it is and why.
 */
export function committedPriors(fingerprints: string[]): { priors: Priors; notes: string[] } {
  const classifier = committedLearning();
  const extractor = defaultModel();
  const c = judge('classifier', classifier, fingerprints);
  const e = judge('extraction model', extractor.trainedOn.labelled, fingerprints);
  return { priors: { extractor: e.blend ? extractor : undefined, classifier: c.blend ? classifier : undefined }, notes: [e.note, c.note] };
}

/** Whether a committed model may join each fold (it records what it learned from, and saw none of these documents), and the line saying so. */
function judge(what: string, learned: LearnedFrom | undefined, fingerprints: string[]): { blend: boolean; note: string } {
  const seen = learned ? overlap(fingerprints, learned.documents).seen : 0;
  if (learned && seen === 0) {
    return { blend: true, note: `${what} in each fold: the committed one (${learned.statements} labelled statements from ${learned.documents.length} other documents) blended with one trained on the training folds, weighted by statement count` };
  }
  return { blend: false, note: `${what} in each fold: trained from scratch on the training folds${seen ? ` (the committed one learned from ${seen} of these ${fingerprints.length} documents)` : ''}` };
}

/** Each fold's learners: trained on the training folds' documents and labels, blended with the priors given. */
export function foldLearners(typeOf: Map<string, string>, priors: Priors = {}) {
  return {
    trainExtractor: (train: Array<{ doc: Document; labels: LabelRow[] }>) =>
      extractorFor(trainExtractionModel(train.map((d) => ({ doc: d.doc, labels: d.labels.map((l) => l.priority_text) })), undefined, priors.extractor ? { prior: priors.extractor } : {})),
    trainClassifier: (rows: LabelRow[]): ClassifyFn => {
      const c = trainClassifierOn(rows.map((r) => labelledStatement(r, typeOf.get(r.file))), priors.classifier ? { prior: priors.classifier } : {});
      return (t: string, ctx?: { partnerType?: string }) => c.classify(t, ctx);
    },
  };
}
