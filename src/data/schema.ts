/**
 * The data format, defined once. validate.ts walks these definitions, json-schema.ts turns
 * them into story.schema.json, and the type check at the bottom keeps types.ts in step.
 */
import { array, object, required, string, textList, url } from './schema-builder.js';
import type { Equals, Expect, Infer, InferInput } from './schema-builder.js';
import type {
  CallToAction, Collection, CollectionInput, Milestone, OriginalText, Quote, Source, Story, StoryInput, Subject,
} from './types.js';

/** The text a translated quote was translated from. */
export const originalText = object('OriginalText', 'The text a translated quote was translated from.', {
  text: required(string('The quotation in its original language.')),
  lang: string('Language of the original text (BCP 47 tag, e.g. "fr").'),
});

/** One quotation. */
export const quote = object('Quote', 'One quotation, optionally tied to a value it illustrates.', {
  text: required(string('The quotation, without quotation marks.')),
  author: string('Who said or wrote it.'),
  value: string('The value the quote carries; its word is highlighted where it appears in the text.'),
  cite: url('URL of the quote\'s source (http:, https:, mailto: or relative).'),
  lang: string('Language of the text (BCP 47 tag, e.g. "fr").'),
  original: originalText,
});

/** The person or company a story is about. */
export const subject = object('Subject', 'The person or company the story is about.', {
  name: string('Name shown with the story.'),
  role: string('Role or short description, e.g. "Founder of Alibaba".'),
  image: url('Portrait or logo URL (http:, https: or relative).'),
  imageAlt: string('Text alternative of the image; leave empty only when the image is decorative.'),
});

/** One dated step of a story. */
export const milestone = object('Milestone', 'One step of the story\'s timeline.', {
  date: string('When it happened, as it should be shown (e.g. "1999").'),
  label: string('What happened.'),
});

/** The link a story invites readers to follow. */
export const callToAction = object('CallToAction', 'The link the story invites readers to follow.', {
  label: string('Text of the link.'),
  href: url('Target of the link (http:, https:, mailto: or relative).'),
});

/** Where a story comes from. */
export const source = object('Source', 'Where the story comes from; without href the name is plain text.', {
  name: string('Name of the publication or article.'),
  href: url('URL of the source (http:, https:, mailto: or relative).'),
});

/** One success story. */
export const story = object('Story', 'One success story.', {
  id: string('Identifier that the story-id attribute picks within a collection.'),
  lang: string('Language of the story (BCP 47 tag); a collection serves the stories in the page\'s language.'),
  title: required(string('Heading of the story.')),
  kicker: string('Short line above the title, e.g. "Success story".'),
  category: string('Category or series, e.g. "Business development".'),
  subject,
  summary: textList('One paragraph, or a list of paragraphs.'),
  milestones: array(milestone, 'Timeline, in order.'),
  values: array(string('A value, e.g. "Perseverance".'), 'The values the story illustrates.'),
  quotes: array(quote, 'Quotations shown in the story\'s rotating quote.'),
  cta: callToAction,
  source,
});

/** Several stories in one file, e.g. one per language. */
export const collection = object('Collection', 'Several stories in one file, e.g. the same story in several languages.', {
  stories: required(array(story, 'The stories; without story-id the first in the page\'s language is shown.')),
});

/** A list of quotes wrapped in an object. */
export const quotesDocument = object('QuotesDocument', 'A list of quotes wrapped in an object.', {
  quotes: required(array(quote, 'The quotations.')),
});

/** A bare list of quotes. */
export const quoteList = array(quote, 'A list of quotations.');

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
