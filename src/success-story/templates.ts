import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone, Story } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';
import { localDate, machineDate } from '../i18n/dates.js';

/** What the article shows. */
export interface ArticleView {
  /** Undefined: only the slotted parts and `body` are rendered. */
  story?: Story;
  strings: Strings;
  /** Language of the article: the story's, else the element's. */
  lang: string;
  /** `compact` or `banner` style the article; anything else is the card. */
  layout: string;
  headingLevel: number;
  /** Names of the slots that have light-DOM content. */
  slotted: Set<string>;
  /** Shown in the body instead of a story: the unslotted light DOM, a skeleton or a message. */
  body?: unknown;
  /** `interval` of the inner `<value-quote>`. */
  quotesInterval?: string | null;
  /** `label` of the inner `<value-quote>`; without it, named after the story's title. */
  quotesLabel?: string | null;
  loading: string;
  /** URL of an image that failed to load: it is not shown again. */
  brokenImage?: string;
  onImageError: () => void;
}

/**
 * A real heading of the given level, h6 beyond. Lit cannot bind a tag name, so each level has
 * its own template: a re-render then updates the heading in place instead of replacing it.
 */
function heading(level: number, text: string, part?: string): TemplateResult {
  const partName = part ?? nothing;
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part=${partName}>${text}</h1>`;
    case 2:
      return html`<h2 part=${partName}>${text}</h2>`;
    case 3:
      return html`<h3 part=${partName}>${text}</h3>`;
    case 4:
      return html`<h4 part=${partName}>${text}</h4>`;
    case 5:
      return html`<h5 part=${partName}>${text}</h5>`;
    default:
      return html`<h6 part=${partName}>${text}</h6>`;
  }
}

// A machine-readable date is shown in the story's language and kept in <time datetime>; any
// other date ("Age 14", "Today") stays as written.
const milestone = ({ date, label }: Milestone, lang: string) => {
  const datetime = machineDate(date);
  return html`<li>${datetime
    ? html`<time class=date datetime=${datetime}>${localDate(datetime, lang)}</time>`
    : date && html`<span class=date>${date}</span>`} ${label}</li>`;
};

/** A labelled list, one heading level below the title; left out when it has no items. */
const section = (name: 'values' | 'milestones', label: (count: number) => string, level: number, items: unknown[]) =>
  items.length
    ? html`<section class=${name}>${heading(level + 1, label(items.length))}${name === 'values'
        ? html`<ul part=values>${items}</ul>`
        : html`<ol part=milestones>${items}</ol>`}</section>`
    : nothing;

/** The article, with the parts the story has and the slots in use. */
export function renderArticle(view: ArticleView): TemplateResult {
  const { story, strings, slotted } = view;
  const subject = story?.subject;
  const image = subject?.image !== view.brokenImage ? subject?.image : undefined;
  const quotes = story?.quotes ?? [];
  const cta = story?.cta?.href && story.cta.label ? story.cta : undefined;
  const source = story?.source?.name ? story.source : undefined;
  const values = story?.values ?? [];
  // A story always has a title or a slotted heading, so its header is never empty.
  return html`<article part=article class=${view.layout} lang=${view.lang}>
    ${story || slotted.has('heading') || slotted.has('subject')
      ? html`<header>
          ${story?.kicker || story?.category
            ? html`<p class=eyebrow>${story.kicker && html`<span part=kicker>${story.kicker}</span>`}
                ${story.category && html`<span part=category>${story.category}</span>`}</p>`
            : nothing}
          <slot name=heading>${story?.title && heading(view.headingLevel, story.title, 'title')}</slot>
          <slot name=subject>${subject && (subject.name || subject.role || image)
            ? html`<div part=subject>${image
                ? html`<img part=image src=${image} alt=${subject.imageAlt ?? ''} loading=${view.loading} @error=${view.onImageError} />`
                : nothing}<p>${subject.name && html`<span class=name>${subject.name}</span>`}
                ${subject.role && html`<span class=role>${subject.role}</span>`}</p></div>`
            : nothing}</slot>
        </header>`
      : nothing}
    ${story?.summary?.length || slotted.has('summary')
      ? html`<div part=summary class=summary><slot name=summary>${story?.summary?.map((paragraph) => html`<p>${paragraph}</p>`)}</slot></div>`
      : nothing}
    ${view.body ? html`<div class=fallback>${view.body}</div>` : nothing}
    ${values.length || quotes.length || slotted.has('quotes')
      ? html`<div class=aside>
          ${section('values', strings.values, view.headingLevel, values.map((value) => html`<li>${value}</li>`))}
          ${quotes.length || slotted.has('quotes')
            ? html`<div class=quotes><slot name=quotes>${quotes.length
                ? html`<value-quote .quotes=${quotes} interval=${view.quotesInterval ?? nothing} lang=${view.lang}
                    label=${view.quotesLabel || (story?.title ? `${strings.quotes} — ${story.title}` : nothing)}
                    exportparts=quote,text,author,value,note,toggle,original,controls,button,dots></value-quote>`
                : nothing}</slot></div>`
            : nothing}
        </div>`
      : nothing}
    ${section('milestones', strings.milestones, view.headingLevel, (story?.milestones ?? []).filter((m) => m.date || m.label).map((m) => milestone(m, view.lang)))}
    ${cta || source || slotted.has('cta')
      ? html`<footer>
          <slot name=cta>${cta && html`<a part=cta href=${cta.href!}>${cta.label}</a>`}</slot>
          ${source
            ? html`<p part=source>${strings.sourceLabel} ${source.href ? html`<a href=${source.href}>${source.name}</a>` : source.name}</p>`
            : nothing}
        </footer>`
      : nothing}
  </article>`;
}
