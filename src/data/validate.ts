/**
 * Checks untrusted data against the format in schema.ts. It never stops at the first
 * problem: every issue is reported with its path, valid siblings are kept, a bad optional
 * field is dropped alone, and only a bad required field drops the item that holds it.
 */
import { isRequired, type ListNode, type ObjectNode, type SchemaNode } from './schema-builder.js';
import { collection, quoteList, quotesDocument, story } from './schema.js';
import type { Collection, Quote, Story } from './types.js';
import { safeUrl, urlDropped } from './url-policy.js';

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

// What each kind of node expects: leaves by their lower-case letter, then lists and objects.
const EXPECTED: Record<string, string> = {
  s: 'a string',
  u: 'a URL string',
  t: 'a string or an array of strings',
  list: 'an array',
  object: 'an object',
};

/** The kind of a node, required or not. */
const kindOf = (node: SchemaNode): string => (typeof node == 'string' ? node.toLowerCase() : Array.isArray(node) ? 'list' : 'object');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && !!v && !Array.isArray(v);

/**
 * Validates `input` against `node` (or, given a string, reports that the root should have been
 * that: a root is never a leaf). The walk returns the valid value, `undefined` for a field
 * that is simply not there (null, blank, or a dropped URL), and `null` for one that failed
 * (already reported).
 */
function run<T>(node: SchemaNode | string, input: unknown, opts?: ValidateOptions): Validated<T> {
  const base = opts?.base;
  const errors: ValidationIssue[] = [];
  const warnings: string[] = [];
  const issue = (path: string, expected: string): null => {
    path ||= '(root)';
    errors.push({ path, expected, message: `${path}: expected ${expected}` });
    return null;
  };
  const check = (node: SchemaNode, input: unknown, path: string): unknown => {
    const kind = kindOf(node);
    if (kind == 'object') {
      if (!isRecord(input)) return issue(path, EXPECTED[kind]);
      const valid: Record<string, unknown> = {};
      let missingRequired = false;
      // Only the keys the format defines are read, so unknown fields (and `__proto__`) never get through.
      for (const [key, prop] of Object.entries(node as ObjectNode)) {
        const raw = Object.hasOwn(input, key) ? input[key] : undefined;
        const at = path ? `${path}.${key}` : key;
        const value = raw == null ? undefined : check(prop, raw, at);
        if (value != null) valid[key] = value;
        else if (isRequired(prop)) {
          missingRequired = true;
          // A failure has been reported already; an absent or blank field is reported here.
          const expected = EXPECTED[kindOf(prop)];
          if (value === undefined) issue(at, raw == null ? expected : `a non-empty ${expected.slice(2)}`);
        }
      }
      return missingRequired ? null : valid;
    }
    if (kind == 'list' || (kind == 't' && typeof input != 'string')) {
      // Items that fail are dropped (their problems are already reported); blank strings vanish.
      // flatMap keeps the items as they are: the format has no list of lists.
      return Array.isArray(input)
        ? input.flatMap((item, i) => check(kind == 't' ? 's' : (node as ListNode)[0], item, `${path}[${i}]`) ?? [])
        : issue(path, EXPECTED[kind]);
    }
    if (typeof input != 'string') return issue(path, EXPECTED[kind]);
    if (!input.trim()) return;
    if (kind == 's') return input;
    if (kind == 't') return [input];
    const safe = safeUrl(input, base);
    if (!safe) warnings.push(urlDropped(path));
    return safe;
  };
  const value = (typeof node == 'string' ? issue('', node) : check(node, input, '')) ?? undefined;
  return { value: value as T | undefined, errors, warnings };
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
  // The kind names the field that holds the value; `{ quotes }` already has that shape.
  const [node, kind]: [SchemaNode | string, string?] = Array.isArray(input)
    ? [quoteList, 'quotes']
    : !isRecord(input)
      ? ['a Quote array, an object with "quotes", a Story or a Collection']
      : 'stories' in input
        ? [collection, 'collection']
        : 'quotes' in input && !Object.keys(story).some((key) => key != 'quotes' && key in input)
          ? [quotesDocument]
          : [story, 'story'];
  const validated = run<any>(node, input, opts);
  if (validated.value) validated.value = kind ? { kind, [kind]: validated.value } : { kind: 'quotes', ...validated.value };
  return validated;
}
