/**
 * Checks untrusted data against the format in schema.ts. It never stops at the first
 * problem: every issue is reported with its path, valid siblings are kept, a bad optional
 * field is dropped alone, and only a bad required field drops the item that holds it.
 */
import type { SchemaNode } from './schema-builder.js';
import { collection, quoteList, quotesDocument, story } from './schema.js';
import type { Collection, Quote, Story } from './types.js';
import { safeUrl } from './url-policy.js';

/** One problem found in the data. */
export interface ValidationIssue {
  /** Where, e.g. `stories[0].quotes[2].text`; `(root)` for the document itself. */
  path: string;
  /** What was expected there, e.g. `a string`. */
  expected: string;
  /** `${path}: expected ${expected}` */
  message: string;
}

/** The valid part of the data (undefined when nothing usable is left) and what was dropped. */
export interface Validated<T> {
  value: T | undefined;
  errors: ValidationIssue[];
  /** Unsafe URLs dropped, each naming the field's path. */
  warnings: string[];
}

/** Options of the validators. */
export interface ValidateOptions {
  /** URL of the fetched document, so relative links inside it point where the author meant. */
  base?: string;
}

/** Any of the documents a `src` may point to, once validated. */
export type DataDocument =
  | { kind: 'quotes'; quotes: Quote[] }
  | { kind: 'story'; story: Story }
  | { kind: 'collection'; collection: Collection };

const ROOT = '(root)';
// A value that failed (already reported) and one that is simply not there (blank or null).
const BAD = {};
const ABSENT = {};
const STRING: SchemaNode = { kind: 'string' };

interface Walk {
  base?: string;
  errors: ValidationIssue[];
  warnings: string[];
}

const EXPECTED: Record<SchemaNode['kind'], string> = {
  string: 'a string',
  url: 'a URL string',
  'text-list': 'a string or an array of strings',
  array: 'an array',
  object: 'an object',
};

function issue(walk: Walk, path: string, expected: string): typeof BAD {
  const at = path || ROOT;
  walk.errors.push({ path: at, expected, message: `${at}: expected ${expected}` });
  return BAD;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function check(walk: Walk, node: SchemaNode, input: unknown, path: string): unknown {
  const { kind } = node;
  if (kind === 'object') {
    if (!isRecord(input)) return issue(walk, path, EXPECTED.object);
    const out: Record<string, unknown> = {};
    let bad = false;
    // Only the keys the format defines are read, so unknown fields (and `__proto__`) never get through.
    for (const [key, prop] of Object.entries(node.props as Record<string, SchemaNode>)) {
      const raw = Object.hasOwn(input, key) ? input[key] : undefined;
      const at = path ? `${path}.${key}` : key;
      let v = raw == null ? ABSENT : check(walk, prop, raw, at);
      if (v === ABSENT && prop.required) {
        const expected = EXPECTED[prop.kind];
        v = issue(walk, at, raw == null ? expected : `a non-empty ${expected.slice(2)}`);
      }
      if (v === BAD) bad ||= !!prop.required;
      else if (v !== ABSENT) out[key] = v;
    }
    return bad ? BAD : out;
  }
  if (kind === 'array' || (kind === 'text-list' && typeof input !== 'string')) {
    if (!Array.isArray(input)) return issue(walk, path, EXPECTED[kind]);
    // Items that fail are dropped (their problems are already reported); blank strings vanish.
    return input.flatMap((item, i) => {
      const v = check(walk, kind === 'array' ? node.items : STRING, item, `${path}[${i}]`);
      return v === BAD || v === ABSENT ? [] : [v];
    });
  }
  if (typeof input !== 'string') return issue(walk, path, EXPECTED[kind]);
  if (!input.trim()) return ABSENT;
  if (kind === 'string') return input;
  if (kind === 'text-list') return [input];
  const safe = safeUrl(input, walk.base);
  if (safe === undefined) walk.warnings.push(`${path || ROOT}: URL dropped (only http:, https:, mailto: and relative URLs are allowed)`);
  return safe ?? ABSENT;
}

function run<T>(node: SchemaNode | string, input: unknown, opts?: ValidateOptions): Validated<T> {
  const walk: Walk = { base: opts?.base, errors: [], warnings: [] };
  // A string instead of a node: what the root should have been, already known not to be.
  const v =
    typeof node === 'string' ? issue(walk, '', node) : input == null ? issue(walk, '', EXPECTED[node.kind]) : check(walk, node, input, '');
  return { value: v === BAD || v === ABSENT ? undefined : (v as T), errors: walk.errors, warnings: walk.warnings };
}

/** Validates a Quote array; paths start at the array (`[2].text`). */
export const validateQuotes = (input: unknown, opts?: ValidateOptions): Validated<Quote[]> => run(quoteList, input, opts);

/** Validates a Story; `summary` comes out as a list of paragraphs. */
export const validateStory = (input: unknown, opts?: ValidateOptions): Validated<Story> => run(story, input, opts);

/** Validates a Collection (`{ stories: [...] }`). */
export const validateCollection = (input: unknown, opts?: ValidateOptions): Validated<Collection> => run(collection, input, opts);

/**
 * Validates whatever a `src` may hold: a Quote array, `{ quotes: [...] }`, a Story or a
 * Collection. An object with `stories` is a Collection, one whose only Story field is
 * `quotes` a quote list; any other object is judged as a Story, so a story that lacks its
 * title is told so.
 */
export function validateDocument(input: unknown, opts?: ValidateOptions): Validated<DataDocument> {
  const wrap = <T>(v: Validated<T>, doc: (value: T) => DataDocument): Validated<DataDocument> => ({
    ...v,
    value: v.value && doc(v.value),
  });
  const quotes = (quotes: Quote[]): DataDocument => ({ kind: 'quotes', quotes });
  if (Array.isArray(input)) return wrap(validateQuotes(input, opts), quotes);
  if (!isRecord(input)) return run('a Quote array, an object with "quotes", a Story or a Collection', input);
  if ('stories' in input) return wrap(validateCollection(input, opts), (collection) => ({ kind: 'collection', collection }));
  if ('quotes' in input && !Object.keys(story.props).some((key) => key !== 'quotes' && key in input)) {
    return wrap(run<{ quotes: Quote[] }>(quotesDocument, input, opts), (d) => quotes(d.quotes));
  }
  return wrap(validateStory(input, opts), (story) => ({ kind: 'story', story }));
}
