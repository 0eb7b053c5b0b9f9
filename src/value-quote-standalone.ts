// The one-file module for pages that only rotate quotes: Lit inside, <value-quote> alone.
export * from './value-quote.js';
