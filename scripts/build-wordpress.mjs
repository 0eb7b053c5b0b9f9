// Builds the WordPress plugin: gathers the folder success-story/ (the PHP, the blocks'
// metadata, the editor script, the element bundle and its stylesheet) in a temporary folder and
// zips it into dist/wordpress/success-story.zip, the file WordPress takes under Plugins → Add
// New → Upload. Run after `npm run build`, which writes the bundle.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const OUT = 'dist/wordpress';
const ZIP = resolve(OUT, 'success-story.zip');
const TEMPORARY = mkdtempSync(join(tmpdir(), 'success-story-plugin-'));
const STAGE = join(TEMPORARY, 'success-story');
const BUNDLE = ['dist/success-story.js', 'dist/success-story.css'];

for (const file of BUNDLE) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
}
try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('the zip command is missing: apt-get install zip');
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
try {
  mkdirSync(`${STAGE}/assets`, { recursive: true });
  // The plugin's own files; the editor's TypeScript ships built, below.
  cpSync('wordpress', STAGE, { recursive: true, filter: (source) => !source.startsWith('wordpress/editor') });
  for (const file of BUNDLE) cpSync(file, `${STAGE}/assets/${file.slice('dist/'.length)}`);

  await build({
    entryPoints: ['wordpress/editor/index.ts'],
    outfile: `${STAGE}/build/editor.js`,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  cpSync('wordpress/editor/editor.css', `${STAGE}/build/editor.css`);

  // -X leaves out file owners and extra time stamps; the archive holds one folder, as WordPress expects.
  execFileSync('zip', ['-r', '-X', '-q', ZIP, 'success-story'], { cwd: TEMPORARY, stdio: 'inherit' });
} finally {
  rmSync(TEMPORARY, { recursive: true, force: true });
}
console.log(`${OUT}/success-story.zip`);
