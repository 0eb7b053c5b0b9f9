// Bundles the story builder (demo/builder/builder.ts, with the validator and the HTML renderer
// it imports from src/) into one ES module. The demo build writes it next to the builder's
// page; the test server serves the same bundle at the same URL.
import { build } from 'esbuild';

/** The URL path the builder's pages load their script from. */
export const BUILDER_SCRIPT = '/demo/builder/builder.js';

/** The builder's script, bundled and minified. */
export async function buildBuilder() {
  const result = await build({
    entryPoints: ['demo/builder/builder.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}
