import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let rootCache: string | undefined;

/** The package root: the nearest directory above this module holding package.json (works from src/ and dist/). */
export function packageRoot(): string {
  if (rootCache) return rootCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (rootCache = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`planscan: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** A file in the project's versioned domain data (data/). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}
