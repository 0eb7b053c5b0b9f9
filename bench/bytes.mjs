// Bytes on the wire of every script we ship, with the reference bundles for scale.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const SHIPPED = ['dist/success-story.js', 'dist/success-story.iife.js', 'dist/value-quote.js'];

async function sizes(file) {
  const bytes = await readFile(file);
  return {
    file,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Min, gzip and brotli bytes of each shipped script (a file not built is noted, not measured) and of each reference bundle. */
export async function measureBytes(referenceFiles) {
  const shipped = [];
  const notes = [];
  for (const file of SHIPPED) {
    try {
      shipped.push(await sizes(file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
      notes.push(`${file} is not built yet: not measured`);
    }
  }
  const references = await Promise.all(referenceFiles.map(sizes));
  return { shipped, references, notes };
}
