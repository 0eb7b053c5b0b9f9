import { html, nothing } from 'lit';
import type { Quote } from '../data/types.js';
import { findWord } from '../data/text-match.js';
import type { Strings } from '../i18n/strings.js';
import { supportedLang } from '../i18n/strings.js';
import { typesetQuote } from '../i18n/typography.js';

const PAUSE_ICON = 'M4 3h3v10H4zm5 0h3v10H9z';
const PLAY_ICON = 'M5 2.5v11L13.5 8z';
// A chevron pointing back; the styles mirror it for next, and both in right-to-left text.
const BACK_ICON = 'M10.3 2.3 4.6 8l5.7 5.7 1.4-1.4L7.4 8l4.3-4.3z';

/** What the controls show and what they do. */
export interface ControlsView {
  strings: Strings;
  paused: boolean;
  /** Previous, the position dots and next, besides pause/play. */
  full: boolean;
  count: number;
  currentIndex: number;
  onPlayPause(): void;
  /** The reader asks for the previous or next quote, or the one at an index (a dot). */
  onNavigate(target: 'previous' | 'next' | number): void;
  onKeydown(event: KeyboardEvent): void;
}

/** What the quotes show and what their original-text toggles do. */
export interface SlidesView {
  quotes: Quote[];
  strings: Strings;
  /** The element's language: quotation marks and language names follow it. */
  lang: string;
  transition: string;
  /** `aria-live` of the slides: `off` while rotating (APG), none for a single quote. */
  live?: string;
  currentIndex: number;
  highlight: boolean;
  /** Index of the translated quote whose original is shown, -1 for none. */
  openOriginal: number;
  onToggleOriginal(index: number): void;
}

/**
 * A control: a real `<button>` in parts `button` and `part`, with an icon when given its path.
 * A shadow root holds no form, so the button submits nothing and needs no `type`; its
 * `aria-label` names it, so the icon needs no text.
 */
const button = (part: string, label: string, onClick: () => void, icon?: string, current?: boolean) =>
  html`<button part="button ${part}" aria-label=${label} aria-current=${current || nothing} @click=${onClick}>${
    icon ? html`<svg viewBox="0 0 16 16"><path d=${icon}></path></svg>` : nothing
  }</button>`;

/** The pause/play button first (APG), then previous, the position dots and next. */
export function renderControls(view: ControlsView) {
  const { strings, paused } = view;
  return html`<div part="controls" class="controls" @keydown=${view.onKeydown}>${button(
    'pause',
    paused ? strings.play : strings.pause,
    view.onPlayPause,
    paused ? PLAY_ICON : PAUSE_ICON,
  )}${
    view.full
      ? html`${button('previous', strings.previous, () => view.onNavigate('previous'), BACK_ICON)}<div part="dots">${Array.from(
          { length: view.count },
          (_, i) => button('dot', strings.goTo(i + 1), () => view.onNavigate(i), '', i === view.currentIndex),
        )}</div>${button('next', strings.next, () => view.onNavigate('next'), BACK_ICON)}`
      : nothing
  }</div>`;
}

function languageName(code: string, uiLanguage: string): string | undefined {
  try {
    return new Intl.DisplayNames(uiLanguage, { type: 'language' }).of(code);
  } catch {
    return undefined; // not a valid language tag: the note says "translated" without naming it
  }
}

/**
 * The quote's text inside its marks, with the value word wrapped in `<mark part="value">`
 * where it appears. The marks sit inside the <bdi>, so they follow the quote's own direction.
 */
function quoteText({ text, value }: Quote, lang: string, highlight: boolean) {
  const shown = typesetQuote(text, lang);
  const word = highlight && value ? findWord(shown, value) : undefined;
  return word
    ? html`<bdi>${shown.slice(0, word.start)}<mark part="value">${shown.slice(word.start, word.end)}</mark>${shown.slice(word.end)}</bdi>`
    : html`<bdi>${shown}</bdi>`;
}

/** What one slide needs besides its quote. */
interface SlideView extends SlidesView {
  /** In a carousel: "slide", and "n of N". Alone, the quote is a plain figure. */
  roleDescription?: string;
  label?: string;
}

/**
 * One quote: its text, its author linked to `cite`, the note and toggle of a translation. The
 * quote on show has its value marked; the others are hidden and only hold the element's
 * height (and show on paper).
 */
function slide(quote: Quote, index: number, view: SlideView) {
  const { author, cite, lang, original } = quote;
  const { strings } = view;
  const shown = index === view.currentIndex;
  const originalShown = view.openOriginal === index;
  return html`<div class="q ${shown ? 'on' : ''}" role=${view.roleDescription ? 'group' : nothing}
      aria-roledescription=${view.roleDescription ?? nothing} aria-label=${view.label ?? nothing}><figure part="quote">
    <blockquote part="text" lang=${lang ?? nothing} cite=${cite ?? nothing}>${quoteText(quote, view.lang, shown && view.highlight)}</blockquote>
    ${author ? html`<figcaption part="author">${cite ? html`<a href=${cite}>${author}</a>` : author}</figcaption>` : nothing}
    ${original
      ? html`<p part="note">${strings.translatedFrom(original.lang && languageName(original.lang, supportedLang(view.lang)))}
            <button part="toggle" aria-expanded=${originalShown} aria-controls="original-${index}" @click=${() => view.onToggleOriginal(index)}>${
              originalShown ? strings.hideOriginal : strings.showOriginal
            }</button></p>
          <blockquote part="original" id="original-${index}" lang=${original.lang ?? nothing} ?hidden=${!originalShown}>${original.text}</blockquote>`
      : nothing}
  </figure></div>`;
}

/**
 * Every quote in one place, the current one shown, the others hidden.
 * In a carousel each quote is a group labelled "n of N" (APG slide); alone, a plain figure.
 * Quotation marks follow the element's language; the quote's own `lang` goes on its text, and
 * <bdi> keeps a quote in another script direction (English on an Arabic page) in one piece.
 */
export function renderSlides(view: SlidesView) {
  const { quotes, strings } = view;
  const count = quotes.length;
  const roleDescription = count > 1 ? strings.slide : undefined;
  // A figure with a caption takes no role (ARIA in HTML), so the slide group wraps it.
  return html`<div class="slides ${view.transition}" aria-live=${view.live ?? nothing}>${quotes.map((quote, index) => {
    return slide(quote, index, { ...view, roleDescription, label: roleDescription && strings.position(index + 1, count) });
  })}</div>`;
}
