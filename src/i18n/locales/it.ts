import { queueStrings } from './queue.js';

/** "dal francese", "dall’inglese", "dallo spagnolo": the article follows the name's first sounds. */
const fromLanguage = (language: string) =>
  /^[aeiouh]/i.test(language) ? `dall’${language}` : /^(s[^aeiou]|z|gn|ps|x|y)/i.test(language) ? `dallo ${language}` : `dal ${language}`;

queueStrings([
  'it',
  {
    quotes: 'Citazioni',
    quotesOf: 'Citazioni: {values}',
    carousel: 'carosello',
    slide: 'diapositiva',
    position: '{n} di {total}',
    goTo: 'Citazione {n}',
    pause: 'Metti in pausa le citazioni',
    play: 'Riproduci le citazioni',
    previous: 'Citazione precedente',
    next: 'Citazione successiva',
    translatedFrom: (language?: string) => (language ? `Tradotto ${fromLanguage(language)}` : 'Tradotto'),
    showOriginal: 'Mostra l’originale',
    hideOriginal: 'Nascondi l’originale',
    storyLoading: 'Caricamento della storia…',
    storyError: 'Impossibile mostrare questa storia.',
    milestones: { one: 'Tappa', other: 'Tappe' },
    values: { one: 'Valore', other: 'Valori' },
    sourceLabel: 'Fonte:',
  },
]);
