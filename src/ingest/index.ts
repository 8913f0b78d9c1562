export { fetchSource } from './fetch.js';
export { parseSource, readingWarnings } from './parse.js';
export { closeIngest } from './close.js';
export { parseSurveyCsv, SurveyResponse } from './csv.js';
export type { IngestOptions, IngestWarning, RawSource } from './types.js';
export { PDF_ENGINES, DEFAULT_PDF_ENGINE, type PdfEngine } from './pdf-extract.js';
