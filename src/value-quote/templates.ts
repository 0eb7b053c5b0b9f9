import { html, nothing } from 'lit';
import type { Quote } from '../data/types.js';
import { findWord, type WordMatch } from '../data/text-match.js';
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

// A control is a real `<button>` in parts `button` and its own. A shadow root holds no form, so
// the button submits nothing and needs no `type`; its `aria-label` names it, so the icon needs
// no text.
const icon = (path: string) => html`<svg viewBox="0 0 16 16"><path d=${path}></path></svg>`;

/** Previous, the position dots and next (`controls="full"`). */
const navigation = ({ strings, count, currentIndex, onNavigate }: ControlsView) =>
  html`<button part="button previous" aria-label=${strings.previous} @click=${() => onNavigate('previous')}>${icon(BACK_ICON)}</button
    ><div part="dots">${Array.from(
      { length: count },
      (_, index) =>
        html`<button part="button dot" aria-label=${strings.goTo(index + 1)} aria-current=${index === currentIndex || nothing}
          @click=${() => onNavigate(index)}></button>`,
    )}</div
    ><button part="button next" aria-label=${strings.next} @click=${() => onNavigate('next')}>${icon(BACK_ICON)}</button>`;

/**
 * The pause/play button first (APG), then previous, the position dots and next. The pause
 * button's icon is written inline rather than through `icon()`: every carousel shows it, and a
 * nested template would be one more instance for each element to stamp.
 */
export function renderControls(view: ControlsView) {
  const { strings, paused } = view;
  return html`<div part="controls" class="controls" @keydown=${view.onKeydown}><button part="button pause"
      aria-label=${paused ? strings.play : strings.pause} @click=${view.onPlayPause}><svg viewBox="0 0 16 16"><path
      d=${paused ? PLAY_ICON : PAUSE_ICON}></path></svg></button>${view.full ? navigation(view) : nothing}</div>`;
}

// One per UI language: making one costs far more than asking it.
const languageNames: Record<string, Intl.DisplayNames> = Object.create(null);

function languageName(code: string, uiLanguage: string): string | undefined {
  try {
    return (languageNames[uiLanguage] ??= new Intl.DisplayNames(uiLanguage, { type: 'language' })).of(code);
  } catch {
    return undefined; // not a valid language tag: the note says "translated" without naming it
  }
}

/** What a slide of a carousel says of itself: "slide", and "n of N". */
interface SlideName {
  roleDescription: string;
  label: string;
}

/** The quote's text with its value word in `<mark part="value">`. */
const marked = (text: string, { start, end }: WordMatch) =>
  html`${text.slice(0, start)}<mark part="value">${text.slice(start, end)}</mark>${text.slice(end)}`;

/** The note of a translated quote, its toggle, and the original text it reveals. */
function translationNote({ original }: Quote, index: number, { strings, lang, openOriginal, onToggleOriginal }: SlidesView) {
  const originalShown = openOriginal === index;
  return html`<p part="note">${strings.translatedFrom(original!.lang && languageName(original!.lang, supportedLang(lang)))}
      <button part="toggle" aria-expanded=${originalShown} aria-controls="original-${index}" @click=${() => onToggleOriginal(index)}>${
        originalShown ? strings.hideOriginal : strings.showOriginal
      }</button></p>
    <blockquote part="original" id="original-${index}" lang=${original!.lang ?? nothing} ?hidden=${!originalShown}>${original!.text}</blockquote>`;
}

/**
 * One quote: its text inside the marks of the element's language, its author linked to `cite`,
 * the note and toggle of a translation. The marks sit inside the <bdi>, so they follow the
 * quote's own direction. The quote on show has its value marked; the others are hidden and only
 * hold the element's height (and show on paper). One template for every quote, with nested
 * ones only where a quote needs them: most of an element's cost is the templates it stamps.
 * Alone (no `name`), the quote is a plain figure.
 */
function slide(quote: Quote, index: number, view: SlidesView, name?: SlideName) {
  const { author, cite, lang, value } = quote;
  const shown = index === view.currentIndex;
  const text = typesetQuote(quote.text, view.lang);
  const word = shown && view.highlight && value ? findWord(text, value) : undefined;
  return html`<div class="q ${shown ? 'on' : ''}" role=${name ? 'group' : nothing}
      aria-roledescription=${name?.roleDescription ?? nothing} aria-label=${name?.label ?? nothing}><figure part="quote"><blockquote
      part="text" lang=${lang ?? nothing} cite=${cite ?? nothing}><bdi>${word ? marked(text, word) : text}</bdi></blockquote><figcaption
      part="author" ?hidden=${!author}>${cite ? html`<a href=${cite}>${author}</a>` : author}</figcaption>${
    quote.original ? translationNote(quote, index, view) : nothing
  }</figure></div>`;
}

/**
 * The controls, when there are some, then every quote in one place, the current one shown, the
 * others hidden (one template for both: an element stamps as few as it can).
 * In a carousel each quote is a group labelled "n of N" (APG slide); alone, a plain figure.
 * Quotation marks follow the element's language; the quote's own `lang` goes on its text, and
 * <bdi> keeps a quote in another script direction (English on an Arabic page) in one piece.
 */
export function renderQuotes(view: SlidesView, controls: ReturnType<typeof renderControls> | typeof nothing) {
  const { quotes, strings } = view;
  const count = quotes.length;
  const inCarousel = count > 1;
  // A figure with a caption takes no role (ARIA in HTML), so the slide group wraps it.
  return html`${controls}<div class="slides ${view.transition}" aria-live=${view.live ?? nothing}>${quotes.map((quote, index) =>
    slide(quote, index, view, inCarousel ? { roleDescription: strings.slide, label: strings.position(index + 1, count) } : undefined),
  )}</div>`;
}
