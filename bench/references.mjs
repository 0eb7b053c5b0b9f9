// Builds the reference elements the way an app would ship them: one minified ES module each,
// Lit bundled inside, so they start on equal terms with dist/success-story.js. The markup
// reference takes <value-quote>'s templates and styles from the sources, minified as the build
// minifies them, so its DOM is the one our bundle stamps (no indentation turned into text nodes).
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const minifiedTemplates = {
  name: 'minified-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const minified = /\b(html|css)`/.test(source) ? await minifyHTMLLiterals(source, { fileName: path }) : undefined;
      return { contents: minified?.code ?? source, loader: 'ts' };
    });
  },
};

/** Bundles each reference element into `outdir`; resolves with their served paths by name. */
export async function buildReferences(outdir) {
  const entries = {
    floor: 'bench/reference/floor-element.js',
    markup: 'bench/reference/markup-element.js',
    'sl-carousel': 'bench/reference/shoelace-carousel.js',
  };
  await build({
    entryPoints: entries, outdir, bundle: true, minify: true, format: 'esm', target: 'es2022',
    legalComments: 'none', logLevel: 'warning', plugins: [minifiedTemplates],
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, `/${outdir}/${name}.js`]));
}
