import type { StoryStringKey, StringTable } from './strings.js';

/**
 * The strings only a story shows, in the two languages the bundles carry; `<success-story>`
 * adds them when it loads, so a page that only rotates quotes does not download them.
 */
export const storyStrings: Record<'en' | 'fr', Pick<StringTable, StoryStringKey>> = {
  en: {
    storyLoading: 'Loading the story…',
    storyError: 'This story could not be shown.',
    milestones: { one: 'Milestone', other: 'Milestones' },
    values: { one: 'Value', other: 'Values' },
    sourceLabel: 'Source:',
  },
  fr: {
    storyLoading: 'Chargement de l’histoire…',
    storyError: 'Cette histoire ne peut pas être affichée.',
    milestones: { one: 'Étape clé', other: 'Étapes clés' },
    values: { one: 'Valeur', other: 'Valeurs' },
    // French puts a narrow no-break space before the colon.
    sourceLabel: 'Source\u202f:',
  },
};
