export { loadClassifier, classifierFrom, trainClassifierOn, committedLearning, learnFrom, classifyPriorities, type Classifier, type Learned, type ClassifierOptions, type LabelledStatement } from './classifier.js';
export type { ClassifyContext } from './features.js';
export { loadTaxonomy, Taxonomy, Theme, type KindCues } from './taxonomy.js';
export { normalise, stems } from './lexicon.js';
export { BlendedModel } from './blend.js';
