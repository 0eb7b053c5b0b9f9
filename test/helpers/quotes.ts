import type { Quote } from '../../src/data/types.js';

/** Four quotes of different lengths, each with its value word in the text. */
export const QUOTES: Quote[] = [
  { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance' },
  { text: 'Pour être dur il faut être fragile. La douceur est la véritable pugnacité.', author: 'Gretel Ehrlich', value: 'Pugnacité' },
  { text: 'La rigueur vient toujours à bout de l’obstacle.', author: 'Léonard de Vinci', value: 'Rigueur' },
  {
    text: 'Il faut d’abord savoir ce que l’on veut, il faut ensuite avoir le courage de le dire, il faut ensuite l’énergie de le faire.',
    author: 'Georges Clemenceau',
    value: 'Courage',
  },
];

export const json = (q: unknown = QUOTES) => JSON.stringify(q);
