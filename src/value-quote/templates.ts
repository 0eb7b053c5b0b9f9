import { html, nothing } from 'lit';
import type { Quote } from '../data/types.js';
import { findWord } from '../data/text-match.js';
import type { Strings } from '../i18n/strings.js';
import { supportedLang } from '../i18n/lang.js';
import { quoteMarks } from '../i18n/marks.js';
import type { ValueQuote } from './value-quote.js';

const PAUSE = 'M4 3h3v10H4zm5 0h3v10H9z';
const PLAY = 'M5 2.5v11L13.5 8z';
// A chevron pointing back; the styles mirror it for next, and both in right-to-left text.
const BACK = 'M10.3 2.3 4.6 8l5.7 5.7 1.4-1.4L7.4 8l4.3-4.3z';

/**
 * A control: a real `<button>` in parts `button` and `part`, with an icon when given its path.
 * A shadow root holds no form, so the button submits nothing and needs no `type`; its
 * `aria-label` names it, so the icon needs no text.
 */
const button = (part: string, label: string, click: () => void, icon?: string, current?: boolean) =>
  html`<button part="button ${part}" aria-label=${label} aria-current=${current || nothing} @click=${click}>${
    icon ? html`<svg viewBox="0 0 16 16"><path d=${icon}></path></svg>` : nothing
  }</button>`;

/** The pause/play button first (APG), then previous, the position dots and next. */
export function renderControls(host: ValueQuote, t: Strings, full: boolean, quotes: Quote[]) {
  const choose = (go?: (this: ValueQuote) => void) => () => host._choose(go);
  const paused = host.paused;
  return html`<div part="controls" class="controls" @keydown=${host._key}>${button('pause', paused ? t.play : t.pause, choose(), paused ? PLAY : PAUSE)}${
    full
      ? html`${button('previous', t.previous, choose(host.previous), BACK)}<div part="dots">${quotes.map((_, i) =>
          button('dot', t.goTo(i + 1), choose(() => host._go(i)), '', i === host.index),
        )}</div>${button('next', t.next, choose(host.next), BACK)}`
      : nothing
  }</div>`;
}

function languageName(code: string, ui: string): string | undefined {
  try {
    return new Intl.DisplayNames(ui, { type: 'language' }).of(code);
  } catch {
    return undefined; // not a valid language tag: the note says "translated" without naming it
  }
}

/**
 * Every quote in one grid cell, the current one visible. In a carousel each quote is a group
 * labelled "n of N" (APG slide); alone, a plain figure. Quotation marks follow the element's
 * language; the quote's own `lang` goes on its text, and <bdi> keeps a quote in another script
 * direction (English on an Arabic page) in one piece. The value word, where it appears, is
 * wrapped in `<mark part="value">`. `live` is the `aria-live` of the slides: `off` while
 * rotating (APG), none for a single quote.
 */
export function renderSlides(host: ValueQuote, quotes: Quote[], t: Strings, transition: string, live?: string) {
  const n = quotes.length;
  const group = (v: string) => (n > 1 ? v : nothing);
  const [open, close] = quoteMarks(host._lang);
  // A figure with a caption takes no role (ARIA in HTML), so the slide group wraps it.
  return html`<div class="slides ${transition}" aria-live=${live ?? nothing}>
    ${quotes.map(({ text, value, author, cite, lang, original: o }, i) => {
      const w = host.highlight !== 'off' && value ? findWord(text, value) : undefined;
      const shown = host._open === i;
      return html`<div
        class="q ${i === host.index ? 'on' : ''}"
        role=${group('group')}
        aria-roledescription=${group(t.slide)}
        aria-label=${group(t.position(i + 1, n))}><figure part="quote">
        <blockquote part="text" lang=${lang ?? nothing} cite=${cite ?? nothing}>${open}<bdi>${
          w ? html`${text.slice(0, w.start)}<mark part="value">${text.slice(w.start, w.end)}</mark>${text.slice(w.end)}` : text
        }</bdi>${close}</blockquote>
        ${author ? html`<figcaption part="author">${cite ? html`<a href=${cite}>${author}</a>` : author}</figcaption>` : nothing}
        ${o
          ? html`<p part="note">${t.translatedFrom(o.lang && languageName(o.lang, supportedLang(host._lang)))}
                <button part="toggle" aria-expanded=${shown} aria-controls="original-${i}" @click=${() => (host._open = shown ? -1 : i)}>${
                  shown ? t.hideOriginal : t.showOriginal
                }</button></p>
              <blockquote part="original" id="original-${i}" lang=${o.lang ?? nothing} ?hidden=${!shown}>${o.text}</blockquote>`
          : nothing}
      </figure></div>`;
    })}
  </div>`;
}
