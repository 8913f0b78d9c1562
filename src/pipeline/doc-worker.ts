/**
 * Worker-thread entry: reads one document at a time for reader.ts (parse, then extract), so a
 * document that is too slow or too large is stopped by its deadline without stalling the scan.
 */
import { parentPort } from 'node:worker_threads';
import type { RawSource } from '../ingest/index.js';
import type { Stage } from '../schema/failure.js';
import { readDocument, toReadFailure, type ReadOptions } from './read.js';
import type { ReaderJob, ReaderReply } from './reader.js';

const port = parentPort;
if (port) {
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
