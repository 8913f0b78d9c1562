export * from './source.js';
export * from './document.js';
export * from './priority.js';
export * from './failure.js';
export * from './analysis.js';
export * from './stored.js';
