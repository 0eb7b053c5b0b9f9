import type { StoryInput } from '../../src/data/types.js';

/** A complete story in French, every field set. */
export const STORY_FR: StoryInput = {
  id: 'alibaba',
  lang: 'fr',
  title: 'Jack Ma\u202f: oser être un peu fou',
  kicker: 'Success story',
  category: 'Développement commercial',
  subject: { name: 'Jack Ma', role: 'Fondateur d’Alibaba', image: '/demo/img/jack-ma.svg', imageAlt: 'Portrait illustré de Jack Ma' },
  summary: ['À 14 ans, il guide les touristes à Hangzhou.', 'En 1999, il fonde alibaba.com.'],
  milestones: [
    { date: 'À 14 ans', label: 'Guide à Hangzhou' },
    { date: '1999', label: 'Fondation d’alibaba.com' },
  ],
  values: ['Persévérance', 'Courage'],
  quotes: [
    { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance', lang: 'fr' },
    { text: 'Il faut avoir le courage de le dire.', author: 'Georges Clemenceau', value: 'Courage', lang: 'fr' },
  ],
  cta: { label: 'Découvrir Alibaba', href: 'https://www.alibabagroup.com/' },
  source: { name: 'Wikipédia', href: 'https://fr.wikipedia.org/wiki/Jack_Ma' },
};

export const STORY_EN: StoryInput = {
  ...STORY_FR,
  id: 'alibaba-en',
  lang: 'en',
  title: 'Jack Ma: dare to be a little crazy',
  category: 'Business development',
  summary: 'At 14 he guided tourists in Hangzhou.',
  values: ['Perseverance', 'Courage'],
  quotes: [
    {
      text: 'Perseverance wins success.',
      author: 'Michel Dupuy',
      value: 'Perseverance',
      lang: 'en',
      original: { text: 'La persévérance gagne le succès.', lang: 'fr' },
    },
  ],
  cta: { label: 'Discover Alibaba', href: 'https://www.alibabagroup.com/' },
};

export const COLLECTION = { stories: [STORY_FR, STORY_EN] };
