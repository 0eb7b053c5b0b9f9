import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone, Story } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

/** What the article needs besides the story. */
export interface ArticleOptions {
  t: Strings;
  /** Language of the article: the story's, else the element's. */
  lang: string;
  /** `compact` or `banner` style the article; anything else is the card. */
  layout: string;
  level: number;
  /** Names of the slots that have light-DOM content. */
  slotted: Set<string>;
  /** Shown in the body instead of a story: the unslotted light DOM, a skeleton or a message. */
  body?: unknown;
  interval?: string | null;
  loading: string;
  /** URL of an image that failed to load: it is not shown again. */
  broken?: string;
  onImageError: () => void;
}

/**
 * A real heading of the given level, h6 beyond. Lit cannot bind a tag name, so each level has
 * its own template: a re-render then updates the heading in place instead of replacing it.
 */
function h(level: number, text: string, part?: string): TemplateResult {
  const p = part ?? nothing;
  switch (Math.min(level, 6)) {
    case 1:
      return html`<h1 part=${p}>${text}</h1>`;
    case 2:
      return html`<h2 part=${p}>${text}</h2>`;
    case 3:
      return html`<h3 part=${p}>${text}</h3>`;
    case 4:
      return html`<h4 part=${p}>${text}</h4>`;
    case 5:
      return html`<h5 part=${p}>${text}</h5>`;
    default:
      return html`<h6 part=${p}>${text}</h6>`;
  }
}

// The HTML forms a <time datetime> accepts that people write in a timeline: a year, a month,
// a day, a date and time. Anything else ("Age 14", "Today") stays plain text.
const MACHINE_DATE = /^\d{4}(-\d\d(-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

const milestone = ({ date, label }: Milestone) => {
  const d = date?.trim();
  return html`<li>${d && MACHINE_DATE.test(d) && !isNaN(Date.parse(d))
    ? html`<time class=date datetime=${d}>${date}</time>`
    : date && html`<span class=date>${date}</span>`} ${label}</li>`;
};

/** A labelled list, one heading level below the title; left out when it has no items. */
const section = (name: 'values' | 'milestones', label: string, level: number, items: unknown[]) =>
  items.length
    ? html`<section class=${name}>${h(level + 1, label)}${name === 'values'
        ? html`<ul part=values>${items}</ul>`
        : html`<ol part=milestones>${items}</ol>`}</section>`
    : nothing;

/** The article; `s` undefined renders only the slotted parts and `o.body`. */
export function renderArticle(s: Story | undefined, o: ArticleOptions): TemplateResult {
  const { t, slotted } = o;
  const sub = s?.subject;
  const img = sub?.image !== o.broken ? sub?.image : undefined;
  const quotes = s?.quotes ?? [];
  const cta = s?.cta?.href && s.cta.label ? s.cta : undefined;
  const source = s?.source?.name ? s.source : undefined;
  const values = s?.values ?? [];
  // A story always has a title or a slotted heading, so its header is never empty.
  return html`<article part=article class=${o.layout} lang=${o.lang}>
    ${s || slotted.has('heading') || slotted.has('subject')
      ? html`<header>
          ${s?.kicker || s?.category
            ? html`<p class=eyebrow>${s.kicker && html`<span part=kicker>${s.kicker}</span>`}
                ${s.category && html`<span part=category>${s.category}</span>`}</p>`
            : nothing}
          <slot name=heading>${s?.title && h(o.level, s.title, 'title')}</slot>
          <slot name=subject>${sub && (sub.name || sub.role || img)
            ? html`<div part=subject>${img
                ? html`<img part=image src=${img} alt=${sub.imageAlt ?? ''} loading=${o.loading} @error=${o.onImageError} />`
                : nothing}<p>${sub.name && html`<span class=name>${sub.name}</span>`}
                ${sub.role && html`<span class=role>${sub.role}</span>`}</p></div>`
            : nothing}</slot>
        </header>`
      : nothing}
    ${s?.summary?.length || slotted.has('summary')
      ? html`<div part=summary class=summary><slot name=summary>${s?.summary?.map((p) => html`<p>${p}</p>`)}</slot></div>`
      : nothing}
    ${o.body ? html`<div class=fallback>${o.body}</div>` : nothing}
    ${values.length || quotes.length || slotted.has('quotes')
      ? html`<div class=aside>
          ${section('values', t.values, o.level, values.map((v) => html`<li>${v}</li>`))}
          ${quotes.length || slotted.has('quotes')
            ? html`<div class=quotes><slot name=quotes>${quotes.length
                ? html`<value-quote .quotes=${quotes} interval=${o.interval ?? nothing} lang=${o.lang}
                    exportparts=quote,text,author,value,note,toggle,original,controls,button,dots></value-quote>`
                : nothing}</slot></div>`
            : nothing}
        </div>`
      : nothing}
    ${section('milestones', t.milestones, o.level, (s?.milestones ?? []).filter((m) => m.date || m.label).map(milestone))}
    ${cta || source || slotted.has('cta')
      ? html`<footer>
          <slot name=cta>${cta && html`<a part=cta href=${cta.href!}>${cta.label}</a>`}</slot>
          ${source
            ? html`<p part=source>${t.sourceLabel} ${source.href ? html`<a href=${source.href}>${source.name}</a>` : source.name}</p>`
            : nothing}
        </footer>`
      : nothing}
  </article>`;
}
