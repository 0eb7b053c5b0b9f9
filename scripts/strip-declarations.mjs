// Takes what is not public out of the .d.ts files tsc wrote to dist/esm: `private` members and
// `_`-prefixed ones (keys of `static properties` included). `stripInternal` drops what is marked
// `@internal`, but tsc still writes every private member's name, which a consumer's editor
// then offers. Works on tsc's own layout (one member per line, the JSDoc right above it, braces
// balanced per member), checked by test/dist/types.node.test.mjs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODIFIERS = String.raw`(?:(?:public|protected|private|static|readonly|declare|abstract|override|get|set|export|function|const)\s+)*`;
const MEMBER = new RegExp(String.raw`^\s*(${MODIFIERS})([\w$]+)`);

/** Whether a declaration line starts a member that is not public. */
function hidden(line, jsdoc) {
  const match = MEMBER.exec(line);
  if (!match) return false;
  const [, modifiers, name] = match;
  return /\bprivate\s/.test(modifiers) || /^_(?!\$)/.test(name) || /@internal\b/.test(jsdoc);
}

const depth = (line) => (line.match(/[{(]/g)?.length ?? 0) - (line.match(/[})]/g)?.length ?? 0);

/** The declaration text without its non-public members (and their JSDoc). */
export function stripDeclarations(text) {
  const out = [];
  let jsdoc = [];
  let skipping = 0;
  for (const line of text.split('\n')) {
    if (skipping > 0) {
      skipping += depth(line);
      continue;
    }
    if (jsdoc.length && !jsdoc.at(-1).includes('*/')) {
      jsdoc.push(line);
      continue;
    }
    if (/^\s*\/\*\*/.test(line) && !jsdoc.length) {
      jsdoc.push(line);
      continue;
    }
    if (hidden(line, jsdoc.join('\n'))) {
      skipping = depth(line);
    } else {
      out.push(...jsdoc, line);
    }
    jsdoc = [];
  }
  return [...out, ...jsdoc].join('\n');
}

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? declarationFiles(path) : entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of declarationFiles(process.argv[2] ?? 'dist/esm')) {
    const text = readFileSync(file, 'utf8');
    const stripped = stripDeclarations(text);
    if (stripped !== text) writeFileSync(file, stripped);
  }
}
