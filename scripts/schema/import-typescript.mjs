// Node runs no TypeScript, so a module of the format is bundled in memory and imported from a
// data: URL: one module graph, nothing written to disk.
import { build } from 'esbuild';

/** Imports a TypeScript module (and what it imports) given its file URL. */
export async function importTypeScript(url) {
  const { outputFiles } = await build({
    entryPoints: [url.pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
