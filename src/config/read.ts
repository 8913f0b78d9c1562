import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import YAML from 'yaml';

/** Largest sources.yaml accepted (every command, and `run`'s check before it starts): a listing of thousands of documents is well under this. */
export const MAX_SOURCES_BYTES = 1024 * 1024;
/**
 * Alias expansions allowed (yaml's count: nodes under an anchor × times it is used). yaml's own
 * default (100) rejects ordinary reuse of an anchor; this still stops exponential ("billion
 * laughs") expansion, which needs millions.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Why the file cannot be read; each message names the fix. */
export class ConfigReadError extends Error {}

/**
 * The text of a config file: a regular file, at most `max` bytes, valid UTF-8 (a BOM is dropped).
 * /dev/zero, a FIFO or a folder is refused before anything is read into memory.
 */
export function readConfigText(file: string, max = MAX_SOURCES_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new ConfigReadError(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ConfigReadError(`not a regular file (${st.isDirectory() ? 'a folder' : 'a device, pipe or socket'}): give the path of a sources.yaml file`);
    if (st.size > max) throw new ConfigReadError(`the file is ${st.size} bytes, over the ${max}-byte limit for a sources file: is this the right file?`);
    const buf = Buffer.alloc(Math.min(st.size, max) + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > max) throw new ConfigReadError(`the file grew over the ${max}-byte limit while being read`);
    return decodeUtf8(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

function decodeUtf8(bytes: Buffer): string {
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
    throw new ConfigReadError(
      `not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} on line ${line}): ` +
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

/** YAML text → plain data, with every syntax error and an expansion-attack guard as messages. */
export function parseYaml(text: string): { value?: unknown; problems: string[] } {
  const doc = YAML.parseDocument(text, { prettyErrors: true, merge: true });
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => `YAML syntax: ${e.message.split('\n')[0]}`) };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }), problems: [] };
  } catch (err) {
    const m = (err as Error).message;
    if (/alias/i.test(m)) {
      return { problems: [`YAML anchors and aliases expand to too much data (over ${MAX_ALIAS_EXPANSION} nodes): the file looks like an expansion attack, not a list of sources`] };
    }
    return { problems: [`YAML: ${m.split('\n')[0]}`] };
  }
}
