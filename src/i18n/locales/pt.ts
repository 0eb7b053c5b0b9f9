import { queueStrings } from './queue.js';

queueStrings(
  [
    'pt',
    {
      quotes: 'Citações',
      quotesOf: 'Citações: {values}',
      carousel: 'carrossel',
      slide: 'slide',
      position: '{n} de {total}',
      goTo: 'Citação {n}',
      pause: 'Pausar as citações',
      play: 'Reproduzir as citações',
      previous: 'Citação anterior',
      next: 'Citação seguinte',
      // Language names are masculine: "do francês", "do inglês".
      translatedFrom: 'Traduzido do {language}',
      translated: 'Traduzido',
      showOriginal: 'Ver o original',
      hideOriginal: 'Ocultar o original',
      storyLoading: 'Carregando a história…',
      storyError: 'Não é possível mostrar esta história.',
      milestones: { one: 'Marco', other: 'Marcos' },
      values: { one: 'Valor', other: 'Valores' },
      sourceLabel: 'Fonte:',
    },
  ],
  // Portugal says it otherwise; every other key is shared.
  ['pt-PT', { slide: 'diapositivo', pause: 'Colocar as citações em pausa', storyLoading: 'A carregar a história…' }],
);
