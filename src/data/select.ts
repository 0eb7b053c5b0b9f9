/**
 * Picks what an element shows from a validated document: a story by id, or the stories in
 * the element's language, so one file can serve a page in French and one in English.
 */
import type { Quote, Story } from './types.js';
import type { DataDocument } from './validate.js';

/** What the selection is for. */
export interface SelectOptions {
  /** The `story-id` attribute, if set. */
  storyId?: string;
  /** The element's language. */
  lang: string;
}

const primary = (tag: string): string => tag.trim().toLowerCase().split('-')[0];

/** Whether a language tag serves `wanted`: same tag, or same primary subtag (`en-GB` ~ `en`), case-insensitive. */
export function langMatches(tag: string | undefined, wanted: string): boolean {
  if (!tag || !wanted.trim()) return false;
  return primary(tag) === primary(wanted);
}

const sameTag = (tag: string | undefined, wanted: string): boolean =>
  !!tag && tag.trim().toLowerCase() === wanted.trim().toLowerCase();

// Exact tags win over primary-subtag matches, so `en-GB` prefers the `en-GB` story to the `en` one.
function inLanguage(stories: Story[], lang: string): Story[] {
  const exact = stories.filter((s) => sameTag(s.lang, lang));
  return exact.length ? exact : stories.filter((s) => langMatches(s.lang, lang));
}

const notFound = (id: string): string => `story-id "${id}" not found`;

function byId(doc: DataDocument, id: string): { story?: Story; error?: string } {
  if (doc.kind === 'quotes') return { error: `${notFound(id)}: the document holds quotes only` };
  const stories = doc.kind === 'story' ? [doc.story] : doc.collection.stories;
  const story = stories.find((s) => s.id === id);
  return story ? { story } : { error: notFound(id) };
}

/**
 * The story to show: the one named by `storyId` (an error naming it when absent), else the
 * first whose `lang` matches, else the first.
 */
export function selectStory(doc: DataDocument, opts: SelectOptions): { story?: Story; error?: string } {
  if (opts.storyId) return byId(doc, opts.storyId);
  if (doc.kind === 'quotes') return { error: 'the document holds quotes, not a story' };
  if (doc.kind === 'story') return { story: doc.story };
  const stories = doc.collection.stories;
  if (!stories.length) return { error: 'the collection holds no story' };
  return { story: inLanguage(stories, opts.lang)[0] ?? stories[0] };
}

/**
 * The quotes to show: a quote list as is; a story's quotes; in a Collection, the quotes of
 * the story named by `storyId`, else of every story in the element's language (same primary
 * subtag), else of all.
 */
export function selectQuotes(doc: DataDocument, opts: SelectOptions): { quotes: Quote[]; error?: string } {
  if (doc.kind === 'quotes') {
    // A story-id cannot pick inside a bare list, and ignoring it silently would hide a typo.
    return opts.storyId ? { quotes: [], error: byId(doc, opts.storyId).error } : { quotes: doc.quotes };
  }
  if (opts.storyId) {
    const { story, error } = byId(doc, opts.storyId);
    return story ? { quotes: story.quotes ?? [] } : { quotes: [], error };
  }
  if (doc.kind === 'story') return { quotes: doc.story.quotes ?? [] };
  const all = doc.collection.stories;
  // Every story in the language: an `en` page gathers the `en` and `en-GB` quotes alike.
  const stories = all.filter((s) => langMatches(s.lang, opts.lang));
  return { quotes: (stories.length ? stories : all).flatMap((s) => s.quotes ?? []) };
}
