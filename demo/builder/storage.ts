/**
 * The reader's work, kept in localStorage so a reload or a closed tab loses nothing. Storage
 * can be blocked or full: the builder then works for the visit only.
 */
import { draftFromStory, type Draft } from './draft.js';
import { widgetFrom, type WidgetSettings } from './widget.js';

export const STORAGE_KEY = 'success-story-builder';

export interface SavedWork {
  draft: Draft;
  widget: WidgetSettings;
}

/** The saved work, or undefined on a first visit (or when what is stored cannot be read). */
export function loadWork(): SavedWork | undefined {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!stored?.draft) return undefined;
    // Read through draftFromStory, so a draft saved by an older builder still fills every field.
    return { draft: draftFromStory(stored.draft), widget: widgetFrom(stored.widget) };
  } catch {
    return undefined;
  }
}

export function saveWork(work: SavedWork): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(work));
  } catch {
    // Blocked or full: the work stays on the page until it is closed.
  }
}

export function forgetWork(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
