// Minifies the CSS inside Lit's css`…` templates of the style modules. Bundlers minify the
// JavaScript around them but keep a template's text as written, so indentation and comments
// would ship. Quoted strings are kept as they are; interpolations (`${…}`) are left alone by
// minifying only the literal parts between them.
const STYLE_MODULE = /\.styles\.ts$/;
const TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;
const STRING = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

/** Minifies CSS text outside its quoted strings. */
export function minifyCss(text) {
  return text
    .split(STRING)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            // No selector holds a slash, and CSS needs no space around it (grid lines, calc).
            .replace(/ ?\/ ?/g, '/')
            .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function minifyCssTemplates() {
  return {
    name: 'success-story:minify-css',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) return null;
      const out = code.replace(TEMPLATE, (_, body) => {
        // Interpolations stay as written; only the CSS between them is minified.
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p, i) => (i % 2 ? p : minifyCss(p))).join('') + '`';
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
