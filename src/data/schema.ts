/**
 * The data format, defined once. validate.ts walks these definitions, json-schema.ts turns
 * them into story.schema.json, and the type check at the bottom keeps types.ts in step.
 */
import { array, object, required, string, textList, url } from './schema-builder.js';
import type { DocKeys, Equals, Expect, Infer, InferInput } from './schema-builder.js';
import type {
  CallToAction, Collection, CollectionInput, Milestone, OriginalText, Quote, Source, Story, StoryInput, Subject,
} from './types.js';

/** The text a translated quote was translated from. */
export const originalText = object({
  text: required(string()),
  lang: string(),
});

/** One quotation. */
export const quote = object({
  text: required(string()),
  author: string(),
  value: string(),
  cite: url(),
  lang: string(),
  original: originalText,
});

/** The person or company a story is about. */
export const subject = object({ name: string(), role: string(), image: url(), imageAlt: string() });

/** One step of a story's timeline. */
export const milestone = object({ date: string(), label: string() });

/** The link a story invites readers to follow. */
export const callToAction = object({ label: string(), href: url() });

/** Where a story comes from. */
export const source = object({ name: string(), href: url() });

/** One success story. */
export const story = object({
  id: string(),
  lang: string(),
  title: required(string()),
  kicker: string(),
  category: string(),
  subject,
  summary: textList(),
  milestones: array(milestone),
  values: array(string()),
  quotes: array(quote),
  cta: callToAction,
  source,
});

/** Several stories in one file, e.g. one per language. */
export const collection = object({ stories: required(array(story)) });

/** A list of quotes wrapped in an object. */
export const quotesDocument = object({ quotes: required(array(quote)) });

/** A bare list of quotes. */
export const quoteList = array(quote);

/** Every named type of the format, by the name it has in the JSON Schema. */
export const definitions = {
  Quote: quote,
  OriginalText: originalText,
  Story: story,
  Subject: subject,
  Milestone: milestone,
  CallToAction: callToAction,
  Source: source,
  Collection: collection,
  QuotesDocument: quotesDocument,
};

/** The keys schema-docs.ts must describe, no more, no less. */
export type DescriptionKey = DocKeys<typeof definitions>;

/** Compile-time proof that types.ts describes exactly this format: tsc fails when they drift. */
export type SchemaMatchesTypes = [
  Expect<Equals<OriginalText, Infer<typeof originalText>>>,
  Expect<Equals<Quote, Infer<typeof quote>>>,
  Expect<Equals<Subject, Infer<typeof subject>>>,
  Expect<Equals<Milestone, Infer<typeof milestone>>>,
  Expect<Equals<CallToAction, Infer<typeof callToAction>>>,
  Expect<Equals<Source, Infer<typeof source>>>,
  Expect<Equals<Story, Infer<typeof story>>>,
  Expect<Equals<StoryInput, InferInput<typeof story>>>,
  Expect<Equals<Collection, Infer<typeof collection>>>,
  Expect<Equals<CollectionInput, InferInput<typeof collection>>>,
];
