/**
 * The HTML each block saves into the post: the crawlable markup of `success-story-html`, from
 * the same renderer, with the block's display choices as the element's attributes. It is plain
 * HTML that reads well without JavaScript, for search engines, and after the plugin is gone.
 *
 * The story is saved without its `<script type="application/json">` copy: WordPress strips
 * scripts from the posts of authors who may not write them, and would leave the JSON as text.
 * The plugin adds that copy back when it renders the block (see includes/blocks.php), so the
 * markup is the renderer's for an embedded story: the element draws the parts it is not given
 * in slots (kicker, subject, values, milestones, source) with its own styles.
 */
import { escapeHtml, renderStoryHtml } from '../../src/html/render-html.js';
import { validateQuotes, validateStory } from '../../src/data/validate.js';
import type { Quote, Story } from '../../src/data/types.js';

/** What the Success story block stores. */
export interface StoryBlockAttributes {
  /** The form's value: a Story, perhaps with blank fields. */
  story: Record<string, unknown>;
  layout: string;
  theme: string;
  lang: string;
  headingLevel: string;
  quotesInterval: string;
}

/** What the Value quotes block stores. */
export interface QuotesBlockAttributes {
  /** The form's value: Quotes, perhaps with blank fields. */
  quotes: Record<string, unknown>[];
  interval: string;
  controls: string;
  order: string;
  transition: string;
  highlight: string;
  paused: string;
  value: string;
  lang: string;
  label: string;
}

/**
 * A form's value with everything left blank taken out: blank strings, empty objects and
 * empty list entries (an entry the author added but has not filled yet). What remains is what
 * the elements and the HTML renderer are given; `undefined` when nothing is left.
 */
export function compact(value: unknown): unknown {
  if (typeof value == 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value == 'object') {
    const entries = Object.entries(value).map(([key, field]) => [key, compact(field)] as const).filter(([, field]) => field !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/** The element attributes of some choices: each one set and different from the element's default. */
function changedChoices(choices: Record<string, [value: string | undefined, defaultValue?: string]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(choices)
      .map(([name, [value, defaultValue]]) => [name, value?.trim(), defaultValue] as const)
      .filter(([, value, defaultValue]) => value && value !== defaultValue)
      .map(([name, value]) => [name, value!]),
  );
}

/** ` name="value"` for each attribute, escaped. */
const attributeText = (attributes: Record<string, string>): string =>
  Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');

/** Puts `extra` attributes into the opening tag that starts `html`. */
const withAttributes = (html: string, tag: string, extra: string): string =>
  extra ? html.replace(`<${tag}`, `<${tag}${extra}`) : html;

/** The renderer's line that embeds the story; its JSON has no `<`, so the first `</script>` ends it. */
const EMBEDDED_STORY = /^ *<script type="application\/json">.*?<\/script>\n/m;

/** The story as the elements accept it, with what is wrong with it; blank fields are left out. */
export function storyOf(attributes: Pick<StoryBlockAttributes, 'story' | 'lang'>) {
  const input = (compact(attributes.story) ?? {}) as Record<string, unknown>;
  const validated = validateStory(attributes.lang ? { ...input, lang: attributes.lang } : input);
  return { story: validated.value, problems: [...validated.errors.map((issue) => issue.message), ...validated.warnings] };
}

/** The quotes as the elements accept them, with what is wrong with them. */
export function quotesOf(attributes: Pick<QuotesBlockAttributes, 'quotes'>) {
  const validated = validateQuotes(compact(attributes.quotes) ?? []);
  const quotes = validated.value?.length ? validated.value : undefined;
  return { quotes, problems: [...validated.errors.map((issue) => (issue.path.startsWith('[') ? `quotes${issue.message}` : issue.message)), ...validated.warnings] };
}

/** The Success story block's saved HTML; undefined while the story has no title. */
export function storyMarkup(attributes: StoryBlockAttributes): string | undefined {
  const { story } = storyOf(attributes);
  if (!story) return undefined;
  const html = renderStoryHtml(story, { json: true, headingLevel: Number(attributes.headingLevel) || 2 });
  return withAttributes(html.replace(EMBEDDED_STORY, ''), 'success-story', attributeText(storyChoiceAttributes(attributes)));
}

/** The display choices as `<success-story>` attributes (`lang` and `heading-level` come from the renderer). */
const storyChoiceAttributes = (attributes: StoryBlockAttributes): Record<string, string> =>
  changedChoices({
    layout: [attributes.layout, 'card'],
    theme: [attributes.theme, 'light'],
    'quotes-interval': [attributes.quotesInterval],
  });

/** The Value quotes block's saved HTML: the figures the renderer writes for a story's quotes. */
export function quotesMarkup(attributes: QuotesBlockAttributes): string | undefined {
  const { quotes } = quotesOf(attributes);
  if (!quotes) return undefined;
  return `<value-quote${attributeText(quotesChoiceAttributes(attributes))}>\n${figures(quotes)}</value-quote>\n`;
}

/** The display choices as `<value-quote>` attributes. */
const quotesChoiceAttributes = (attributes: QuotesBlockAttributes): Record<string, string> =>
  changedChoices({
    interval: [attributes.interval],
    controls: [attributes.controls, 'pause'],
    order: [attributes.order, 'sequence'],
    transition: [attributes.transition, 'fade'],
    highlight: [attributes.highlight, 'on'],
    paused: [attributes.paused],
    value: [attributes.value],
    lang: [attributes.lang],
    label: [attributes.label],
  });

/**
 * The `<figure>`s of some quotes, cut out of the renderer's story markup: one writer of quote
 * figures, so a block, the command and the elements' light-DOM reader agree on them.
 */
function figures(quotes: Quote[]): string {
  const story: Story = { title: '-', quotes };
  const html = renderStoryHtml(story, { json: false });
  const inner = /<value-quote slot="quotes">\n([\s\S]*?)\s*<\/value-quote>/.exec(html)![1];
  return `${inner.replace(/^ {4}/gm, '  ')}\n`;
}
