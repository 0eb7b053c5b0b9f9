// Writes story.schema.json from the format defined in src/data/schema.ts (the one source of
// truth). `--check` only compares, for CI: it fails when the committed file is stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL('../story.schema.json', import.meta.url);
const { outputFiles } = await build({
  entryPoints: [new URL('../src/data/json-schema.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const text = `${JSON.stringify(mod.toJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('story.schema.json is out of date: run `node scripts/schema.mjs`.');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
}
