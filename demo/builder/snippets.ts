/**
 * The three ways to put the story on a site, as text to copy: the element reading a JSON file
 * (`src`), the crawlable HTML of `success-story-html` (the same renderer), and the element with
 * its data inline. Strings in, strings out; the languages module it imports registers the
 * shipped languages' tables, which the renderer reads.
 */
import { escapeHtml, quoteFiguresHtml, renderStoryHtml } from '../../src/html/render-html.js';
import type { Story } from '../../src/data/types.js';
import { primary } from '../../src/i18n/lang.js';
import { LOCALE_FILES } from './languages.js';
import { version } from '../../package.json';
import { elementOf, widgetAttributes, widgetColours, type WidgetSettings } from './widget.js';

export type SnippetKind = 'src' | 'html' | 'inline';

/** Where the published package is served from, pinned to the version the builder was built with. */
export const CDN = `https://cdn.jsdelivr.net/npm/success-story@${version}/dist/`;

/** The name the exported file is downloaded under, and the `src` the first snippet points to. */
export const STORY_FILE = 'story.json';

/** JSON that cannot end its `<script>` element or open a comment inside it. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** ` name="value"` for each pair, every value escaped for a double-quoted attribute. */
const attributeText = (pairs: [string, string][]) => pairs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');

/** The widget's attributes, its colours as a `style` attribute last. */
function hostAttributes(widget: WidgetSettings, extra: [string, string][] = []): string {
  const colours = widgetColours(widget);
  const style: [string, string][] = colours.length ? [['style', colours.map(([property, value]) => `${property}: ${value}`).join('; ')]] : [];
  return attributeText([...extra, ...widgetAttributes(widget), ...style]);
}

/**
 * The stylesheet (no layout shift), the script that defines the chosen element and, for a
 * language that ships as a file of its own, that file: the widget's language, else the story's
 * (a story's elements follow it, and a page usually speaks the language of its story).
 */
function loader(widget: WidgetSettings, story: Story): string {
  const script = elementOf(widget) === 'value-quote' ? 'value-quote.js' : 'success-story.js';
  const language = primary(widget.choices.lang || story.lang);
  const locale = LOCALE_FILES.includes(language) ? `<script type="module" src="${CDN}locales/${language}.js"></script>\n` : '';
  return `<link rel="stylesheet" href="${CDN}success-story.css">\n<script type="module" src="${CDN}${script}"></script>\n${locale}\n`;
}

/** The story's quotes as the figures of a `<value-quote>` alone, as the story's HTML writes them. */
const valueQuoteHtml = (story: Story, widget: WidgetSettings): string =>
  `<value-quote${hostAttributes(widget)}>\n${quoteFiguresHtml(story.quotes ?? [], '  ')}</value-quote>\n`;

/**
 * The snippet of one kind for a story that passed validation. `<value-quote>` alone takes the
 * story's quotes; it needs at least one (the caller says so instead of calling).
 */
export function snippet(kind: SnippetKind, story: Story, widget: WidgetSettings): string {
  const element = elementOf(widget);
  if (kind === 'src') return `${loader(widget, story)}<${element}${hostAttributes(widget, [['src', STORY_FILE]])}></${element}>\n`;
  if (kind === 'html') {
    if (element === 'value-quote') return loader(widget, story) + valueQuoteHtml(story, widget);
    const headingLevel = Number(widget.choices.headingLevel);
    const html = renderStoryHtml(story, { lang: widget.choices.lang || undefined, headingLevel });
    // The renderer writes `lang` and `heading-level`; the other attributes follow them.
    const others = hostAttributes({ ...widget, choices: { ...widget.choices, headingLevel: '2', lang: '' } });
    return loader(widget, story) + html.replace(/^<success-story([^>]*)>/, `<success-story$1${others}>`);
  }
  if (element === 'value-quote') {
    // The quotes attribute holds JSON: escapeHtml makes it safe inside double quotes.
    return `${loader(widget, story)}<value-quote${hostAttributes(widget, [['quotes', JSON.stringify(story.quotes ?? [])]])}></value-quote>\n`;
  }
  return `${loader(widget, story)}<success-story${hostAttributes(widget)}>\n  <script type="application/json">${scriptJson(story)}</script>\n</success-story>\n`;
}
