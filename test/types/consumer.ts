// Compiled by `tsc -p test/types` against the built types (dist/esm), imported the way an app
// does: by package name. A wrong type in the published .d.ts fails the quick checks.
import { SuccessStory, ValueQuote } from 'success-story';
import type { Quote, QuoteChangeDetail, Story, StoryErrorDetail } from 'success-story';
import 'success-story/value-quote.js';
import 'success-story/success-story.js';
import 'success-story/locales/de.js';
import { registerStrings, type StringTable } from 'success-story';

/** True only when A and B are the same type (not merely assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const exact = <A, B>(_value: Equals<A, B>) => {};

const quote = document.querySelector('value-quote');
exact<typeof quote, ValueQuote | null>(true);
const story = document.createElement('success-story');
exact<typeof story, SuccessStory>(true);

quote?.addEventListener('quote-change', (e) => {
  exact<typeof e, CustomEvent<QuoteChangeDetail>>(true);
  const index: number = e.detail.index;
  const shown: Quote = e.detail.quote;
  // @ts-expect-error the detail has `index`, not `position`
  console.log(index, shown.text, e.detail.position);
});
quote?.addEventListener('quotes-load', (e) => e.detail.quotes.map((q) => q.text));
quote?.addEventListener('quotes-error', (e) => e.detail.error.message);
// Events bubble: a container hears them with the same detail type.
document.body.addEventListener('quote-change', (e) => e.detail.quote.author);

story.addEventListener('story-load', (e) => {
  const loaded: Story = e.detail.story;
  // @ts-expect-error `story-load` carries the story, not quotes
  console.log(loaded.title, e.detail.quotes);
});
story.addEventListener('story-error', (e) => exact<typeof e.detail, StoryErrorDetail>(true));

story.story = { title: 'Alibaba', summary: ['One paragraph'], quotes: [{ text: 'La persévérance gagne le succès.' }] };
// @ts-expect-error a Story needs a title
story.story = { summary: ['no title'] };

if (quote) {
  quote.quotes = [{ text: 'La rigueur vient toujours à bout de l’obstacle.', value: 'Rigueur' }];
  quote.next();
  quote.goTo(2);
  const current: Quote | undefined = quote.current;
  const index: number = quote.index;
  console.log(current, index);
  // @ts-expect-error goTo takes an index
  quote.goTo('2');
}

// A page's own table: messages, plural forms or functions, any key left out.
const swahili: StringTable = { pause: 'Sitisha nukuu', values: { one: 'Thamani', other: 'Thamani' }, goTo: (n: number) => `Nukuu ${n}` };
registerStrings('sw', swahili);
// @ts-expect-error a key English does not have
registerStrings('sw', { pauze: 'Sitisha' });
// @ts-expect-error plural forms need `other`
registerStrings('sw', { values: { one: 'Thamani' } });
