/**
 * Bringing work in and out: a pasted or opened JSON file (a Story, a Collection or a list of
 * quotes) becomes the form's draft, read through the elements' own validator; the draft goes
 * out as `story.json`.
 */
import { selectStory } from '../../src/data/select.js';
import { validateDocument } from '../../src/data/validate.js';
import { draftFromStory, emptyDraft, storyInput, type Draft } from './draft.js';
import type { Language } from '../../tools/fields.js';
import { STORY_FILE } from './snippets.js';
import type { BuilderStrings } from './strings.js';

export interface Imported {
  draft?: Draft;
  /** Set for a list of quotes: the quotes alone are the natural element for it. */
  quotesOnly?: boolean;
  /** What to tell the reader. */
  message: string;
}

/**
 * Reads a JSON text as the elements would; a Collection gives its story in the page's language.
 * Relative links stay as written unless `base` says where the file lives.
 */
export function importJson(text: string, language: Language, strings: BuilderStrings, base?: string): Imported {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { message: strings.importNotJson };
  }
  return importDocument(input, language, strings, base);
}

/** Reads a parsed JSON document as the elements would (see `importJson`). */
export function importDocument(input: unknown, language: Language, strings: BuilderStrings, base?: string): Imported {
  const { value, errors, warnings } = validateDocument(input, { base });
  const dropped = errors.length + warnings.length;
  const note = dropped ? strings.importDropped(dropped) : '';
  if (!value) return { message: strings.importNothing + note };
  if (value.kind === 'quotes') {
    return { draft: { ...emptyDraft(language), quotes: draftFromStory({ quotes: value.quotes }).quotes }, quotesOnly: true, message: strings.importedQuotes(value.quotes.length) + note };
  }
  const { story } = selectStory(value, { lang: language });
  if (!story) return { message: strings.importNothing + note };
  const message = value.kind === 'collection'
    ? strings.importedFromCollection(story.title, value.collection.stories.length)
    : strings.imported(story.title);
  return { draft: draftFromStory(story), message: message + note };
}

/** Downloads the draft as story.json: what the reader wrote, blank fields and rows left out. */
export function exportDraft(draft: Draft): void {
  const json = `${JSON.stringify(storyInput(draft).input, null, 2)}\n`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = STORY_FILE;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some engines read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
