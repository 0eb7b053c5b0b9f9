/**
 * Turns a Story or Collection into the light-DOM HTML that `<success-story>` upgrades: the
 * named slots hold the heading, summary, quotes and call to action (and the subject when the
 * story is not embedded as JSON), so crawlers and readers without JavaScript get the whole
 * story; the rest is the unslotted fallback, hidden once the element renders the story. Runs in Node (the `success-story-html` command) and in
 * browsers alike: no DOM, every string escaped, every URL checked.
 */
import type { Quote, Story } from '../data/types.js';
import { safeUrl } from '../data/url-policy.js';
import { selectStory } from '../data/select.js';
import { validateDocument } from '../data/validate.js';
import { addBundledStrings, stringsFor } from '../i18n/strings.js';
import { storyStrings } from '../i18n/story.js';
import { localDate, machineDate } from '../i18n/dates.js';

// The story's own strings join the English and French tables that the quotes bring.
addBundledStrings(storyStrings);

/** Options of `storyHtml`. */
export interface StoryHtmlOptions {
  /** Picks the story of a Collection; without it, the first story in `lang`, else the first. */
  storyId?: string;
  /** Language of the page the HTML goes into. */
  lang?: string;
  /** Level of the title heading, 1–6 (default 2), as the element's `heading-level`. */
  headingLevel?: number;
  /** URL the JSON file will be served from, so its relative links resolve as they would on the site. */
  base?: string;
  /**
   * Also embed the story as `<script type="application/json">`, so the upgraded element shows
   * every part with its own styles (default true). Leave it out for a CMS that refuses scripts:
   * the fallback then shows those parts as plain HTML.
   */
  json?: boolean;
}

/** The HTML, or why there is none. */
export interface StoryHtmlResult {
  /** Undefined when the document has errors or holds no story. */
  html?: string;
  /** Problems that stop the output, each naming the field (`stories[0].title: expected a string`). */
  errors: string[];
  /** Unsafe links that were left out, each naming its field. */
  warnings: string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values alike: `<`, `>`, `&` and both quotes become references. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `name="value"` pairs, skipping absent values. */
function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
}

/** JSON that cannot close its `<script>` or open a comment: `<`, `>` and `&` become \u escapes. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The light DOM of a `<value-quote>`: one `<figure>` a quote, each line starting with `indent`,
 * as `success-story-html` writes them inside the story's own `<value-quote slot="quotes">`.
 */
export function quoteFiguresHtml(quotes: Quote[], indent = ''): string {
  return quotes.map((quote) => figure(quote, indent)).join('');
}

function figure(quote: Quote, indent: string): string {
  const cite = safeUrl(quote.cite);
  const original = quote.original?.text ? { 'data-original': quote.original.text, 'data-original-lang': quote.original.lang } : {};
  return `${indent}<figure${attrs({ 'data-value': quote.value, ...original })}>\n`
    + `${indent}  <blockquote${attrs({ lang: quote.lang, cite })}>${escapeHtml(quote.text)}</blockquote>\n`
    + (quote.author ? `${indent}  <figcaption>${escapeHtml(quote.author)}</figcaption>\n` : '')
    + `${indent}</figure>\n`;
}

