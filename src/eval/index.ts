export { evaluate, readLabels, classificationMeasures, measuresFromPredictions, loadLabelledDocs, labelledStatement } from './evaluate.js';
export { assignFolds, crossValidate, formatCrossVal, repeatCrossValidate, formatRepeatedCrossVal } from './crossval.js';
export type { CrossValReport, RepeatedCrossVal, LabelledDoc, Extractor } from './crossval.js';
export type { EvaluateOptions, LabelRow, ClassifyFn } from './evaluate.js';
export { EvalReport, DocEval, ClassificationEval, formatEvalReport } from './report.js';
export { parseEvalDoc, sourceFromHeader } from './header.js';
export { matches, coverage, contentWords, stem, MATCH_THRESHOLD } from './match.js';
