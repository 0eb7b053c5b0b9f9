// The standalone files ship their CSS and markup minified: no comment or indentation of the
// sources reaches a page, and minifying never changes what the CSS says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyCss } from '../../scripts/vite-minify-css.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the standalone files hold no comment', () => {
  for (const file of ['dist/success-story.js', 'dist/success-story.iife.js']) {
    const text = readFileSync(`${root}${file}`, 'utf8');
    assert.equal(text.match(/\/\*[\s\S]{0,60}/)?.[0], undefined, file);
  }
});

test('CSS comments go whatever they hold, strings stay whatever they hold', () => {
  assert.equal(minifyCss(`/* "start" would follow the paragraph */\n  p {\n    color: red;\n  }`), 'p{color:red}');
  assert.equal(minifyCss(`a::before {\n  content: '/* not a comment */';\n}`), `a::before{content:'/* not a comment */'}`);
  assert.equal(minifyCss(`.a/* x */.b { margin: 0.5em }`), '.a.b{margin:.5em}');
});
