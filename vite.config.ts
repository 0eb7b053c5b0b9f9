import { defineConfig } from 'vite';
import { litPrivate } from './scripts/vite-lit-private.mjs';
import { litModern } from './scripts/vite-lit-modern.mjs';
import { minifyTemplateLiterals } from './scripts/vite-minify-literals.mjs';
import { mangleProperties } from './scripts/mangle-properties.mjs';

// Builds the two standalone files: one ES module and one classic script, Lit inside.
// The package build (dist/esm, Lit external, .d.ts) comes from `tsc -p tsconfig.build.json`.
export default defineConfig({
  // The classic script and the ES bundle keep their Lit to themselves (see the plugin's file).
  // The CSS inside css`…` templates ships minified too (see the plugin's file).
  plugins: [litPrivate(), litModern(), minifyTemplateLiterals()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/standalone.ts',
      name: 'SuccessStory',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'success-story.js' : 'success-story.iife.js'),
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
});
