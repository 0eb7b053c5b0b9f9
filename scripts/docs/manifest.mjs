// Reads the Custom Elements Manifest into what an element's page shows. The manifest names an
// event's detail only by its type (`CustomEvent<QuoteChangeDetail>`); the fields of that type
// are read from the published declarations, so the page shows what a listener receives.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.d.ts` file under `folder`. */
function declarationFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** The text of every declaration file under `folder`, joined. */
const declarationsText = (folder) => declarationFiles(folder).map((file) => readFileSync(file, 'utf8')).join('\n');

/** `interface Name { a: A; b: B; }` in the declarations → `{ a: A; b: B }`, or throws. */
export function interfaceFields(name, declarations) {
  const match = declarations.match(new RegExp(`interface ${name} \\{([^}]*)\\}`));
  if (!match) throw new Error(`docs: the detail type ${name} is declared nowhere in the published declarations`);
  const fields = match[1].split(';').map((field) => field.trim().replace(/\s+/g, ' ')).filter(Boolean);
  return `{ ${fields.join('; ')} }`;
}

/**
 * What a reader can use in place of the source's names: `(typeof ORDERS)[number]` becomes the
 * list's values (`'sequence' | 'shuffle' | 'random'`), a constant's name becomes its value.
 */
export function readable(text, declarations) {
  if (!text) return text;
  const list = text.match(/^\(typeof (\w+)\)\[number\]$/);
  if (list) {
    const values = declarations.match(new RegExp(`const ${list[1]}: readonly \\[([^\\]]*)\\]`));
    return values ? values[1].split(',').map((v) => v.trim()).join(' | ') : text;
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(text)) return declarations.match(new RegExp(`const ${text} = ([^;]+);`))?.[1] ?? text;
  return text;
}

/** `CustomEvent<X>` → `X`; anything else has no named detail. */
const detailTypeName = (type) => type?.text?.match(/^CustomEvent<(\w+)>$/)?.[1];

/** The package entry (`success-story/value-quote.js`) that defines `tag`, from the exports map. */
function importPathOf(tag, manifest, pkg) {
  const module = manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
  if (!module) return undefined;
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (file === `./${module.path}`) return key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`;
  }
  return undefined;
}

/**
 * One object per custom element of the manifest, in the manifest's order, with the lists its
 * page shows. `declarationsFolder` is where the `.d.ts` files of the detail types are.
 */
export function readElements({ manifest, pkg, declarationsFolder }) {
  const declarations = declarationsText(declarationsFolder);
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const reader = (item) => ({ ...item, typeText: readable(item.type?.text, declarations), defaultText: readable(item.default, declarations) });
      const members = (declaration.members ?? []).map(reader);
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        importPath: importPathOf(declaration.tagName, manifest, pkg),
        attributes: (declaration.attributes ?? []).map(reader),
        properties: members.filter((m) => m.kind === 'field'),
        methods: members.filter((m) => m.kind === 'method'),
        events: (declaration.events ?? []).map((event) => {
          const detailName = detailTypeName(event.type);
          return { ...event, detailName, detailFields: detailName ? interfaceFields(detailName, declarations) : undefined };
        }),
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      });
    }
  }
  return elements;
}
