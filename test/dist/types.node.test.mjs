// The published types describe the public API only: a consumer's editor offers no private
// member, no `_`-prefixed one and nothing marked `@internal`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripDeclarations } from '../../scripts/strip-declarations.mjs';

const esm = fileURLToPath(new URL('../../dist/esm', import.meta.url));
const files = readdirSync(esm, { recursive: true }).filter((f) => f.endsWith('.d.ts'));
const NOT_PUBLIC = /^\s*(?:(?:private|protected|public|static|readonly)\s+)*(?:private\s|_(?!\$)\w*)|@internal/m;

test('no published declaration holds a private, `_`-prefixed or @internal member', () => {
  assert.ok(files.length > 0, 'dist/esm has declarations');
  for (const file of files) {
    const found = readFileSync(join(esm, file), 'utf8').match(NOT_PUBLIC);
    assert.equal(found?.[0], undefined, file);
  }
});

test('members go whole, with their JSDoc; public ones stay', () => {
  const text = [
    'export declare class A {',
    '    static properties: {',
    '        name: {',
    '            reflect: boolean;',
    '        };',
    '        _json: {',
    '            attribute: string;',
    '        };',
    '    };',
    '    /** Shown. */',
    '    name: string;',
    '    /** Gone. */',
    '    private _json?;',
    '    private host;',
    '    /**',
    '     * @internal Gone too.',
    '     */',
    '    _go(i: number, back?: boolean): void;',
    '    next(): void;',
    '}',
  ].join('\n');
  assert.equal(stripDeclarations(text), [
    'export declare class A {',
    '    static properties: {',
    '        name: {',
    '            reflect: boolean;',
    '        };',
    '    };',
    '    /** Shown. */',
    '    name: string;',
    '    next(): void;',
    '}',
  ].join('\n'));
});
