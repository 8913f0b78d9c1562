/** The scan pipeline: what the CLI, the bench and tests import. */
export { runScan } from './run.js';
export { checkRunOptions, DOCUMENT_TIMEOUT_MS, MAX_SOURCES_BYTES, type RunOptions, type RunResult, type StageName } from './options.js';
export { StrictFailure, NoDocumentsError, StoreFailure, RunOptionsError } from './errors.js';
export { processDocument, type DocumentContext, type DocumentOutcome } from './document.js';
export { reviewSummary } from './review.js';
export { stderrProgress, silentProgress, type Progress } from './progress.js';
