// Prints min, gzip and brotli bytes of what ships and fails when a file passes its budget.
// Per-element modules are measured as a bundler would ship them: minified, Lit left out.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));

async function perElement(entry) {
  const out = await build({
    entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm',
    external: ['lit', 'lit/*', '@lit/*'], target: 'es2022', legalComments: 'none',
  });
  return Buffer.from(out.outputFiles[0].contents);
}

const files = [
  ['dist/success-story.js', readFileSync('dist/success-story.js')],
  ['dist/success-story.iife.js', readFileSync('dist/success-story.iife.js')],
  ['dist/value-quote.js', readFileSync('dist/value-quote.js')],
  ['dist/esm/value-quote.js (Lit external)', await perElement('dist/esm/value-quote.js')],
  ['dist/esm/success-story.js (Lit external)', await perElement('dist/esm/success-story.js')],
];

const rows = files.map(([name, bytes]) => ({
  name,
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
}));

const failures = [];
const esGzip = rows[0].gzip;
for (const row of rows) {
  const budget = sizeBudget[row.name.split(' ')[0]];
  const limit = budget ?? Infinity;
  if (row.gzip > limit) failures.push(`${row.name}: ${row.gzip} B gzip is over its budget of ${limit} B`);
  console.log(`${row.name.padEnd(42)} min ${String(row.min).padStart(6)}  gzip ${String(row.gzip).padStart(6)}  brotli ${String(row.brotli).padStart(6)}${budget ? `  (budget ${budget})` : ''}`);
}
const iife = rows[1].gzip;
if (iife > esGzip * (1 + sizeBudget.iifeOverEsm)) failures.push(`IIFE is ${(100 * (iife / esGzip - 1)).toFixed(1)} % larger than the ES module`);

// Lit must be bundled exactly once in the standalone files (no second copy pulled in by a path
// alias). Each Lit module spells a few names that minifiers keep, a known number of times: the
// global metadata map (ReactiveElement), the `nothing` symbol (lit-html), the LitElement brand.
const LIT_MODULES = {
  ReactiveElement: { marker: 'litPropertyMetadata', perCopy: 2 },
  'lit-html': { marker: 'lit-nothing', perCopy: 1 },
  LitElement: { marker: '_$litElement$', perCopy: 1 },
};
// The three standalone files each carry Lit.
for (const [name, bytes] of files.slice(0, 3)) {
  const text = bytes.toString();
  for (const [module, { marker, perCopy }] of Object.entries(LIT_MODULES)) {
    const copies = (text.split(marker).length - 1) / perCopy;
    if (copies !== 1) failures.push(`${name}: Lit's ${module} appears ${copies} times, expected once`);
  }
}

if (failures.length) {
  console.error(`\nsize budget failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('size budget: ok');
