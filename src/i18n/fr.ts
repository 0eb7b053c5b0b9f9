import type { StringTable } from './strings.js';

export const fr: StringTable = {
  quotes: 'Citations',
  quotesOf: 'Citations\u202f: {values}',
  carousel: 'carrousel',
  slide: 'diapositive',
  position: '{n} sur {total}',
  goTo: 'Citation {n}',
  pause: 'Mettre les citations en pause',
  play: 'Faire défiler les citations',
  previous: 'Citation précédente',
  next: 'Citation suivante',
  // French language names are masculine: "du français", but "de l’anglais", "de l’hébreu".
  translatedFrom: (language?: string) =>
    language ? `Traduit ${/^([aeiouyéèê]|hé)/i.test(language) ? 'de l’' : 'du '}${language}` : 'Traduit',
  showOriginal: 'Voir l’original',
  hideOriginal: 'Masquer l’original',
};
