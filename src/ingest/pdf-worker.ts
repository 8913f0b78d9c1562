/**
 * Worker-thread entry: parses PDFs posted by pdf-pool.ts, one at a time, so pdf.js (which runs on
 * the calling thread) does not block the main event loop and several PDFs parse in parallel.
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfText, toPdfFailure } from './pdf-extract.js';
import type { PdfJob, PdfReply } from './pdf-pool.js';

const port = parentPort;
if (port) {
  port.on('message', (job: PdfJob) => {
    extractPdfText(Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength), job.engine).then(
      (text) => port.postMessage({ done: true, ok: true, text } satisfies PdfReply),
      (error: unknown) => port.postMessage({ done: true, ok: false, error: toPdfFailure(error) } satisfies PdfReply),
    );
  });
}
