/**
 * A tiny typed description language for the data format. One definition feeds the
 * validator, the JSON Schema and (through `Infer`) a compile-time check of types.ts, so
 * the three can never disagree. Nodes carry no prose: descriptions live in schema-docs.ts,
 * which only the schema generator imports, so they never weigh on the elements' bundle.
 */

/** A string; blank means absent. */
export interface StringNode {
  kind: 'string';
  required?: true;
}

/** A link: a string that must pass the URL policy. */
export interface UrlNode {
  kind: 'url';
  required?: true;
}

/** Paragraphs: one string or a list of strings, always a list once validated. */
export interface TextListNode {
  kind: 'text-list';
  /** What each paragraph of a list is, so the validator walks a list of paragraphs as any list. */
  items: StringNode;
  required?: true;
}

/** A list of items of one kind. */
export interface ArrayNode<I extends SchemaNode = SchemaNode> {
  kind: 'array';
  items: I;
  required?: true;
}

/** Named properties. Names live in schema.ts's `definitions` (for `$defs` in the JSON Schema), so the bundle does not carry them. */
export interface ObjectNode<P extends Props = Props> {
  kind: 'object';
  props: P;
  required?: true;
}

/** Any node of the format. */
export type SchemaNode = StringNode | UrlNode | TextListNode | ArrayNode<any> | ObjectNode<any>;
/** The properties of an object node. */
export type Props = Record<string, SchemaNode>;

/** Declares a string. */
export const string = (): StringNode => ({ kind: 'string' });
/** Declares a URL. */
export const url = (): UrlNode => ({ kind: 'url' });
/** Declares paragraphs (a string or a list of strings). */
export const textList = (): TextListNode => ({ kind: 'text-list', items: string() });
/** Declares a list. */
export const array = <I extends SchemaNode>(items: I): ArrayNode<I> => ({ kind: 'array', items });
/** Declares an object type. */
export const object = <P extends Props>(props: P): ObjectNode<P> => ({ kind: 'object', props });
/** Marks a property as required: its item is dropped when the property is missing or bad. */
export const required = <N extends SchemaNode>(node: N): N & { required: true } => ({ ...node, required: true });

// Flattening turns `A & B` into one object type, which the identity check in `Equals` needs.
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type RequiredKeys<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];
type ObjectOf<P, Input extends boolean> = Simplify<
  { [K in RequiredKeys<P>]: InferAs<P[K], Input> } & { [K in Exclude<keyof P, RequiredKeys<P>>]?: InferAs<P[K], Input> }
>;
type InferAs<N, Input extends boolean> = N extends StringNode | UrlNode
  ? string
  : N extends TextListNode
    ? Input extends true ? string | string[] : string[]
    : N extends ArrayNode<infer I>
      ? InferAs<I, Input>[]
      : N extends ObjectNode<infer P>
        ? ObjectOf<P, Input>
        : never;

/** The type a node describes once validated (paragraphs are lists). */
export type Infer<N> = InferAs<N, false>;
/** The type a node accepts from authors (paragraphs may be one string). */
export type InferInput<N> = InferAs<N, true>;

/** The description keys named object types need: each name, and `Name.prop` for each property. */
export type DocKeys<D extends Record<string, ObjectNode>> = {
  [N in keyof D & string]: N | `${N}.${keyof D[N]['props'] & string}`;
}[keyof D & string];

/** True only when A and B are the same type (optional and required members included). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
/** Fails to compile unless its argument is `true`. */
export type Expect<T extends true> = T;
