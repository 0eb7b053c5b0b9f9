import { html, nothing, type TemplateResult } from 'lit';
import type { Milestone, Story } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

/** What the article needs besides the story. */
export interface ArticleOptions {
  t: Strings;
  /** Language of the article: the story's, else the element's. */
  lang: string;
  level: number;
  /** Names of the slots that have light-DOM content. */
  slotted: Set<string>;
  /** The unslotted light DOM is shown (no data, or data that failed). */
  fallback: boolean;
  /** Shown in the body when there is no story and no light DOM. */
  empty?: TemplateResult;
  interval?: string | null;
  lazy: boolean;
  /** URL of an image that failed to load: it is not shown again. */
  broken?: string;
  onImageError: () => void;
}

type Content = unknown;

/** A real heading element of the given level (a static tag keeps the bundle free of `unsafeStatic`). */
function h(level: number, content: Content, part?: string): TemplateResult {
  const p = part ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${p}>${content}</h1>`;
    case 3: return html`<h3 part=${p}>${content}</h3>`;
    case 4: return html`<h4 part=${p}>${content}</h4>`;
    case 5: return html`<h5 part=${p}>${content}</h5>`;
    case 6: return html`<h6 part=${p}>${content}</h6>`;
    default: return html`<h2 part=${p}>${content}</h2>`;
  }
}

// The HTML forms a <time datetime> accepts that people write in a timeline: a year, a month,
// a day, a date and time. Anything else ("Age 14", "Today") stays plain text.
const MACHINE_DATE = /^\d{4}(-\d\d(-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

/** The `datetime` value for a milestone date, or undefined when it is not a date. */
export const machineDate = (d: string): string | undefined =>
  MACHINE_DATE.test(d.trim()) && !isNaN(Date.parse(d.trim())) ? d.trim() : undefined;

function milestone(m: Milestone): TemplateResult {
  const d = m.date && machineDate(m.date);
  return html`<li>
    ${d ? html`<time class="date" datetime=${d}>${m.date}</time>` : m.date ? html`<span class="date">${m.date}</span>` : nothing}
    ${m.label ? html`<span>${m.label}</span>` : nothing}
  </li>`;
}

/** The article; `s` undefined renders only the slotted parts and the fallback. */
export function renderArticle(s: Story | undefined, o: ArticleOptions): TemplateResult {
  const { t, slotted, level } = o;
  const sub = s?.subject;
  const img = sub?.image !== o.broken ? sub?.image : undefined;
  const hasSubject = !!(sub && (sub.name || sub.role || img));
  const summary = s?.summary ?? [];
  const milestones = s?.milestones?.filter((m) => m.date || m.label) ?? [];
  const values = s?.values ?? [];
  const quotes = s?.quotes ?? [];
  const cta = s?.cta?.href && s.cta.label ? s.cta : undefined;
  const source = s?.source?.name ? s.source : undefined;
  const sub2 = Math.min(level + 1, 6);
  const head = s?.kicker || s?.category || s?.title || hasSubject || slotted.has('heading') || slotted.has('subject');
  return html`<article part="article" lang=${o.lang}>
    ${head
      ? html`<header>
          ${s?.kicker || s?.category
            ? html`<p class="eyebrow">
                ${s.kicker ? html`<span part="kicker">${s.kicker}</span>` : nothing}
                ${s.category ? html`<span part="category">${s.category}</span>` : nothing}
              </p>`
            : nothing}
          <slot name="heading">${s?.title ? h(level, s.title, 'title') : nothing}</slot>
          <slot name="subject"
            >${hasSubject
              ? html`<div part="subject">
                  ${img
                    ? html`<img part="image" src=${img} alt=${sub!.imageAlt ?? ''}
                        loading=${o.lazy ? 'lazy' : 'eager'} decoding="async" @error=${o.onImageError} />`
                    : nothing}
                  <p>
                    ${sub!.name ? html`<span class="name">${sub!.name}</span>` : nothing}
                    ${sub!.role ? html`<span class="role">${sub!.role}</span>` : nothing}
                  </p>
                </div>`
              : nothing}</slot
          >
        </header>`
      : nothing}
    ${summary.length || slotted.has('summary')
      ? html`<div part="summary" class="summary"><slot name="summary">${summary.map((p) => html`<p>${p}</p>`)}</slot></div>`
      : nothing}
    ${o.fallback || o.empty ? html`<div class="fallback">${o.fallback ? html`<slot></slot>` : o.empty}</div>` : nothing}
    ${values.length || quotes.length || slotted.has('quotes')
      ? html`<div class="aside">
          ${values.length
            ? html`<section class="values">
                ${h(sub2, t.values)}
                <ul part="values">${values.map((v) => html`<li>${v}</li>`)}</ul>
              </section>`
            : nothing}
          ${quotes.length || slotted.has('quotes')
            ? html`<div class="quotes">
                <slot name="quotes"
                  >${quotes.length
                    ? html`<value-quote
                        .quotes=${quotes}
                        interval=${o.interval ?? nothing}
                        lang=${o.lang}
                        exportparts="quote,text,author,value,note,toggle,original,controls,button,dots"
                      ></value-quote>`
                    : nothing}</slot
                >
              </div>`
            : nothing}
        </div>`
      : nothing}
    ${milestones.length
      ? html`<section class="milestones">
          ${h(sub2, t.milestones)}
          <ol part="milestones">${milestones.map(milestone)}</ol>
        </section>`
      : nothing}
    ${cta || source || slotted.has('cta')
      ? html`<footer>
          <slot name="cta">${cta ? html`<a part="cta" href=${cta.href!}>${cta.label}</a>` : nothing}</slot>
          ${source
            ? html`<p part="source">
                ${t.sourceLabel}
                ${source.href ? html`<a href=${source.href}>${source.name}</a>` : source.name}
              </p>`
            : nothing}
        </footer>`
      : nothing}
  </article>`;
}
