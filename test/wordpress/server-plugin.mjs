// Test-server plugin: WordPress's block packages (@wordpress/blocks, element, i18n), which mix
// CommonJS (React) and ES modules, pre-bundled by esbuild into ES modules that share one React
// and one block registry through common chunks, served under /__wordpress__/.
import { build } from 'esbuild';

const PACKAGES = ['blocks', 'element', 'i18n'];
const PREFIX = '/__wordpress__/';
const BLOCK_METADATA = /^\/wordpress\/blocks\/[^/]+\/block\.json$/;

export function wordpressPackages() {
  let files;
  const bundle = () =>
    (files ??= build({
      entryPoints: Object.fromEntries(PACKAGES.map((name) => [name, `@wordpress/${name}`])),
      outdir: 'wordpress-packages',
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'error',
      // The development build, so React's and the block parser's warnings reach the console.
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((out) => new Map(out.outputFiles.map((file) => [file.path.slice(file.path.lastIndexOf('/') + 1), file.text]))));
  return {
    name: 'wordpress:packages',
    resolveImport({ source }) {
      const name = source.startsWith('@wordpress/') ? source.slice('@wordpress/'.length) : undefined;
      return name && PACKAGES.includes(name) ? `${PREFIX}${name}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await bundle()).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
    resolveMimeType(context) {
      return BLOCK_METADATA.test(context.path) ? 'js' : undefined;
    },
    transform(context) {
      return BLOCK_METADATA.test(context.path) ? { body: `export default ${context.body};` } : undefined;
    },
  };
}
