import type { StoryStringKey, StringTable } from './strings.js';

/** English: every key of the quotes, the fallback of every other table (a story adds its own, see story.ts). */
export const en = {
  quotes: 'Quotes',
  quotesOf: 'Quotes: {values}',
  carousel: 'carousel',
  slide: 'slide',
  position: '{n} of {total}',
  goTo: 'Quote {n}',
  pause: 'Pause the quotes',
  play: 'Play the quotes',
  previous: 'Previous quote',
  next: 'Next quote',
  translatedFrom: 'Translated from {language}',
  translated: 'Translated',
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
} satisfies Required<Omit<StringTable, StoryStringKey>>;
