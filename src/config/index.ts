export * from './load.js';
export * from './errors.js';
export * from './check.js';
export { checkSourcesPath, MAX_SOURCES_BYTES } from './read.js';
