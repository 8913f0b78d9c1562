import { dataPath } from '../util/package.js';

/** Absolute path of a file in the project's `data/` directory. */
export function dataFile(name: string): string {
  return dataPath(name);
}
