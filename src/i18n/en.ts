import type { StringTable } from './strings.js';

/** English: every key, the fallback of every other table. */
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
  storyLoading: 'Loading the story…',
  storyError: 'This story could not be shown.',
  milestones: { one: 'Milestone', other: 'Milestones' },
  values: { one: 'Value', other: 'Values' },
  sourceLabel: 'Source:',
} satisfies Required<StringTable>;
