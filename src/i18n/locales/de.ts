import { queueStrings } from './queue.js';

queueStrings([
  'de',
  {
    quotes: 'Zitate',
    quotesOf: 'Zitate: {values}',
    carousel: 'Karussell',
    slide: 'Folie',
    position: '{n} von {total}',
    goTo: 'Zitat {n}',
    pause: 'Zitatwechsel anhalten',
    play: 'Zitatwechsel starten',
    previous: 'Vorheriges Zitat',
    next: 'Nächstes Zitat',
    // Language names are adjectives ending in -sch, declined after "aus dem": "aus dem Französischen".
    translatedFrom: (language?: string) =>
      !language ? 'Übersetzt' : /sch$/.test(language) ? `Aus dem ${language}en übersetzt` : `Übersetzt aus: ${language}`,
    showOriginal: 'Original anzeigen',
    hideOriginal: 'Original ausblenden',
    storyLoading: 'Die Geschichte wird geladen …',
    storyError: 'Diese Geschichte kann nicht angezeigt werden.',
    milestones: { one: 'Meilenstein', other: 'Meilensteine' },
    values: { one: 'Wert', other: 'Werte' },
    sourceLabel: 'Quelle:',
  },
]);
