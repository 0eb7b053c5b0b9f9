/**
 * Checks untrusted data against the format in schema.ts. It never stops at the first
 * problem: every issue is reported with its path, valid siblings are kept, a bad optional
 * field is dropped alone, and only a bad required field drops the item that holds it.
 */
import type { ArrayNode, ObjectNode, SchemaNode } from './schema-builder.js';
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
const BAD = Symbol('bad');
const ABSENT = Symbol('absent');
type Outcome = unknown | typeof BAD | typeof ABSENT;

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

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const isBlank = (s: string): boolean => s.trim() === '';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkString(walk: Walk, input: unknown, path: string): Outcome {
  if (typeof input !== 'string') return issue(walk, path, EXPECTED.string);
  return isBlank(input) ? ABSENT : input;
}

function checkUrl(walk: Walk, input: unknown, path: string): Outcome {
  if (typeof input !== 'string') return issue(walk, path, EXPECTED.url);
  if (isBlank(input)) return ABSENT;
  const safe = safeUrl(input, walk.base);
  if (safe === undefined) {
    walk.warnings.push(`${path || ROOT}: URL dropped (only http:, https:, mailto: and relative URLs are allowed)`);
    return ABSENT;
  }
  return safe;
}

// Items that fail are dropped (their problems are already reported); blank strings vanish.
function checkItems(walk: Walk, node: SchemaNode, items: unknown[], path: string): unknown[] {
  const out: unknown[] = [];
  items.forEach((item, i) => {
    const v = check(walk, node, item, `${path}[${i}]`);
    if (v !== BAD && v !== ABSENT) out.push(v);
  });
  return out;
}

function checkObject(walk: Walk, node: ObjectNode, input: unknown, path: string): Outcome {
  if (!isRecord(input)) return issue(walk, path, EXPECTED.object);
  const out: Record<string, unknown> = {};
  let bad = false;
  // Only the keys the format defines are read, so unknown fields (and `__proto__`) never get through.
  for (const [key, prop] of Object.entries(node.props as Record<string, SchemaNode>)) {
    const raw = Object.hasOwn(input, key) ? input[key] : undefined;
    const at = join(path, key);
    let v: Outcome = raw === undefined || raw === null ? ABSENT : check(walk, prop, raw, at);
    if (v === ABSENT && prop.required) {
      v = issue(walk, at, raw === undefined || raw === null ? EXPECTED[prop.kind] : `a non-empty ${EXPECTED[prop.kind].slice(2)}`);
    }
    if (v === BAD) bad ||= !!prop.required;
    else if (v !== ABSENT) out[key] = v;
  }
  return bad ? BAD : out;
}

function check(walk: Walk, node: SchemaNode, input: unknown, path: string): Outcome {
  switch (node.kind) {
    case 'string':
      return checkString(walk, input, path);
    case 'url':
      return checkUrl(walk, input, path);
    case 'text-list':
      if (typeof input === 'string') return isBlank(input) ? ABSENT : [input];
      if (!Array.isArray(input)) return issue(walk, path, EXPECTED['text-list']);
      return checkItems(walk, { kind: 'string' }, input, path);
    case 'array':
      if (!Array.isArray(input)) return issue(walk, path, EXPECTED.array);
      return checkItems(walk, (node as ArrayNode).items, input, path);
    case 'object':
      return checkObject(walk, node, input, path);
  }
}

function run<T>(node: SchemaNode, input: unknown, opts: ValidateOptions | undefined, path = ''): Validated<T> {
  const walk: Walk = { base: opts?.base, errors: [], warnings: [] };
  const v = input === undefined || input === null ? issue(walk, path, EXPECTED[node.kind]) : check(walk, node, input, path);
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
    value: v.value === undefined ? undefined : doc(v.value),
  });
  if (Array.isArray(input)) return wrap(validateQuotes(input, opts), (quotes) => ({ kind: 'quotes', quotes }));
  if (!isRecord(input)) {
    const walk: Walk = { errors: [], warnings: [] };
    issue(walk, '', 'a Quote array, an object with "quotes", a Story or a Collection');
    return { value: undefined, errors: walk.errors, warnings: [] };
  }
  if ('stories' in input) return wrap(validateCollection(input, opts), (collection) => ({ kind: 'collection', collection }));
  if ('quotes' in input && !Object.keys(story.props).some((key) => key !== 'quotes' && key in input)) {
    return wrap(run<{ quotes: Quote[] }>(quotesDocument, input, opts), ({ quotes }) => ({ kind: 'quotes', quotes }));
  }
  return wrap(validateStory(input, opts), (story) => ({ kind: 'story', story }));
}
