/**
 * Turns the format of src/data/schema.ts into story.schema.json (JSON Schema draft 2020-12), so JSON
 * editors check and complete authors' files with the same rules the elements apply.
 */
import { isRequired, type ListNode, type ObjectNode, type SchemaNode } from '../../src/data/schema-builder.js';
import { collection, definitions, quoteList, quotesDocument, story } from '../../src/data/schema.js';
import type { DescriptionKey } from '../../src/data/schema.js';
import { descriptions } from './schema-docs.js';

/** Where the published schema lives; authors point `$schema` of their files to it. */
export const SCHEMA_ID = 'https://unpkg.com/success-story/story.schema.json';

/** A JSON Schema object (only what this generator writes). */
export type JsonSchema = { [key: string]: unknown };

/**
 * What an editor can tell from the text alone: no scheme, or http(s)/mailto, after the
 * leading controls and spaces browsers ignore. The elements check more (entities, tabs inside
 * the scheme) and drop what fails.
 */
export const SAFE_URL_PATTERN =
  '^(?:(?![\\u0000-\\u0020]*[A-Za-z][A-Za-z0-9+.\\-]*:)|[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):)';

const nameOf = (o: ObjectNode): string => Object.entries(definitions).find(([, d]) => d == o)![0];
const ref = (o: ObjectNode): JsonSchema => ({ $ref: `#/$defs/${nameOf(o)}` });

function toJson(node: SchemaNode, description?: string): JsonSchema {
  const about = description === undefined ? {} : { description };
  if (Array.isArray(node)) return { type: 'array', items: toJson((node as ListNode)[0]), ...about };
  switch (node) {
    case 's':
      return { type: 'string', ...about };
    case 'S':
      // A blank required string is treated as missing, so it must hold a visible character.
      return { type: 'string', pattern: '\\S', ...about };
    case 'u':
    case 'U':
      return { type: 'string', format: 'uri-reference', pattern: SAFE_URL_PATTERN, ...about };
    case 't':
    case 'T':
      return { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], ...about };
  }
  return { ...ref(node as ObjectNode), ...about };
}

function definition(name: string, o: ObjectNode): JsonSchema {
  const props = Object.entries(o);
  const required = props.filter(([, p]) => isRequired(p)).map(([k]) => k);
  return {
    type: 'object',
    title: name,
    description: descriptions[name as DescriptionKey],
    properties: Object.fromEntries(props.map(([k, p]) => [k, toJson(p, descriptions[`${name}.${k}` as DescriptionKey])])),
    ...(required.length ? { required } : {}),
  };
}

/** The JSON Schema of every document a `src` may point to: a Quote array, `{ quotes }`, a Story or a Collection. */
export function toJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'success-story data',
    description:
      'Data for the <success-story> and <value-quote> elements. Only Story.title and Quote.text are required; unknown fields are ignored.',
    anyOf: [
      { ...toJson(quoteList), title: 'Quote list', description: 'A list of quotes.' },
      ref(quotesDocument),
      ref(story),
      ref(collection),
    ],
    $defs: Object.fromEntries(Object.entries(definitions).map(([name, d]) => [name, definition(name, d)])),
  };
}
