// The standalone files ship their templates minified: no comment or indentation of the sources
// reaches a page, and minifying never changes what a template says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from '../../scripts/vite-minify-literals.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the standalone files hold no comment', () => {
  for (const file of ['dist/success-story.js', 'dist/success-story.iife.js', 'dist/value-quote.js']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    assert.equal(text.match(/\/\*[\s\S]{0,60}/)?.[0], undefined, file);
    assert.equal(text.match(/<!--[\s\S]{0,60}/)?.[0], undefined, file);
  }
});

/** What the plugin makes of a source module. */
const transformed = async (source) => (await minifyTemplateLiterals().transform(source, '/project/src/a.ts'))?.code ?? source;

test('CSS loses its comments and indentation, and keeps its strings', async () => {
  const code = await transformed("export const s = css`\n  /* a \"comment\" */\n  a::before {\n    content: '/* not a comment */';\n    margin: 0.5em;\n  }\n`;");
  assert.equal(code, 'export const s = css`a:before{content:"/* not a comment */";margin:.5em}`;');
});

test('markup loses its indentation, and keeps the spaces between words and bindings', async () => {
  const code = await transformed('const t = html`\n  <p part="source">\n    ${label} ${name}\n  </p>\n  <!-- a note -->\n`;');
  assert.equal(code, 'const t = html`<p part="source">${label} ${name}</p>`;');
});

test('modules outside src/ and modules without templates are left alone', async () => {
  assert.equal(await minifyTemplateLiterals().transform('const a = css`a { b: c }`;', '/project/node_modules/x/a.js'), null);
  assert.equal(await minifyTemplateLiterals().transform('const a = 1;', '/project/src/a.ts'), null);
});
