/**
 * The story as the form holds it: every field a string, every list as long as the reader made
 * it, blanks and mistakes included, so nothing typed is lost. `storyInput` turns it into what
 * the elements read; `draftFromStory` goes the other way, for imports.
 */
import type { Quote, Story, StoryInput } from '../../src/data/types.js';

export interface QuoteDraft {
  text: string; author: string; value: string; cite: string; lang: string;
  original: { text: string; lang: string };
}

export interface Draft {
  id: string; lang: string; title: string; kicker: string; category: string;
  subject: { name: string; role: string; image: string; imageAlt: string };
  summary: string[];
  milestones: { date: string; label: string }[];
  values: string[];
  quotes: QuoteDraft[];
  cta: { label: string; href: string };
  source: { name: string; href: string };
}

/** The four lists of a story, by their field name. */
export type ListName = 'summary' | 'milestones' | 'values' | 'quotes';

/** A new, empty item of each list. */
export const EMPTY_ITEMS = {
  summary: () => '',
  milestones: () => ({ date: '', label: '' }),
  values: () => '',
  quotes: (): QuoteDraft => ({ text: '', author: '', value: '', cite: '', lang: '', original: { text: '', lang: '' } }),
} satisfies Record<ListName, () => unknown>;

/** A blank story, as "start over" leaves it: one empty item in each list, ready to type into. */
export function emptyDraft(lang = ''): Draft {
  return {
    id: '', lang, title: '', kicker: '', category: '',
    subject: { name: '', role: '', image: '', imageAlt: '' },
    summary: [EMPTY_ITEMS.summary()],
    milestones: [EMPTY_ITEMS.milestones()],
    values: [EMPTY_ITEMS.values()],
    quotes: [EMPTY_ITEMS.quotes()],
    cta: { label: '', href: '' },
    source: { name: '', href: '' },
  };
}

const text = (value: unknown): string => (typeof value == 'string' ? value : '');

function quoteDraft(quote: Partial<Quote>): QuoteDraft {
  return {
    text: text(quote.text), author: text(quote.author), value: text(quote.value), cite: text(quote.cite), lang: text(quote.lang),
    original: { text: text(quote.original?.text), lang: text(quote.original?.lang) },
  };
}

/** The form's content for a story (validated or not: anything that is not a string is left blank). */
export function draftFromStory(story: Partial<Story>): Draft {
  const draft = emptyDraft();
  const nonEmpty = <T>(list: T[], empty: () => T) => (list.length ? list : [empty()]);
  return {
    ...draft,
    id: text(story.id), lang: text(story.lang), title: text(story.title), kicker: text(story.kicker), category: text(story.category),
    subject: { name: text(story.subject?.name), role: text(story.subject?.role), image: text(story.subject?.image), imageAlt: text(story.subject?.imageAlt) },
    summary: nonEmpty((story.summary ?? []).map(text), EMPTY_ITEMS.summary),
    milestones: nonEmpty((story.milestones ?? []).map((milestone) => ({ date: text(milestone.date), label: text(milestone.label) })), EMPTY_ITEMS.milestones),
    values: nonEmpty((story.values ?? []).map(text), EMPTY_ITEMS.values),
    quotes: nonEmpty((story.quotes ?? []).map(quoteDraft), EMPTY_ITEMS.quotes),
    cta: { label: text(story.cta?.label), href: text(story.cta?.href) },
    source: { name: text(story.source?.name), href: text(story.source?.href) },
  };
}

/** What the elements are given, and where each list item came from in the form. */
export interface StoryInputWithOrigins {
  input: StoryInput;
  /** For each list, the form's index of each item kept (blank items are left out). */
  origins: Record<ListName, number[]>;
}

const isBlank = (value: unknown): boolean =>
  typeof value == 'string' ? !value.trim() : Object.values(value as object).every(isBlank);

/** Leaves out blank strings and objects with nothing in them; text is kept as typed. */
function withoutBlanks(value: object): Record<string, unknown> | undefined {
  const entries = Object.entries(value).filter(([, field]) => !isBlank(field))
    .map(([key, field]) => [key, typeof field == 'string' ? field : withoutBlanks(field)]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/**
 * The story to validate and publish. A list item left entirely blank is not part of it (a
 * reader who just pressed "add" has written nothing yet); a half-filled one is, so the
 * validator can say what it lacks. The title is always there, blank or not: it is required.
 */
export function storyInput(draft: Draft): StoryInputWithOrigins {
  const origins = { summary: [], milestones: [], values: [], quotes: [] } as Record<ListName, number[]>;
  const input: Record<string, unknown> = { ...withoutBlanks(draft), title: draft.title };
  for (const list of Object.keys(origins) as ListName[]) {
    const items: unknown[] = [];
    (draft[list] as unknown[]).forEach((item, index) => {
      if (isBlank(item)) return;
      origins[list].push(index);
      items.push(typeof item == 'string' ? item : withoutBlanks(item as object));
    });
    if (items.length) input[list] = items;
    else delete input[list];
  }
  return { input: input as unknown as StoryInput, origins };
}

/**
 * The form field of a validator path: `quotes[1].original.text` becomes `quotes.3.original.text`
 * when the second quote kept is the form's fourth.
 */
export function fieldOfPath(path: string, origins: Record<ListName, number[]>): string {
  return path.replace(/^(summary|milestones|values|quotes)\[(\d+)\]/, (_, list: ListName, index: string) =>
    `${list}.${origins[list][Number(index)] ?? index}`).replace(/\[(\d+)\]/g, '.$1');
}

/** The value at a dotted path of the draft (`quotes.0.original.text`). */
export function readPath(draft: Draft, path: string): string {
  let node: unknown = draft;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)?.[key];
  return typeof node == 'string' ? node : '';
}

/** Writes a string at a dotted path of the draft. */
export function writePath(draft: Draft, path: string, value: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = draft as unknown as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}
