import type { Strings } from './strings.js';

export const en: Strings = {
  quotes: 'Quotes',
  quotesOf: (values) => `Quotes: ${values}`,
  carousel: 'carousel',
  slide: 'slide',
  position: (n, total) => `${n} of ${total}`,
  goTo: (n) => `Quote ${n}`,
  pause: 'Pause the quotes',
  play: 'Play the quotes',
  previous: 'Previous quote',
  next: 'Next quote',
  translatedFrom: (language) => (language ? `Translated from ${language}` : 'Translated'),
  showOriginal: 'Show original',
  hideOriginal: 'Hide original',
  storyLoading: 'Loading the story…',
  storyError: 'This story could not be shown.',
  milestones: 'Milestones',
  values: 'Values',
  sourceLabel: 'Source:',
};
