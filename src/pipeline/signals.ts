/**
 * SIGINT (Ctrl-C) and SIGTERM during a scan: say what happened, run the cleanup (release the scan
 * lock, remove the unfinished report set), then let the signal end the process as it would have
 * (exit status 130 / 143 in the shell). The cleanup is synchronous: nothing async runs after a signal.
 */
export function handleInterrupts(cleanup: () => void, stream: NodeJS.WritableStream = process.stderr): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    dispose();
    stream.write(`\nplanscan: interrupted (${signal}): the scan stopped, its lock is released and no report was written; ` +
      'the previous reports are kept. Run it again to finish: documents already read are reused.\n');
    try {
      cleanup();
    } finally {
      process.kill(process.pid, signal);
    }
  };
  const dispose = (): void => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return dispose;
}
