import { html, nothing } from 'lit';
import type { Quote } from '../data/types.js';
import { findWord } from '../data/text-match.js';
import type { Strings } from '../i18n/strings.js';
import { supportedLang } from '../i18n/lang.js';
import type { ValueQuote } from './value-quote.js';

// Previous and next point along the reading direction, so they are mirrored in RTL; play and
// pause are media symbols, which are not.
const PAUSE = 'M4 3h3v10H4zm5 0h3v10H9z';
const PLAY = 'M5 2.5v11L13.5 8z';
const PREVIOUS = 'M10.3 2.3 4.6 8l5.7 5.7 1.4-1.4L7.4 8l4.3-4.3z';
const NEXT = 'M5.7 2.3 11.4 8l-5.7 5.7-1.4-1.4L8.6 8 4.3 3.7z';

/** A control: a real `<button>` in parts `button` and `part`, with an icon when given its path. */
const button = (part: string, label: string, click: () => void, icon?: string, current?: boolean) =>
  html`<button type="button" part="button ${part}" aria-label=${label} aria-current=${current ? 'true' : nothing} @click=${click}>${
    icon ? html`<svg class=${icon === PAUSE || icon === PLAY ? '' : 'flip'} viewBox="0 0 16 16" aria-hidden="true"><path d=${icon}></path></svg>` : nothing
  }</button>`;

/** The pause/play button first (APG), then previous, the position dots and next. */
export function renderControls(host: ValueQuote, t: Strings, full: boolean, n: number, current: number, paused: boolean) {
  const choose = (step?: number | 'previous' | 'next') => () => host._choose(step);
  return html`<div part="controls" class="controls" @keydown=${host._key}>
    ${button('pause', paused ? t.play : t.pause, choose(), paused ? PLAY : PAUSE)}
    ${full
      ? html`${button('previous', t.previous, choose('previous'), PREVIOUS)}
          <div part="dots">${Array.from({ length: n }, (_, i) => button('dot', t.goTo(i + 1), choose(i), undefined, i === current))}</div>
          ${button('next', t.next, choose('next'), NEXT)}`
      : nothing}
  </div>`;
}

/** The text with its value word wrapped in `<mark part="value">`, where it appears. */
function marked(q: Quote, highlight: boolean) {
  const w = highlight && q.value ? findWord(q.text, q.value) : undefined;
  return w
    ? html`${q.text.slice(0, w.start)}<mark part="value">${q.text.slice(w.start, w.end)}</mark>${q.text.slice(w.end)}`
    : q.text;
}

function languageName(code: string, ui: string): string | undefined {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code);
  } catch {
    return undefined; // not a valid language tag: the note says "translated" without naming it
  }
}

export interface SlidesView {
  t: Strings;
  lang: string;
  marks: string[];
  highlight: boolean;
  transition: string;
  /** `aria-live` of the slides: `off` while rotating (APG); none for a single quote. */
  live?: 'off' | 'polite';
  current: number;
  /** The quote leaving, for the slide transition. */
  leaving: number;
  /** The translated quote whose original is revealed. */
  open: number;
}

/**
 * Every quote in one grid cell, the current one visible. In a carousel each quote is a group
 * labelled "n of N" (APG slide); alone, a plain figure. Quotation marks follow the element's
 * language; the quote's own `lang` goes on its text, and <bdi> keeps a quote in another script
 * direction (English on an Arabic page) in one piece.
 */
export function renderSlides(host: ValueQuote, list: Quote[], v: SlidesView) {
  const n = list.length;
  const multi = n > 1;
  // A figure with a caption takes no role (ARIA in HTML), so the slide group wraps it.
  return html`<div class="slides ${v.transition}" aria-live=${v.live ?? nothing}>
    ${list.map((q, i) => {
      const o = q.original;
      const open = v.open === i;
      return html`<div
        class="q ${i === v.current ? 'on' : i === v.leaving ? 'out' : ''}"
        role=${multi ? 'group' : nothing}
        aria-roledescription=${multi ? v.t.slide : nothing}
        aria-label=${multi ? v.t.position(i + 1, n) : nothing}
      ><figure part="quote">
        <blockquote part="text" lang=${q.lang ?? nothing} cite=${q.cite ?? nothing}>${v.marks[0]}<bdi>${marked(q, v.highlight)}</bdi>${v.marks[1]}</blockquote>
        ${q.author
          ? html`<figcaption part="author">${q.cite ? html`<a href=${q.cite}>${q.author}</a>` : q.author}</figcaption>`
          : nothing}
        ${o
          ? html`<p part="note">
                ${v.t.translatedFrom(o.lang && languageName(o.lang, supportedLang(v.lang)))}
                <button type="button" part="toggle" aria-expanded=${open} aria-controls="original-${i}" @click=${() => host._toggleOriginal(i)}>
                  ${open ? v.t.hideOriginal : v.t.showOriginal}
                </button>
              </p>
              <blockquote part="original" id="original-${i}" lang=${o.lang ?? nothing} ?hidden=${!open}>${o.text}</blockquote>`
          : nothing}
      </figure></div>`;
    })}
  </div>`;
}
