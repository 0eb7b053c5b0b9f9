import './value-quote.js';
import { SuccessStory } from './success-story/success-story.js';
import { defineOnce } from './internal/define.js';

defineOnce('success-story', SuccessStory);

export { SuccessStory };
export type { StoryLoadDetail, StoryErrorDetail } from './success-story/success-story.js';

declare global {
  interface HTMLElementTagNameMap {
    'success-story': SuccessStory;
  }
}
