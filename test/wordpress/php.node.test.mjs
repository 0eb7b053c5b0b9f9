// The plugin's PHP: every file passes `php -l`, and the shortcodes and the story block's
// rendering, run with WordPress's own parser and escaping functions (shortcode-harness.php),
// turn hostile attributes and fields into inert text. Needs php-cli and WordPress's PHP files
// (Debian's `wordpress` package, or WORDPRESS_PATH); `.ci/run` installs both.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const WORDPRESS = process.env.WORDPRESS_PATH || '/usr/share/wordpress';
const HARNESS = 'test/wordpress/shortcode-harness.php';

function requirePhp() {
  const found = spawnSync('php', ['-v'], { encoding: 'utf8' });
  assert.equal(found.status, 0, 'php is missing: apt-get install php-cli');
}
function requireWordPress() {
  assert.ok(existsSync(join(WORDPRESS, 'wp-includes/shortcodes.php')), `WordPress's PHP files are missing at ${WORDPRESS}: apt-get install wordpress, or set WORDPRESS_PATH`);
}

/** Runs cases through the harness; see shortcode-harness.php for their shapes. */
function run(cases) {
  requirePhp();
  requireWordPress();
  const output = execFileSync('php', [HARNESS, WORDPRESS, 'wordpress'], { input: JSON.stringify(cases), encoding: 'utf8' });
  return JSON.parse(output);
}

const phpFiles = (folder) =>
  readdirSync(folder, { recursive: true }).filter((file) => file.endsWith('.php')).map((file) => join(folder, file));

const CANARY = 'window.hostile=1';
const HOSTILE = [
  `"><script>${CANARY}</script>`,
  `' onmouseover='${CANARY}`,
  `" onerror="${CANARY}`,
  `<img src=x onerror="${CANARY}">`,
  `</success-story><script>${CANARY}</script>`,
  `</value-quote></figure><svg onload="${CANARY}">`,
  '&quot; autofocus onfocus=alert(1) x=&quot;',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  `<!--<img src=x onerror="${CANARY}">-->`,
  '\u0000"\u2028<\u00a0>',
];
const HOSTILE_LINKS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

const STORY_ATTRIBUTES = ['src', 'story_id', 'layout', 'theme', 'lang', 'loading', 'heading_level', 'quotes_interval'];
const QUOTE_ATTRIBUTES = ['src', 'story_id', 'interval', 'controls', 'order', 'transition', 'highlight', 'value', 'start', 'lang', 'label', 'loading', 'paused', 'text', 'author'];
const ELEMENT_ATTRIBUTE_NAMES = new Set([
  'src', 'story-id', 'layout', 'theme', 'lang', 'loading', 'heading-level', 'quotes-interval',
  'interval', 'controls', 'order', 'transition', 'highlight', 'value', 'start', 'label', 'paused',
]);

/** An opening tag whose every attribute is a known name with a double-quoted value free of `"`, `<` and `>`. */
const openingTag = (tag) => `<${tag}(?: [a-z-]+="[^"<>]*")*>`;
const STORY_OUTPUT = new RegExp(`^${openingTag('success-story')}</success-story>$`);
const TEXT = '[^<>]*';
const QUOTE_OUTPUT = new RegExp(
  `^${openingTag('value-quote')}(?:<figure(?: data-value="[^"<>]*")?><blockquote>${TEXT}</blockquote>(?:<figcaption>${TEXT}</figcaption>)?</figure>)?</value-quote>$`,
);

