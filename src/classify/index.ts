export { loadClassifier, trainClassifierOn, classifyPriorities, type Classifier, type ClassifierOptions } from './classifier.js';
export { loadTaxonomy, Taxonomy, Theme, type KindCues } from './taxonomy.js';
export { normalise, stems } from './lexicon.js';
