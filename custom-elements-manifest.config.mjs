// Custom Elements Manifest: read from the elements' JSDoc (@tag, @fires, @slot, @csspart,
// @cssprop) and Lit's `static properties`. Only the public entry modules and the element
// classes are analysed, and paths point at the shipped files, so tools that open the manifest
// from the installed package find real modules.
const publicModules = [
  'src/index.ts',
  'src/value-quote.ts',
  'src/success-story.ts',
  'src/value-quote/value-quote.ts',
  'src/success-story/success-story.ts',
];

/** `src/x/y.ts` → `dist/esm/x/y.js` (the package build that `exports` points to). */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/** Names of `static properties` entries marked `state: true`: internal, not part of the API. */
function stateNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer) continue;
    for (const prop of member.initializer.properties ?? []) {
      const options = prop.initializer?.properties ?? [];
      if (options.some((o) => o.name?.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword)) {
        names.add(prop.name.getText());
      }
    }
  }
  return names;
}

function publicApiOnly() {
  const states = new Map(); // class name → state property names
  const definitions = []; // { path, tag, className } for each defineOnce('tag', Class) call
  return {
    name: 'success-story:public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind === ts.SyntaxKind.ClassDeclaration && node.name) states.set(node.name.getText(), stateNames(ts, node));
      // Elements are registered through defineOnce, which the analyzer does not know as a
      // customElements.define call: record the definition so tools know which module registers a tag.
      if (node.kind === ts.SyntaxKind.CallExpression && node.expression.getText() === 'defineOnce') {
        const [tag, ctor] = node.arguments;
        if (tag && ts.isStringLiteral(tag) && ctor) definitions.push({ path: moduleDoc.path, tag: tag.text, className: ctor.getText() });
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const hidden = states.get(decl.name) ?? new Set();
        const isPublic = (m) => !m.privacy || m.privacy === 'public';
        decl.members = decl.members?.filter((m) => isPublic(m) && !m.static && !hidden.has(m.name) && !m.name.startsWith('_') && !m.name.startsWith('#'));
        decl.attributes = decl.attributes?.filter((a) => !hidden.has(a.fieldName ?? a.name));
        // An attribute read through a private field (`quotes` as JSON text, `lang` watched only to
        // re-render) has no property of its own to offer tools.
        for (const a of decl.attributes ?? []) if (a.fieldName?.startsWith('_')) delete a.fieldName;
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      for (const { path, tag, className } of definitions) {
        const home = modules.find((m) => m.declarations?.some((d) => d.name === className));
        const module = modules.find((m) => m.path === path);
        if (home && module) module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } }];
      }
      // `import { X } from './x/x.js'; export { X }` is reported as declared in the entry itself.
      for (const module of modules) {
        for (const { declaration } of module.exports ?? []) {
          if (declaration.module !== module.path || module.declarations?.some((d) => d.name === declaration.name)) continue;
          const home = modules.find((m) => m.declarations?.some((d) => d.name === declaration.name));
          if (home) declaration.module = home.path;
        }
      }
      const rewrite = (value) => {
        if (Array.isArray(value)) return value.forEach(rewrite);
        if (!value || typeof value !== 'object') return;
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
          else rewrite(inner);
        }
      };
      rewrite(modules);
    },
  };
}

export default {
  globs: publicModules,
  outdir: '.',
  litelement: true,
  // The package.json field is written by hand: the analyzer would rewrite the whole file.
  packagejson: false,
  plugins: [publicApiOnly()],
};
