import { realpath, readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SourceEntry } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { sourceLabel } from './label.js';
import { DEFAULT_MAX_BYTES, type IngestOptions } from './types.js';

/** Read a local source, resolving `entry.path` against `opts.baseDir`. */
export async function readLocalFile(entry: SourceEntry, path: string, opts: IngestOptions): Promise<Buffer> {
  const label = sourceLabel(entry);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = resolve(opts.baseDir, path);
  const outside = (): DocumentError =>
    new DocumentError('read', 'outside-base', `${label}: ${file} is outside ${opts.baseDir}`, 'Move the document under the sources folder, or allow paths outside it.');
  if (!opts.allowOutside && !isInside(resolve(opts.baseDir), file)) throw outside();

  let info;
  try {
    info = await stat(file);
  } catch {
    throw new DocumentError('read', 'missing-file', `${label}: no file at ${file}`, `Paths are relative to the sources file's folder (${opts.baseDir}).`);
  }
  if (!info.isFile()) {
    const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
    throw new DocumentError('read', 'not-a-file', `${label}: ${file} is ${kind}, not a document file`, 'Point `path` at a document file (PDF, .docx, HTML or text).');
  }
  // Compare real paths too, so a symlink cannot bring in a file from outside the base folder.
  if (!opts.allowOutside && !isInside(await realpath(opts.baseDir), await realpath(file))) throw outside();
  if (info.size === 0) {
    throw new DocumentError('read', 'empty-file', `${label}: ${file} is empty (0 bytes)`, 'Check that the download or copy finished.');
  }
  if (info.size > maxBytes) {
    throw new DocumentError('read', 'too-large', `${label}: ${file} is ${info.size} bytes, over the ${maxBytes}-byte limit`, 'Raise maxBytes if the document is genuine.');
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new DocumentError('read', 'unreadable-file', `${label}: cannot read ${file} (${error instanceof Error ? error.message : String(error)})`, 'Check the file permissions.');
  }
}

function isInside(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
