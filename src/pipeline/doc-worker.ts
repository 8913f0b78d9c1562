/**
 * Worker-thread entry: reads one document at a time for reader.ts (parse, then extract), so a
 * document that is too slow or too large is stopped by its deadline without stalling the scan.
 */
import { parentPort } from 'node:worker_threads';
import type { RawSource } from '../ingest/index.js';
import type { Stage } from '../schema/failure.js';
import { extractPriorities } from '../extract/index.js';
import { textDocument, unlistedSource } from '../ingest/text.js';
import { readDocument, toReadFailure, type ReadOptions } from './read.js';
import type { ReaderJob, ReaderReply } from './reader.js';

/**
 * Loads the extraction model, cues and lexicons (~0.3–0.6 s) before the first job: a document's
 * deadline starts at its 'started' message and should pay for reading it, not for warming up.
 * A failure here is left for the first job to meet and report against its document.
 */
function warmUp(): void {
  try {
    extractPriorities(textDocument('Our priorities are:\n\n- burglary\n- domestic abuse\n', unlistedSource('warm-up', 'warm-up.txt', { partner: 'warm-up', area: 'none' })));
  } catch {
    /* reported by the job */
  }
}

const port = parentPort;
if (port) {
  warmUp();
  port.on('message', (job: ReaderJob) => {
    port.postMessage({ started: true });
    const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    const raw: RawSource = { ...job.raw, bytes };
    let stage: Stage = 'parse';
    readDocument(raw, job.opts satisfies ReadOptions, job.survey, (s) => {
      stage = s;
      port.postMessage({ stage: s });
    }).then(
      (read) => port.postMessage({ done: true, ok: true, read } satisfies ReaderReply),
      (error: unknown) => port.postMessage({ done: true, ok: false, failure: toReadFailure(error, stage) } satisfies ReaderReply),
    );
  });
}
