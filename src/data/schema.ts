/**
 * The data format, defined once in the notation of schema-builder.ts. validate.ts walks these
 * definitions, scripts/schema/json-schema.ts turns them into story.schema.json, and the type check at the
 * bottom keeps types.ts in step.
 */
import type { DocKeys, Equals, Expect, Infer, InferInput } from './schema-builder.js';
import type {
  CallToAction, Collection, CollectionInput, Milestone, OriginalText, Quote, Source, Story, StoryInput, Subject,
} from './types.js';

/** The text a translated quote was translated from. */
export const originalText = { text: 'S', lang: 's' } as const;

/** One quotation. */
export const quote = { text: 'S', author: 's', value: 's', cite: 'u', lang: 's', original: originalText } as const;

/** The person or company a story is about. */
export const subject = { name: 's', role: 's', image: 'u', imageAlt: 's' } as const;

/** One step of a story's timeline. */
export const milestone = { date: 's', label: 's' } as const;

/** The link a story invites readers to follow. */
export const callToAction = { label: 's', href: 'u' } as const;

/** Where a story comes from. */
export const source = { name: 's', href: 'u' } as const;

/** One success story. */
export const story = {
  id: 's',
  lang: 's',
  title: 'S',
  kicker: 's',
  category: 's',
  subject,
  summary: 't',
  milestones: [milestone],
  values: ['s'],
  quotes: [quote],
  cta: callToAction,
  source,
} as const;

/** Several stories in one file, e.g. one per language. */
export const collection = { stories: [story, 1] } as const;

/** A list of quotes wrapped in an object. */
export const quotesDocument = { quotes: [quote, 1] } as const;

/** A bare list of quotes. */
export const quoteList = [quote] as const;

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

/** The keys scripts/schema/schema-docs.ts must describe, no more, no less. */
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
