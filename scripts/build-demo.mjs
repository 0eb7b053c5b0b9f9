// Writes the demo as a static site in demo-dist/: the pages, their data and assets, and the
// built files they load, in the same folders as in the repository (demo/, dist/), so every
// relative link works from any static server. Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { OUTPUT } from './build-demo-output.mjs';
import { BUILDER_SCRIPT, buildBuilder } from './build-builder.mjs';
import { expandDemoPage } from './demo-includes.mjs';

/** The built files the pages load, and the reference docs; the Vue page also needs Vue's browser build. */
const FILES = [
  'dist/success-story.js',
  'dist/success-story.iife.js',
  'dist/success-story.css',
  'dist/value-quote.js',
  'dist/locales',
  'dist/docs',
  'node_modules/vue/dist/vue.esm-browser.prod.js',
];

for (const file of FILES) {
  if (!existsSync(file)) throw new Error(`build-demo: ${file} is missing; run npm run build first`);
}
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT);
cpSync('demo', `${OUTPUT}/demo`, { recursive: true });
for (const file of FILES) cpSync(file, `${OUTPUT}/${file}`, { recursive: true });
// The story builder's code is TypeScript: it ships bundled, its sources stay behind.
rmSync(`${OUTPUT}/demo/builder`, { recursive: true });
mkdirSync(`${OUTPUT}/demo/builder`);
writeFileSync(`${OUTPUT}${BUILDER_SCRIPT}`, await buildBuilder());
// A page names the story it shows; the story's HTML comes from the data file (see demo-includes.mjs).
for (const page of readdirSync('demo', { recursive: true }).filter((file) => file.endsWith('.html'))) {
  writeFileSync(`${OUTPUT}/demo/${page}`, expandDemoPage(readFileSync(`demo/${page}`, 'utf8'), `demo/${page}`));
}
// A static server opens index.html at the root: send the visitor to the demo.
writeFileSync(`${OUTPUT}/index.html`, `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="refresh" content="0; url=demo/">
  <title>success-story</title>
  <link rel="icon" href="demo/favicon.svg" type="image/svg+xml">
</head>
<body><p><a href="demo/">success-story: the demo</a></p></body>
</html>
`);
console.log(`Demo written to ${OUTPUT}/ (open ${OUTPUT}/demo/ from a static server)`);
