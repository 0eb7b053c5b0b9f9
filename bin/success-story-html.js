#!/usr/bin/env node
// success-story-html: prints the crawlable light-DOM HTML of one story, to paste into a CMS
// or a static page that loads the success-story script.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { storyHtml } from '../dist/esm/html/render-html.js';
import { loadEveryLanguage } from './every-language.js';

const USAGE = `Usage: success-story-html [options] <file.json | ->

Reads a Story or Collection JSON file (- for standard input) and prints the
<success-story> HTML to standard output.

Options:
  --story-id <id>       the story of a Collection to print
  --lang <tag>          the page's language: picks the story of a Collection
                        when --story-id is not given (default: the first story)
  --heading-level <n>   level of the title heading, 1-6 (default 2)
  --base <url>          URL the JSON is served from, to resolve its relative links
  --no-json             do not embed the story as <script type="application/json">
                        (for a CMS that refuses scripts)
  -h, --help            show this help`;

function fail(message, code = 2) {
  process.stderr.write(`success-story-html: ${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      'story-id': { type: 'string' },
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      base: { type: 'string' },
      'no-json': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail(`expected one JSON file\n\n${USAGE}`);

const level = values['heading-level'];
if (level !== undefined && !/^[1-6]$/.test(level)) fail(`--heading-level must be 1 to 6, not "${level}"`);
if (values.base !== undefined && !URL.canParse(values.base)) fail(`--base must be an absolute URL, not "${values.base}"`);

const [file] = positionals;
let input;
try {
  input = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file === '-' ? 'standard input' : file}: ${error.message}`, 1);
}

await loadEveryLanguage();
const { html, errors, warnings } = storyHtml(input, {
  storyId: values['story-id'],
  lang: values.lang,
  headingLevel: level === undefined ? undefined : Number(level),
  base: values.base,
  json: !values['no-json'],
});
for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
if (!html) {
  for (const e of errors) process.stderr.write(`error: ${e}\n`);
  process.exit(1);
}
process.stdout.write(html);
