// Builds the reference elements the way an app would ship them: one minified ES module each,
// Lit bundled inside, so they start on equal terms with dist/success-story.js.
import { build } from 'esbuild';

/** Bundles each reference element into `outdir`; resolves with their served paths by name. */
export async function buildReferences(outdir) {
  const entries = { floor: 'bench/reference/floor-element.js', 'sl-carousel': 'bench/reference/shoelace-carousel.js' };
  await build({
    entryPoints: entries, outdir, bundle: true, minify: true, format: 'esm', target: 'es2022',
    legalComments: 'none', logLevel: 'warning',
  });
  return Object.fromEntries(Object.keys(entries).map((name) => [name, `/${outdir}/${name}.js`]));
}
