// Writes story.schema.json from the format defined in src/data/schema.ts (the one source of
// truth). `--check` only compares, for CI: it fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTypeScript } from './schema/import-typescript.mjs';

const out = new URL('../story.schema.json', import.meta.url);
const { toJsonSchema } = await importTypeScript(new URL('./schema/json-schema.ts', import.meta.url));
const text = `${JSON.stringify(toJsonSchema(), null, 2)}\n`;

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
