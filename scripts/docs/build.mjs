// `npm run build:docs`: the reference documentation, generated into dist/docs/ from
// custom-elements.json, story.schema.json, SECURITY.md and docs/accessibility.md, so it always
// says what the built package does. The pages load the real bundle from dist/ for their live
// examples and need nothing else: the folder can be served as it is, next to the bundle.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABOUT_PAGES } from './about-pages.mjs';
import { elementPage } from './element-page.mjs';
import { EXAMPLES } from './examples.mjs';
import { GUIDES } from './guides.mjs';
import { indexPage } from './index-page.mjs';
import { layout } from './layout.mjs';
import { readElements } from './manifest.mjs';
import { schemaPage } from './schema-page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'dist/docs');
const read = (path) => readFileSync(join(root, path), 'utf8');

if (!existsSync(join(root, 'custom-elements.json'))) {
  throw new Error('docs: custom-elements.json is missing; `npm run build` makes it (cem analyze)');
}
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const schema = JSON.parse(read('story.schema.json'));
const elements = readElements({ manifest, pkg, declarationsFolder: join(root, 'dist/esm') });
const schemaTypes = Object.keys(schema.$defs);

/** Every page, in the order of the navigation; `render` makes the content of <main>. */
const pages = [
  { file: 'index.html', group: 'Overview', title: 'Overview', description: pkg.description, render: () => indexPage({ elements, pkg }) },
  ...elements.map((element) => ({
    file: `${element.tag}.html`, group: 'Elements', title: `<${element.tag}>`, description: element.summary, scripts: true,
    render: () => elementPage({ element, examples: EXAMPLES[element.tag] ?? [], pkg, schemaTypes }),
  })),
  { file: 'data-format.html', group: 'Elements', title: 'Data format', description: 'Every field of the JSON the elements read, from story.schema.json.', render: () => schemaPage({ schema, pkg }) },
  ...GUIDES.map((guide) => ({ ...guide, group: 'Guides', render: () => guide.body(pkg) })),
  ...ABOUT_PAGES.map((page) => ({ ...page, group: 'About', render: () => page.body({ securityNotes: read('SECURITY.md'), accessibilityNotes: read('docs/accessibility.md') }) })),
];

rmSync(output, { recursive: true, force: true });
mkdirSync(join(output, 'data'), { recursive: true });
mkdirSync(join(output, 'img'), { recursive: true });
for (const page of pages) {
  writeFileSync(join(output, page.file), String(layout({ page, pages, pkg, body: page.render(), scripts: page.scripts })));
}
// The stylesheet, the demo's icon (without one, browsers ask for /favicon.ico and log its 404),
// the schema the data page links to, and the demo's story for the examples (its image path,
// ../img/, is relative to the JSON file).
const copies = [
  ['scripts/docs/docs.css', 'docs.css'],
  ['demo/favicon.svg', 'favicon.svg'],
  ['story.schema.json', 'story.schema.json'],
  ['demo/data/alibaba.json', 'data/alibaba.json'],
  ['demo/img/jack-ma.svg', 'img/jack-ma.svg'],
];
for (const [from, to] of copies) copyFileSync(join(root, from), join(output, to));

console.log(`docs: ${pages.length} pages in ${join(dirname(output).replace(root, ''), 'docs')}/`);
