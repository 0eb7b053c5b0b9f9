export * from './value-quote.js';
export * from './success-story.js';
export type * from './data/types.js';
