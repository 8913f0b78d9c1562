export * from './load.js';
export * from './errors.js';