/** The markup for one validated story (URLs are checked again, so any Story object is safe). */
export function renderStoryHtml(story: Story, opts: Omit<StoryHtmlOptions, 'storyId' | 'base'> = {}): string {
  const lang = story.lang || opts.lang;
  const strings = stringsFor(lang);
  const dateHtml = (date: string) => {
    const datetime = machineDate(date);
    return datetime ? `<time datetime="${escapeHtml(datetime)}">${escapeHtml(localDate(datetime, lang ?? 'en'))}</time>` : escapeHtml(date);
  };
  const level = Math.min(6, Math.max(1, Math.trunc(opts.headingLevel ?? 2) || 2));
  const sectionLevel = Math.min(level + 1, 6);
  const { subject, cta, source } = story;
  const image = safeUrl(subject?.image);
  const ctaHref = safeUrl(cta?.href);
  const sourceHref = safeUrl(source?.href);
  const json = opts.json ?? true;
  let out = `<success-story${attrs({ lang, 'heading-level': level === 2 ? undefined : level })}>\n`;
  if (json) out += `  <script type="application/json">${scriptJson(story)}</script>\n`;
  // Light DOM in reading order, for readers without JavaScript and for crawlers.
  const eyebrow = [story.kicker, story.category].filter(Boolean).map((text) => escapeHtml(text!)).join(' · ');
  if (eyebrow) out += `  <p>${eyebrow}</p>\n`;
  out += `  <h${level} slot="heading">${escapeHtml(story.title)}</h${level}>\n`;
  if (subject?.name || subject?.role || image) {
    // ::slotted() styles only the slotted block, not the portrait and lines inside it: when the
    // element has the JSON, it draws the subject itself and this block stays in the fallback.
    out += json ? '  <div>\n' : '  <div slot="subject">\n';
    if (image) out += `    <img src="${escapeHtml(image)}" alt="${escapeHtml(subject?.imageAlt ?? '')}" width="96" height="96">\n`;
    const who = [subject?.name, subject?.role].filter(Boolean).map((text) => `<span>${escapeHtml(text!)}</span>`).join(' ');
    if (who) out += `    <p>${who}</p>\n`;
    out += '  </div>\n';
  }
  if (story.summary?.length) {
    out += `  <div slot="summary">\n${story.summary.map((paragraph) => `    <p>${escapeHtml(paragraph)}</p>\n`).join('')}  </div>\n`;
  }
  if (story.values?.length) {
    out += `  <h${sectionLevel}>${escapeHtml(strings.values(story.values.length))}</h${sectionLevel}>\n  <ul>\n${story.values.map((value) => `    <li>${escapeHtml(value)}</li>\n`).join('')}  </ul>\n`;
  }
  if (story.quotes?.length) {
    out += `  <value-quote slot="quotes">\n${quoteFiguresHtml(story.quotes, '    ')}  </value-quote>\n`;
  }
  const milestones = story.milestones?.filter((milestone) => milestone.date || milestone.label) ?? [];
  if (milestones.length) {
    const item = ({ date, label }: { date?: string; label?: string }) =>
      [date && `<strong>${dateHtml(date)}</strong>`, label && escapeHtml(label)].filter(Boolean).join(' ');
    out += `  <h${sectionLevel}>${escapeHtml(strings.milestones(milestones.length))}</h${sectionLevel}>\n  <ol>\n${milestones.map((milestone) => `    <li>${item(milestone)}</li>\n`).join('')}  </ol>\n`;
  }
  if (ctaHref && cta?.label) out += `  <a slot="cta"${attrs({ href: ctaHref })}>${escapeHtml(cta.label)}</a>\n`;
  if (source?.name) {
    const name = sourceHref ? `<a${attrs({ href: sourceHref })}>${escapeHtml(source.name)}</a>` : escapeHtml(source.name);
    out += `  <p>${escapeHtml(strings.sourceLabel)} ${name}</p>\n`;
  }
  return `${out}</success-story>\n`;
}

/** The story a document names (see `storyHtml`), or the errors that stop the output. */
function pickStory(input: unknown, opts: StoryHtmlOptions): { story?: Story; result: StoryHtmlResult } {
  const { value, errors, warnings } = validateDocument(input, { base: opts.base });
  const result: StoryHtmlResult = { errors: errors.map((issue) => issue.message), warnings };
  if (errors.length || !value) return { result };
  const { story, error } = selectStory(value, { storyId: opts.storyId, lang: opts.lang ?? '' });
  if (!story) result.errors.push(error ?? 'the document holds no story');
  return { story, result };
}

/**
 * Validates a Story or Collection document (the same rules as the elements), picks the story
 * and returns its HTML. Any validation error stops the output: an authoring tool should say
 * what to fix rather than publish part of a story.
 */
export function storyHtml(input: unknown, opts: StoryHtmlOptions = {}): StoryHtmlResult {
  const { story, result } = pickStory(input, opts);
  if (story) result.html = renderStoryHtml(story, opts);
  return result;
}

/**
 * The quotes of the story `storyHtml` would pick, as the `<figure>`s to write inside a
 * `<value-quote>` of their own (no element around them; `json` and `headingLevel` play no
 * part). Undefined `html` when the document has errors or the story has no quotes.
 */
export function quotesHtml(input: unknown, opts: StoryHtmlOptions & { indent?: string } = {}): StoryHtmlResult {
  const { story, result } = pickStory(input, opts);
  if (story && !story.quotes?.length) result.errors.push(`story "${story.id ?? story.title}" has no quotes`);
  else if (story) result.html = quoteFiguresHtml(story.quotes!, opts.indent);
  return result;
}
