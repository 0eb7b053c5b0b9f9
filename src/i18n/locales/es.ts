import { queueStrings } from './queue.js';

queueStrings([
  'es',
  {
    quotes: 'Citas',
    quotesOf: 'Citas: {values}',
    carousel: 'carrusel',
    slide: 'diapositiva',
    position: '{n} de {total}',
    goTo: 'Cita {n}',
    pause: 'Pausar las citas',
    play: 'Reproducir las citas',
    previous: 'Cita anterior',
    next: 'Cita siguiente',
    // Language names are masculine: "del francés", "del inglés".
    translatedFrom: 'Traducido del {language}',
    translated: 'Traducido',
    showOriginal: 'Ver el original',
    hideOriginal: 'Ocultar el original',
    storyLoading: 'Cargando la historia…',
    storyError: 'No se puede mostrar esta historia.',
    milestones: { one: 'Hito', other: 'Hitos' },
    values: { one: 'Valor', other: 'Valores' },
    sourceLabel: 'Fuente:',
  },
]);
