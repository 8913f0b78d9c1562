import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import YAML, { LineCounter } from 'yaml';
import { ConfigError, type ConfigProblem, type LineOf } from './errors.js';

/** Largest sources.yaml accepted (every command, and `run`'s check before it starts): a listing of thousands of documents is well under this. */
export const MAX_SOURCES_BYTES = 1024 * 1024;
/**
 * Alias expansions allowed (yaml's count: nodes under an anchor × times it is used). yaml's own
 * default (100) rejects ordinary reuse of an anchor; this still stops exponential ("billion
 * laughs") expansion, which needs millions.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** What a new user should do when there is no usable sources file. */
const NO_SOURCES_HINT = "pass --sources FILE, or draft one from a folder of documents with 'planscan init DIR' and then 'planscan run --sources DIR/sources.yaml'";

/**
 * The one check of a sources file's path, before anything is read: it exists, is a regular file
 * (not a folder, /dev/zero or a FIFO) and is of sane size. Throws a ConfigError with a hint.
 */
export function checkSourcesPath(file: string, max = MAX_SOURCES_BYTES): void {
  let info: Stats;
  try {
    info = statSync(file);
  } catch (err) {
    throw openError(file, err);
  }
  checkStats(file, info, max);
}

function openError(file: string, err: unknown): ConfigError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ConfigError(file, [{ message: 'no such file' }], NO_SOURCES_HINT);
  return new ConfigError(file, [{ message: `cannot read the file (${code ?? String(err)})` }], 'check the path and its permissions');
}

function checkStats(file: string, info: Stats, max: number): void {
  if (info.isDirectory()) {
    const inside = path.join(file, 'sources.yaml');
    throw new ConfigError(file, [{ message: 'a folder, not a sources file' }], existsSync(inside) ? `pass --sources ${inside}` : NO_SOURCES_HINT);
  }
  if (!info.isFile()) throw new ConfigError(file, [{ message: 'not a regular file (a device, pipe or socket)' }], 'give the path of a sources.yaml file');
  if (info.size > max) throw new ConfigError(file, [{ message: `${info.size} bytes, over the ${max / 1024} KB limit for a sources file` }], tooLargeHint);
}

const tooLargeHint = 'is this the right file? A listing of thousands of documents is well under the limit';

/**
 * The text of a sources file: checked as checkSourcesPath does (on the opened file, so a file swapped
 * after a check is still checked), at most `max` bytes, valid UTF-8 (a BOM is dropped). /dev/zero, a
 * FIFO or a folder is refused before anything is read into memory.
 */
export function readSourcesText(file: string, max = MAX_SOURCES_BYTES): string {
  let fd: number;
  try {
    // Non-blocking: a FIFO swapped in after the check must not hang the open.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw openError(file, err);
  }
  try {
    const info = fstatSync(fd);
    checkStats(file, info, max);
    const buf = Buffer.alloc(Math.min(info.size, max) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > max) throw new ConfigError(file, [{ message: `the file grew over the ${max / 1024} KB limit while being read` }], tooLargeHint);
    return decodeUtf8(file, buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    let at = firstBadUtf8(bytes);
    // The decoder fails on the byte after an incomplete sequence: point at the sequence's lead byte.
    for (let k = at; k >= Math.max(0, at - 3); k--) {
      if ((bytes[k] ?? 0) >= 0xc0 || ((bytes[k] ?? 0) >= 0x80 && k === at)) at = k;
      if ((bytes[k] ?? 0) >= 0xc0) break;
    }
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    throw new ConfigError(
      file,
      [{ line, message: `not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')})` }],
      'save the file as UTF-8 (e.g. "Save as… UTF-8" in the editor) and run again',
    );
  }
}

function firstBadUtf8(b: Buffer): number {
  const d = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = b.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export interface ParsedYaml {
  value?: unknown;
  problems: ConfigProblem[];
  /** The line of a path's value, or of its nearest ancestor written in the file. */
  lineOf: LineOf;
}

/** YAML text → plain data, with every syntax error (and its line) and an expansion-attack guard as problems. */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { prettyErrors: true, merge: true, lineCounter: lines });
  const lineOf: LineOf = (at) => {
    for (let n = at.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n) as unknown[], true);
      const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (start !== undefined) return lines.linePos(start).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    return {
      lineOf,
      problems: doc.errors.map((e) => ({
        // yaml's message ends "at line L, column C:" and then quotes the file: the line goes in its own field.
        message: `YAML syntax: ${e.message.split('\n')[0]!.replace(/ at line \d+, column (\d+):?$/, ' (column $1)')}`,
        ...(e.linePos ? { line: e.linePos[0].line } : {}),
      })),
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }), problems: [], lineOf };
  } catch (err) {
    const m = (err as Error).message;
    if (/alias/i.test(m)) {
      return { lineOf, problems: [{ message: `YAML anchors and aliases expand to too much data (over ${MAX_ALIAS_EXPANSION} nodes): the file looks like an expansion attack, not a list of sources` }] };
    }
    return { lineOf, problems: [{ message: `YAML: ${m.split('\n')[0]}` }] };
  }
}
