import type { Block } from '../schema/index.js';

/** What each format parser returns; parse.ts adds the source fields to make a Document. */
export interface Parsed {
  title?: string | undefined;
  pages: number;
  blocks: Block[];
}
