import { queueStrings } from './queue.js';

queueStrings([
  'pl',
  {
    quotes: 'Cytaty',
    quotesOf: 'Cytaty: {values}',
    carousel: 'karuzela',
    slide: 'slajd',
    position: '{n} z {total}',
    goTo: 'Cytat {n}',
    pause: 'Wstrzymaj cytaty',
    play: 'Odtwarzaj cytaty',
    previous: 'Poprzedni cytat',
    next: 'Następny cytat',
    // Language names are adjectives in -ki, in the genitive after "z": "z francuskiego".
    translatedFrom: (language?: string) =>
      !language ? 'Tłumaczenie' : /i$/.test(language) ? `Tłumaczenie z ${language}ego` : `Tłumaczenie (oryginał: ${language})`,
    showOriginal: 'Pokaż oryginał',
    hideOriginal: 'Ukryj oryginał',
    storyLoading: 'Wczytywanie historii…',
    storyError: 'Nie można wyświetlić tej historii.',
    milestones: { one: 'Kamień milowy', other: 'Kamienie milowe' },
    values: { one: 'Wartość', other: 'Wartości' },
    sourceLabel: 'Źródło:',
  },
]);
