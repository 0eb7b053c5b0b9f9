/**
 * Picks what an element shows from a validated document: a story by id, or the stories in
 * the element's language, so one file can serve a page in French and one in English.
 */
import type { Quote, Story } from './types.js';
import type { DataDocument } from './validate.js';
import { primary } from '../i18n/lang.js';

/** What the selection is for. */
export interface SelectOptions {
  /** The `story-id` attribute, if set. */
  storyId?: string;
  /** The element's language. */
  lang: string;
}

const lower = (tag = ''): string => tag.trim().toLowerCase();

/** Whether a language tag serves `wanted`: same tag, or same primary subtag (`en-GB` ~ `en`), case-insensitive. */
export const langMatches = (tag: string | undefined, wanted: string): boolean => !!primary(wanted) && primary(tag) == primary(wanted);

/** The stories a document holds; none for a bare quote list. */
const storiesOf = (doc: DataDocument): Story[] | undefined =>
  doc.kind == 'quotes' ? undefined : doc.kind == 'story' ? [doc.story] : doc.collection.stories;

const byId = (stories: Story[] | undefined, id: string): { story?: Story; error?: string } => {
  const story = stories?.find((s) => s.id == id);
  return story ? { story } : { error: `story-id "${id}" not found${stories ? '' : ': the document holds quotes only'}` };
};

/**
 * The story to show: the one named by `storyId` (an error naming it when absent), else the
 * first whose `lang` matches, else the first.
 */
export function selectStory(doc: DataDocument, { storyId, lang }: SelectOptions): { story?: Story; error?: string } {
  const stories = storiesOf(doc);
  if (storyId) return byId(stories, storyId);
  if (!stories) return { error: 'the document holds quotes, not a story' };
  // Exact tags win over primary-subtag matches, so `en-GB` prefers the `en-GB` story to the `en` one.
  const story =
    stories.find((s) => s.lang && lower(s.lang) == lower(lang)) ?? stories.find((s) => langMatches(s.lang, lang)) ?? stories[0];
  return story ? { story } : { error: 'the collection holds no story' };
}

/**
 * The quotes to show: a quote list as is; a story's quotes; in a Collection, the quotes of
 * the story named by `storyId`, else of every story in the element's language (same primary
 * subtag), else of all.
 */
export function selectQuotes(doc: DataDocument, { storyId, lang }: SelectOptions): { quotes: Quote[]; error?: string } {
  const all = storiesOf(doc);
  // A story-id cannot pick inside a bare list, and ignoring it silently would hide a typo.
  if (storyId) {
    const { story, ...error } = byId(all, storyId);
    return { quotes: story?.quotes ?? [], ...error };
  }
  if (!all) return { quotes: (doc as { quotes: Quote[] }).quotes };
  // Every story in the language: an `en` page gathers the `en` and `en-GB` quotes alike.
  const stories = all.filter((s) => langMatches(s.lang, lang));
  return { quotes: (stories.length ? stories : all).flatMap((s) => s.quotes ?? []) };
}
