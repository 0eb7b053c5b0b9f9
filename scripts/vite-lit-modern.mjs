// Leaves out of the standalone bundles what Lit ships for browsers we do not support and for
// features we do not use, at the places Lit's own builds leave for it:
// - the polyfill and hydration hooks (`globalThis.litHtmlPolyfillSupport`, …), which only the
//   ShadyDOM polyfills and server-side rendering fill in;
// - the `<style>` fallback for browsers without constructable stylesheets (every supported
//   browser has `adoptedStyleSheets`, see the README's browser list);
// - the long texts of two errors our code never causes (`css` given a non-css value, `new CSSResult`).
// Each replacement must find what it looks for, so a Lit release that spells it differently
// fails the build instead of shipping the code silently.
const MODULES = /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;

const REPLACEMENTS = [
  {
    name: 'polyfill and hydration hooks',
    // `(void 0)`, not `void 0`: a hook is called as `hook?.(…)`, and `void 0?.(…)` would call 0.
    pattern: /\b[\w$]+\.(?:reactiveElementPolyfillSupport|litHtmlPolyfillSupport|litElementPolyfillSupport|litElementHydrateSupport)\b/g,
    replacement: '(void 0)',
    expected: 4,
  },
  {
    name: 'constructable stylesheets test',
    pattern: /[\w$]+\.ShadowRoot&&\(void 0===[\w$]+\.ShadyCSS\|\|[\w$]+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/g,
    replacement: '!0',
    expected: 1,
  },
  {
    name: 'error texts',
    pattern: /"CSSResult is not constructable[^"]*"|"Value passed to 'css' function must be a 'css' function result: "\+([\w$]+)\+"[^"]*"/g,
    replacement: (_, value) => (value ? `"css: not a css value: "+${value}` : '"CSSResult is not constructable"'),
    expected: 2,
  },
];

export function litModern() {
  let found = new Map();
  return {
    name: 'success-story:lit-modern',
    buildStart() {
      found = new Map(REPLACEMENTS.map(({ name }) => [name, 0]));
    },
    transform(code, id) {
      if (!MODULES.test(id)) return null;
      let out = code;
      for (const { name, pattern, replacement } of REPLACEMENTS) {
        out = out.replace(pattern, (...match) => {
          found.set(name, found.get(name) + 1);
          return typeof replacement === 'function' ? replacement(...match) : replacement;
        });
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      const missed = REPLACEMENTS.filter(({ name, expected }) => found.get(name) !== expected);
      if (!error && missed.length) {
        this.error(`lit-modern: ${missed.map(({ name, expected }) => `${name}: found ${found.get(name)}, expected ${expected}`).join('; ')}`);
      }
    },
  };
}
