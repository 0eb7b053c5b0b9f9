import { expect } from '@open-wc/testing';
import type { Equals, Expect, Infer, InferInput, ListNode, ObjectNode, SchemaNode } from '../../src/data/schema-builder.js';
import { isRequired } from '../../src/data/schema-builder.js';
import { definitions, quote, quoteList, story } from '../../src/data/schema.js';
import type { OriginalText } from '../../src/data/types.js';
import { validateQuotes, validateStory } from '../../src/data/validate.js';

// Near misses of Quote: the type check in schema.ts must tell each one apart.
interface Exact { text: string; author?: string; value?: string; cite?: string; lang?: string; original?: OriginalText }
interface MissingLang { text: string; author?: string; value?: string; cite?: string; original?: OriginalText }
interface ExtraField { text: string; author?: string; value?: string; cite?: string; lang?: string; original?: OriginalText; note?: string }
interface RequiredAuthor { text: string; author: string; value?: string; cite?: string; lang?: string; original?: OriginalText }
interface OptionalText { text?: string; author?: string; value?: string; cite?: string; lang?: string; original?: OriginalText }
interface NumericValue { text: string; author?: string; value?: number; cite?: string; lang?: string; original?: OriginalText }
interface LooseOriginal { text: string; author?: string; value?: string; cite?: string; lang?: string; original?: { text?: string; lang?: string } }

/** Compiles only while `Equals` catches every kind of drift (an unused @ts-expect-error is itself an error). */
export type DriftIsCaught = [
  Expect<Equals<Exact, Infer<typeof quote>>>,
  // @ts-expect-error a property missing from the interface
  Expect<Equals<MissingLang, Infer<typeof quote>>>,
  // @ts-expect-error a property the format does not have
  Expect<Equals<ExtraField, Infer<typeof quote>>>,
  // @ts-expect-error an optional property made required
  Expect<Equals<RequiredAuthor, Infer<typeof quote>>>,
  // @ts-expect-error a required property made optional
  Expect<Equals<OptionalText, Infer<typeof quote>>>,
  // @ts-expect-error a property of another type
  Expect<Equals<NumericValue, Infer<typeof quote>>>,
  // @ts-expect-error a nested object that differs
  Expect<Equals<LooseOriginal, Infer<typeof quote>>>,
  Expect<Equals<Infer<typeof story>['summary'], string[] | undefined>>,
  Expect<Equals<InferInput<typeof story>['summary'], string | string[] | undefined>>,
];

// A valid value for any node, built from the definitions alone.
function sample(node: SchemaNode): unknown {
  if (Array.isArray(node)) return [sample((node as ListNode)[0])];
  switch (node) {
    case 's':
    case 'S':
      return 'x';
    case 'u':
    case 'U':
      return 'https://x.example/';
    case 't':
    case 'T':
      return ['x'];
  }
  return Object.fromEntries(Object.entries(node as ObjectNode).map(([k, p]) => [k, sample(p)]));
}

describe('schema', () => {
  it('tells required properties by their notation', () => {
    const table: [SchemaNode, boolean][] = [
      ['s', false], ['u', false], ['t', false], ['S', true], ['U', true], ['T', true],
      [['s'], false], [['s', 1], true], [[{ a: 'S' }], false], [[{ a: 's' }, 1], true], [{ a: 'S' }, false], [{}, false],
    ];
    for (const [node, required] of table) expect(isRequired(node), JSON.stringify(node)).to.equal(required);
  });

  it('names each type once', () => {
    const types = Object.values(definitions);
    expect(new Set(types).size).to.equal(types.length);
  });

  it('validates a story built from the definitions with every field set, unchanged', () => {
    const full = sample(story);
    const v = validateStory(full);
    expect(v.errors).to.deep.equal([]);
    expect(v.warnings).to.deep.equal([]);
    expect(v.value).to.deep.equal(full);
  });

  it('validates a quote list built from the definitions, unchanged', () => {
    const full = sample(quoteList);
    expect(validateQuotes(full).value).to.deep.equal(full);
  });

  // For every property of Story and Quote: a number where the format wants something else.
  for (const [name, node, validate] of [['Story', story, validateStory], ['Quote', quote, (q: unknown) => validateQuotes([q])]] as const) {
    for (const [key, prop] of Object.entries<SchemaNode>(node)) {
      const required = isRequired(prop);
      it(`${name}.${key}: a wrong value ${required ? 'drops the item' : 'is dropped alone'}`, () => {
        const bad = { ...(sample(node) as object), [key]: 7 };
        const v = validate(bad);
        const path = node === quote ? `[0].${key}` : key;
        expect(v.errors.map((e) => e.path)).to.deep.equal([path]);
        expect(v.errors[0].message).to.match(new RegExp(`^${path.replace(/[[\]]/g, '\\$&')}: expected (a|an) `));
        const kept = node === quote ? (v.value as unknown[])[0] : v.value;
        if (required) {
          expect(kept).to.equal(undefined);
        } else {
          const { [key]: _dropped, ...rest } = sample(node) as Record<string, unknown>;
          expect(kept).to.deep.equal(rest);
        }
      });
    }
  }
});
