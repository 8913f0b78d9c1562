import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temp-file name used for `file` (same directory, so rename is atomic). Exported for tests. */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `file` atomically: a temp file in the same directory is written, flushed and
 * renamed over the target. Readers see the old file or the new one, never a half-written one; on
 * failure the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** The same for small synchronous writers (CSV tables written from the store). */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempNameFor(file);
  try {
    writeFileSync(tmp, data, { flag: 'wx', mode: 0o644 });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Several files that must change together (the report set): each is written to its temp file as
 * soon as it is rendered, so only one rendering is held in memory at a time, and all are renamed
 * into place by commit(). Until then the previous files stay untouched; abort() removes the temps.
 * A file may be given whole or as chunks (a generator), which are written as they come.
 */
export class AtomicBatch {
  private staged: Array<{ tmp: string; file: string }> = [];

  /** `afterWrite` runs after each write of ~1 MB, with the size written so far (string length or bytes); the report uses it to bound memory (util/gc.ts). */
  constructor(private readonly afterWrite: (bytesSoFar: number) => void = () => {}) {}

  async stage(file: string, data: string | Uint8Array | Iterable<string> | AsyncIterable<string | Uint8Array>): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const tmp = tempNameFor(file);
    this.staged.push({ tmp, file });
    const fh = await open(tmp, 'wx', 0o644);
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) {
        await fh.writeFile(data);
      } else {
        // Small string chunks are gathered to ~1 MB before each write: fewer syscalls, bounded memory.
        let buffered: string[] = [];
        let size = 0;
        let written = 0;
        const flush = async () => {
          if (buffered.length > 0) await fh.write(buffered.join(''));
          written += size;
          buffered = [];
          size = 0;
          this.afterWrite(written);
        };
        for await (const chunk of data) {
          if (typeof chunk === 'string') {
            buffered.push(chunk);
            size += chunk.length;
            if (size >= 1 << 20) await flush();
          } else {
            await flush();
            await fh.write(chunk);
            written += chunk.length;
          }
        }
        await flush();
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  async commit(): Promise<string[]> {
    for (const { tmp, file } of this.staged) await rename(tmp, file);
    const files = this.staged.map((s) => s.file);
    this.staged = [];
    return files;
  }

  async abort(): Promise<void> {
    await Promise.all(this.staged.map(({ tmp }) => rm(tmp, { force: true })));
    this.staged = [];
  }
}
