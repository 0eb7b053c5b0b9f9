// Keeps the standalone bundles' copy of Lit private. Each Lit module announces itself by
// pushing its version onto a page-wide array (globalThis.litHtmlVersions, litElementVersions,
// reactiveElementVersions); a page whose own Lit runs in dev mode then sees two entries and
// warns "Multiple versions of Lit loaded", although our copy never shares anything with it.
// Only the bundles get this: the package build (dist/esm) shares the app's Lit and registers.
const MODULES = /[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const PUSH = /\(\s*[\w$.]+\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\s*\.push\(\s*(['"`])[^'"`]*\2\s*\)/g;
const EXPECTED = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions'];

export function litPrivate() {
  let removed = new Set();
  return {
    name: 'success-story:lit-private',
    buildStart() {
      removed = new Set();
    },
    transform(code, id) {
      if (!MODULES.test(id)) return null;
      // `void 0` keeps the comma expressions of minified Lit valid; the minifier drops it.
      const out = code.replace(PUSH, (_, name) => (removed.add(name), 'void 0'));
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      // A Lit release that spells the line differently must fail the build, not leak the globals.
      const missed = EXPECTED.filter((name) => !removed.has(name));
      if (!error && missed.length) this.error(`lit-private: no ${missed.join(', ')} registration found to remove`);
    },
  };
}
