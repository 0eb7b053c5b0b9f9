// Writes one small file per language in src/i18n/locales/ to dist/locales/<lang>.js: a
// classic script that is also a valid module, so it works from a plain <script>, a
// <script type="module"> or an import. Each puts its table on the page-wide queue that the
// elements read (src/i18n/strings.ts), and carries nothing else. English and French ship
// inside the elements and have no file.
import { readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const languages = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'queue.ts')
  .map((file) => file.slice(0, -3));

await build({
  entryPoints: languages.map((lang) => `src/i18n/locales/${lang}.ts`),
  outdir: 'dist/locales',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});
// `import 'success-story/locales/de.js'` type-checks: the module exports nothing.
for (const lang of languages) writeFileSync(`dist/locales/${lang}.d.ts`, 'export {};\n');
console.log(`locales: ${languages.join(', ')} in dist/locales/`);
