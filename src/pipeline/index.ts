/**
 * The scan pipeline: what the CLI, the bench and tests import.
 *
 *   run.ts       runScan: check options → load sources → lock → each document → analyse → record → reports
 *   options.ts   RunOptions, RunResult, checkRunOptions (everything checked before the first document)
 *   document.ts  processDocument(entry, ctx) → DocumentOutcome: fetch → reuse or read → classify → save
 *   reader.ts    DocumentReader: reads each document in a worker (doc-worker.ts) under a deadline and heap limit
 *   read.ts      readDocument: parse + extract, each stage tagging its failures (also run in-thread under vitest)
 *   errors.ts    StrictFailure, NoDocumentsError, RunOptionsError (usage), StoreFailure (stops the run)
 *   signals.ts   SIGINT/SIGTERM: message, lock released, unfinished report set removed
 *   inputs.ts    the hash of a run's report inputs (an unchanged rerun keeps its reports)
 */
export { runScan } from './run.js';
export { checkRunOptions, DOCUMENT_TIMEOUT_MS, type RunOptions, type RunResult, type StageName } from './options.js';
export { StrictFailure, NoDocumentsError, StoreFailure, RunOptionsError } from './errors.js';
export { processDocument, type DocumentContext, type DocumentOutcome } from './document.js';
export { reviewSummary } from './review.js';
export { stderrProgress, silentProgress, type Progress } from './progress.js';
