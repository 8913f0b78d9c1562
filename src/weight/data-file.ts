import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a file in the project's `data/` directory, found by walking up from this module
 * (works from src/weight under vitest and from dist/src/weight after a build).
 */
export function dataFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', name);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`data/${name} not found above ${dirname(fileURLToPath(import.meta.url))}`);
    dir = parent;
  }
}
