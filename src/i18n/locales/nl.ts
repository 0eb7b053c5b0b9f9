import { queueStrings } from './queue.js';

queueStrings([
  'nl',
  {
    quotes: 'Citaten',
    quotesOf: 'Citaten: {values}',
    carousel: 'carrousel',
    slide: 'dia',
    position: '{n} van {total}',
    goTo: 'Citaat {n}',
    pause: 'Citaten pauzeren',
    play: 'Citaten afspelen',
    previous: 'Vorig citaat',
    next: 'Volgend citaat',
    // Language names are neuter: "uit het Frans", "uit het Engels".
    translatedFrom: 'Vertaald uit het {language}',
    translated: 'Vertaald',
    showOriginal: 'Origineel tonen',
    hideOriginal: 'Origineel verbergen',
    storyLoading: 'Het verhaal wordt geladen…',
    storyError: 'Dit verhaal kan niet worden getoond.',
    milestones: { one: 'Mijlpaal', other: 'Mijlpalen' },
    values: { one: 'Waarde', other: 'Waarden' },
    sourceLabel: 'Bron:',
  },
]);
