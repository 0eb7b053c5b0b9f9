// The standalone files ship their CSS minified: no comment or indentation of the sources
// reaches a page, and minifying never changes what the CSS says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyCssTemplates } from '../../scripts/vite-minify-css.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the standalone files hold no comment', () => {
  for (const file of ['dist/success-story.js', 'dist/success-story.iife.js']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    assert.equal(text.match(/\/\*[\s\S]{0,60}/)?.[0], undefined, file);
  }
});

test('CSS comments go whatever they hold, strings stay whatever they hold', () => {
  assert.equal(minifyCss(`/* "start" would follow the paragraph */\n  p {\n    color: red;\n  }`), 'p{color:red}');
  assert.equal(minifyCss(`a::before {\n  content: '/* not a comment */';\n}`), `a:before{content:"/* not a comment */"}`);
  assert.equal(minifyCss(`.a/* x */.b { margin: 0.5em }`), '.a.b{margin:.5em}');
});

/** What the plugin makes of a style module, and what it warned. */
function transformed(source) {
  const warnings = [];
  const plugin = minifyCssTemplates();
  const code = plugin.transform.call({ warn: (message) => warnings.push(message) }, source, '/src/a.styles.ts')?.code ?? source;
  return { code, warnings };
}

/** The CSS text a module's first css`…` template holds once the module runs. */
const cssOf = (code) => new Function(`return ${code.match(/css(`(?:[^`\\]|\\.)*`)/)[1]}`)();

test('a template ships minified, and its text means the same once the module runs', () => {
  const { code, warnings } = transformed("export const s = css`\n  a::after {\n    content: '$ {}';\n  }\n`;");
  assert.equal(cssOf(code), 'a:after{content:"$ {}"}');
  assert.deepEqual(warnings, []);
});

test('a template with an interpolation or an escape ships as written, with a warning', () => {
  for (const source of ['css`a { color: ${red}; }`', "css`a::before { content: '\\\\201C'; }`"]) {
    const { code, warnings } = transformed(source);
    assert.equal(code, source);
    assert.equal(warnings.length, 1);
  }
});
