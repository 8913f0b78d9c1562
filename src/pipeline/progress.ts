/** Progress goes to stderr; stdout carries data only. TTY changes rendering, never content. */
export interface Progress {
  start(total: number, title: string): void;
  tick(done: number, message: string): void;
  end(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, end() {} };

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let total = 0;
  const started = Date.now();
  return {
    start(n, title) {
      total = n;
      stream.write(`${title}\n`);
    },
    tick(done, message) {
      const width = String(total).length;
      stream.write(`  [${String(done).padStart(width)}/${total}] ${message}\n`);
    },
    end() {
      stream.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
