// The one-file bundle for a <script> tag: Lit inside, both elements defined.
export * from './index.js';
