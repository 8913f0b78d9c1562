import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { tempDir } from '../shared-fixtures.js';

/** Writes `content` as sources.yaml in `dir` (a new temp folder unless given); returns its path. */
export function writeSourcesYaml(content: string | Buffer, dir = tempDir('config')): string {
  const file = path.join(dir, 'sources.yaml');
  writeFileSync(file, content);
  return file;
}

/** The ConfigError `fn` throws (the test fails if it throws nothing or something else). */
export function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}
