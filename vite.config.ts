import { defineConfig } from 'vite';
import { litPrivate } from './scripts/vite-lit-private.mjs';
import { litModern } from './scripts/vite-lit-modern.mjs';
import { litPolicyOnce } from './scripts/vite-lit-policy.mjs';
import { minifyTemplateLiterals } from './scripts/vite-minify-literals.mjs';
import { mangleProperties } from './scripts/mangle-properties.mjs';

// The standalone files, Lit inside: by default one ES module and one classic script with both
// elements; with `--mode value-quote`, an ES module with <value-quote> alone, written next to
// them (a build of its own, so it shares no chunk with the other). The package build (dist/esm,
// Lit external, .d.ts) comes from `tsc -p tsconfig.build.json`.
const BUNDLES = {
  both: {
    entry: 'src/standalone.ts',
    tags: ['value-quote', 'success-story'],
    formats: ['es', 'iife'],
    files: { es: 'success-story.js', iife: 'success-story.iife.js' },
  },
  'value-quote': { entry: 'src/value-quote-standalone.ts', tags: ['value-quote'], formats: ['es'], files: { es: 'value-quote.js' } },
} as const;

export default defineConfig(({ mode }) => {
  const bundle = mode === 'value-quote' ? BUNDLES['value-quote'] : BUNDLES.both;
  return {
    // Each plugin's file says why: the bundle's Lit kept to itself, without what unsupported
    // browsers need, creating its Trusted Types policy once; templates minified.
    plugins: [litPrivate(), litModern(), litPolicyOnce([...bundle.tags]), minifyTemplateLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: bundle === BUNDLES.both,
      target: 'es2022',
      minify: true,
      lib: {
        entry: bundle.entry,
        name: 'SuccessStory',
        formats: [...bundle.formats],
        fileName: (format: string) => bundle.files[format as keyof typeof bundle.files]!,
      },
      rolldownOptions: {
        // Library mode keeps whitespace in ES output to preserve pure annotations; the
        // standalone file is an end product, so minify it fully, private member names included.
        output: {
          minify: { compress: true, mangle: true, codegen: true, mangleProps: mangleProperties },
          comments: { annotation: false },
        },
      },
    },
  };
});
