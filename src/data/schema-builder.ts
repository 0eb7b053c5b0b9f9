/**
 * A tiny typed notation for the data format. One definition feeds the validator, the JSON
 * Schema and (through `Infer`) a compile-time check of types.ts, so the three can never
 * disagree. The notation is plain data, short because it ships in the elements' bundle;
 * descriptions live in scripts/schema/schema-docs.ts, which only the schema generator imports.
 *
 * - `'s'` a string (blank means absent), `'u'` a link (a string that must pass the URL
 *   policy), `'t'` paragraphs (one string or a list of strings, always a list once validated);
 *   upper case (`'S'`, `'U'`, `'T'`) when required: a missing or bad value drops the item.
 * - `[node]` a list of items of one kind; `[node, 1]` a required list.
 * - `{ key: node, … }` an object with these properties (unknown keys are ignored).
 *
 * Definitions are written `as const`, so their types keep the exact notation.
 */

/** A string, a link or paragraphs; upper case when required. */
export type LeafNode = 's' | 'u' | 't' | 'S' | 'U' | 'T';
/** A list of items of one kind; `1` marks it required. */
export type ListNode<I extends SchemaNode = SchemaNode> = readonly [items: I] | readonly [items: I, required: 1];
/** The properties of an object. */
export interface ObjectNode {
  readonly [key: string]: SchemaNode;
}
/** Any node of the format. */
export type SchemaNode = LeafNode | ListNode<any> | ObjectNode;

/** Whether a missing or bad value of this property drops the item that holds it. */
export const isRequired = (node: SchemaNode): boolean => (typeof node == 'string' ? node < 'a' : (node as ListNode)[1] == 1);

// Flattening turns `A & B` into one object type, which the identity check in `Equals` needs.
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<P> = { [K in keyof P]: P[K] extends 'S' | 'U' | 'T' | readonly [any, 1] ? K : never }[keyof P];
type ObjectOf<P, Input extends boolean> = Simplify<
  { -readonly [K in RequiredKeys<P>]: InferAs<P[K], Input> } & { -readonly [K in Exclude<keyof P, RequiredKeys<P>>]?: InferAs<P[K], Input> }
>;
type InferAs<N, Input extends boolean> = N extends 's' | 'S' | 'u' | 'U'
  ? string
  : N extends 't' | 'T'
    ? Input extends true ? string | string[] : string[]
    : N extends readonly [infer I, ...unknown[]]
      ? InferAs<I, Input>[]
      : N extends ObjectNode
        ? ObjectOf<N, Input>
        : never;

/** The type a node describes once validated (paragraphs are lists). */
export type Infer<N> = InferAs<N, false>;
/** The type a node accepts from authors (paragraphs may be one string). */
export type InferInput<N> = InferAs<N, true>;

/** The description keys named object types need: each name, and `Name.prop` for each property. */
export type DocKeys<D extends Record<string, ObjectNode>> = {
  [N in keyof D & string]: N | `${N}.${keyof D[N] & string}`;
}[keyof D & string];

/** True only when A and B are the same type (optional and required members included). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
/** Fails to compile unless its argument is `true`. */
export type Expect<T extends true> = T;
