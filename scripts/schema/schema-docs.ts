/**
 * Descriptions for story.schema.json, kept with the generator so the elements never carry
 * them. The key type (from src/data/schema.ts) makes tsc reject a missing or stale entry.
 */
import type { DescriptionKey } from '../../src/data/schema.js';

const LINK = '(http:, https:, mailto: or relative; anything else is dropped)';

/** One line of documentation per type and per property of the format. */
export const descriptions: Record<DescriptionKey, string> = {
  Quote: 'One quotation, optionally tied to a value it illustrates.',
  'Quote.text': 'The quotation, without quotation marks.',
  'Quote.author': 'Who said or wrote it.',
  'Quote.value': 'The value the quote carries; its word is highlighted where it appears in the text.',
  'Quote.cite': `URL of the quote's source ${LINK}.`,
  'Quote.lang': 'Language of the text (BCP 47 tag, e.g. "fr").',
  'Quote.original': 'Present when the text is a translation: the text it was translated from.',
  OriginalText: 'The text a translated quote was translated from.',
  'OriginalText.text': 'The quotation in its original language.',
  'OriginalText.lang': 'Language of the original (BCP 47 tag, e.g. "fr").',
  Story: 'One success story.',
  'Story.id': 'Identifier that the story-id attribute picks within a collection.',
  'Story.lang': "Language of the story (BCP 47 tag); without story-id a collection serves the stories in the page's language.",
  'Story.title': 'Heading of the story.',
  'Story.kicker': 'Short line above the title, e.g. "Success story".',
  'Story.category': 'Category or series, e.g. "Business development".',
  'Story.subject': 'The person or company the story is about.',
  'Story.summary': 'One paragraph, or a list of paragraphs.',
  'Story.milestones': 'Timeline, in order.',
  'Story.values': 'The values the story illustrates, e.g. "Perseverance".',
  'Story.quotes': "Quotations shown in the story's rotating quote.",
  'Story.cta': 'The link the story invites readers to follow.',
  'Story.source': 'Where the story comes from.',
  Subject: 'The person or company the story is about.',
  'Subject.name': 'Name shown with the story.',
  'Subject.role': 'Role or short description, e.g. "Founder of Alibaba".',
  'Subject.image': `Portrait or logo URL ${LINK}.`,
  'Subject.imageAlt': 'Text alternative of the image.',
  Milestone: "One step of the story's timeline.",
  'Milestone.date': 'When it happened, as it should be shown (e.g. "1999").',
  'Milestone.label': 'What happened.',
  CallToAction: 'The link the story invites readers to follow.',
  'CallToAction.label': 'Text of the link.',
  'CallToAction.href': `Target of the link ${LINK}.`,
  Source: 'Where the story comes from; without href the name is plain text.',
  'Source.name': 'Name of the publication or article.',
  'Source.href': `URL of the source ${LINK}.`,
  Collection: 'Several stories in one file, e.g. the same story in several languages.',
  'Collection.stories': "The stories; without story-id the first in the page's language is shown.",
  QuotesDocument: 'A list of quotes wrapped in an object.',
  'QuotesDocument.quotes': 'The quotations.',
};