const attributesOf = (html) => [...html.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => ({ name, value }));
const decoded = (value) => value.replace(/&#0?39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('WordPress plugin PHP', () => {
  it('every PHP file of the plugin and its tests passes php -l', () => {
    requirePhp();
    const files = [...phpFiles('wordpress'), ...phpFiles('test/wordpress')];
    assert.ok(files.length >= 6, `found only ${files.join(', ')}`);
    for (const file of files) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
    }
  });

  it('writes the element with its attributes, ignores unknown ones, and enqueues the bundle', () => {
    const [story, quote, single, paused] = run([
      { content: '[success_story src="/stories.json" story_id="alibaba" layout="banner" onclick="alert(1)" style="color:red" class="x"]' },
      { content: '[value_quote src="https://example.com/q.json" interval="auto" controls="full" data-x="1"]' },
      { content: '[value_quote text="Perseverance wins success." author="Michel Dupuy" value="Perseverance"]' },
      { content: '[value_quote src="/q.json" paused="false"][value_quote src="/q.json" paused="yes"]' },
    ]);
    assert.equal(story.html, '<success-story src="/stories.json" story-id="alibaba" layout="banner"></success-story>');
    assert.deepEqual(story.enqueued, ['script:success-story', 'style:success-story']);
    assert.equal(quote.html, '<value-quote src="https://example.com/q.json" interval="auto" controls="full"></value-quote>');
    assert.equal(
      single.html,
      '<value-quote value="Perseverance"><figure data-value="Perseverance"><blockquote>Perseverance wins success.</blockquote><figcaption>Michel Dupuy</figcaption></figure></value-quote>',
    );
    assert.equal(paused.html, '<value-quote src="/q.json"></value-quote><value-quote src="/q.json" paused="paused"></value-quote>');
  });

  it('shows nothing to readers, and a comment to editors, when a shortcode has nothing to show', () => {
    const [reader, editor, quote] = run([
      { content: '[success_story layout="card"]' },
      { content: '[success_story src="javascript:alert(1)"]', canEdit: true },
      { content: '[value_quote]', canEdit: true },
    ]);
    assert.equal(reader.html, '');
    assert.deepEqual(reader.enqueued, []);
    assert.match(editor.html, /^<!-- The success_story shortcode needs a src attribute[^<>]*-->$/);
    assert.match(quote.html, /^<!-- The value_quote shortcode needs a src attribute or a text attribute\. -->$/);
  });

  it('escapes every hostile attribute value of both shortcodes', () => {
    const cases = [];
    for (const hostile of HOSTILE) {
      for (const name of STORY_ATTRIBUTES) cases.push({ tag: 'success_story', atts: { src: '/stories.json', [name]: hostile } });
      for (const name of QUOTE_ATTRIBUTES) cases.push({ tag: 'value_quote', atts: { text: 'A quote', [name]: hostile } });
      cases.push({ tag: 'value_quote', atts: { src: '/q.json', [`on${'click'}`]: hostile, [hostile]: hostile } });
    }
    const results = run(cases);
    results.forEach(({ html }, index) => {
      const { tag, atts } = cases[index];
      const shape = tag === 'success_story' ? STORY_OUTPUT : QUOTE_OUTPUT;
      if (html === '') return assert.ok(atts.src !== undefined && atts.text === undefined, `${tag} ${JSON.stringify(atts)} wrote nothing`);
      assert.match(html, shape, `${tag} ${JSON.stringify(atts)}`);
      for (const { name, value } of attributesOf(html.slice(0, html.indexOf('>') + 1))) {
        assert.ok(ELEMENT_ATTRIBUTE_NAMES.has(name), `unknown attribute ${name} in ${html}`);
        if (name !== 'src') continue;
        assert.doesNotMatch(decoded(value).replace(/[\s\u0000-\u001f]/g, ''), /^(javascript|data|vbscript):/i, html);
      }
    });
    // A value attribute the author wrote comes back, once its entities are read, as the text they typed.
    const [label] = run([{ tag: 'value_quote', atts: { src: '/q.json', label: HOSTILE[0] } }]);
    assert.equal(decoded(attributesOf(label.html).find(({ name }) => name === 'label').value), HOSTILE[0]);
  });

  it('drops unsafe src links', () => {
    const results = run(HOSTILE_LINKS.flatMap((src) => [{ tag: 'success_story', atts: { src } }, { tag: 'value_quote', atts: { src, text: 'A quote' } }]));
    for (const { html } of results) assert.doesNotMatch(html, / src="/, html);
  });

  it('adds the story JSON to a story block as inert script data, without blank fields', () => {
    const story = { title: HOSTILE[4], summary: ['', '</script><script>window.hostile=1</script>'], kicker: ' ', quotes: [{ text: '<!--', author: '' }] };
    const saved = '<success-story layout="banner">\n  <h2 slot="heading">t</h2>\n</success-story>\n';
    const [block] = run([{ block: saved, attrs: { story, lang: 'fr' } }]);
    const script = /^<success-story layout="banner">\n {2}<script type="application\/json">([^<>&]*)<\/script>\n {2}<h2 slot="heading">t<\/h2>/.exec(block.html);
    assert.ok(script, block.html);
    assert.deepEqual(JSON.parse(script[1]), { title: story.title, summary: [story.summary[1]], quotes: [{ text: '<!--' }], lang: 'fr' });
    assert.deepEqual(block.enqueued, ['script:success-story', 'style:success-story']);
  });
});
