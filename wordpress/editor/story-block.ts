/** The Success story block: the story form, the display choices, the live element, the saved HTML. */
import metadata from '../blocks/story/block.json';
import { STORY_SECTIONS } from '../../tools/fields.js';
import { STORY_CHOICES } from './choices.js';
import { registerElementBlock, type ElementBlock } from './element-block.js';
import { storyMarkup, storyOf, type StoryBlockAttributes } from './markup.js';
import type { WordPressApi } from './wordpress-globals.js';

export const STORY_BLOCK: ElementBlock<StoryBlockAttributes> = {
  metadata,
  choices: STORY_CHOICES,
  sections: STORY_SECTIONS,
  emptyText: 'Give the story a title to see it here.',
  formValue: (attributes) => attributes.story,
  formChange: (story) => ({ story }),
  check: (attributes) => {
    const { story, problems } = storyOf(attributes);
    return { problems, properties: { story } };
  },
  markup: storyMarkup,
};

export const registerStoryBlock = (wp: WordPressApi) => registerElementBlock(wp, STORY_BLOCK);
