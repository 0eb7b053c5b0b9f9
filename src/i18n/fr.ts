import type { Strings } from './strings.js';

export const fr: Strings = {
  quotes: 'Citations',
  carousel: 'carrousel',
  slide: 'diapositive',
  position: (n, total) => `${n} sur ${total}`,
  goTo: (n) => `Citation ${n}`,
  pause: 'Mettre les citations en pause',
  play: 'Faire défiler les citations',
  previous: 'Citation précédente',
  next: 'Citation suivante',
  // "original en …" avoids the elision rules of "du français", "de l'anglais".
  translatedFrom: (language) => `Traduit, original en ${language}`,
  showOriginal: "Voir l'original",
  hideOriginal: "Masquer l'original",
  storyLoading: "Chargement de l'histoire…",
  storyError: 'Cette histoire ne peut pas être affichée.',
  milestones: 'Étapes clés',
  values: 'Valeurs',
  source: 'Source',
};
