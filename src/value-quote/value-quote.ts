import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Quote } from '../data/types.js';
import { choose } from '../internal/choices.js';
import { EventQueue } from '../internal/events.js';
import { HostAttributes } from '../internal/host-attributes.js';
import { warnerFor } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { RotationController } from './rotation-controller.js';
import { QuotesController } from './quotes-controller.js';
import { indexForKey, nextIndex, startBag } from './rotation.js';
import { DEFAULT_INTERVAL, period } from './timing.js';
import { renderControls, renderQuotes } from './templates.js';
import { styles } from './value-quote.styles.js';

// The values of the enumerated attributes, the default first.
const ORDERS = ['sequence', 'shuffle', 'random'] as const;
const TRANSITIONS = ['fade', 'slide', 'none'] as const;
const CONTROLS = ['pause', 'full', 'none'] as const;

export type { QuoteChangeDetail, QuotesLoadDetail, QuotesErrorDetail } from './events.js';

/**
 * Shows one quote at a time from a list and rotates through them, following the WAI-ARIA
 * carousel pattern. The light DOM (`<figure data-value>` with `<blockquote>` and
 * `<figcaption>`) is the fallback and stays in place for crawlers.
 *
 * @tag value-quote
 * @summary A rotating quote, one at a time, accessible and without layout shift.
 *
 * @attribute lang - Language of the UI strings and quotation marks; without it, the nearest ancestor's (across shadow roots), else `en`.
 *
 * @slot - Light-DOM quotes: `<figure data-value>` with `<blockquote>` and `<figcaption>`, or a bare `<blockquote>` with a `<cite>`. Read as data; shown as is only when nothing can be rendered.
 *
 * @fires {CustomEvent<QuoteChangeDetail>} quote-change - The quote shown changed (not on first render).
 * @fires {CustomEvent<QuotesLoadDetail>} quotes-load - A data set was accepted, whatever its source.
 * @fires {CustomEvent<QuotesErrorDetail>} quotes-error - Data was rejected, in whole or in part.
 *
 * @csspart quote - Each quote's `<figure>`.
 * @csspart text - The quote's `<blockquote>`.
 * @csspart author - The `<figcaption>` naming the author.
 * @csspart value - The `<mark>` around the value word in the text.
 * @csspart note - The "translated from…" note of a translated quote.
 * @csspart toggle - The button in the note that shows the original text.
 * @csspart original - The original text of a translated quote.
 * @csspart controls - The row of controls.
 * @csspart button - Every control button.
 * @csspart pause - The pause/play button.
 * @csspart previous - The previous button (`controls="full"`).
 * @csspart next - The next button (`controls="full"`).
 * @csspart dot - Each position dot (`controls="full"`); the current one has `aria-current`.
 * @csspart dots - The group of position dots.
 *
 * @cssprop --ss-accent - Highlight, current dot and focus ring colour (default: the text colour).
 * @cssprop --ss-muted - Colour of the author line and the note (default: inherited).
 * @cssprop --ss-gap - Space between the quote and the controls (default: 1em).
 * @cssprop --ss-radius - Corner radius of the buttons (default: round).
 * @cssprop --ss-font - Font family (default: inherited).
 * @cssprop --ss-quote-size - Font size of the quote text (default: 1.25em).
 * @cssprop --ss-transition-duration - Length of the fade or slide (default: 0.5s).
 */
export class ValueQuote extends LitElement {
  static override styles = styles;
  // Option objects stay literal, one per property: the manifest analyzer reads them as written.
  static override properties = {
    quotes: { attribute: false },
    _quotesJson: { attribute: 'quotes' },
    src: { reflect: true },
    storyId: { attribute: 'story-id', reflect: true },
    text: { reflect: true },
    author: { reflect: true },
    value: { reflect: true },
    interval: {
      reflect: true,
      useDefault: true,
      converter: { fromAttribute: (v: string | null) => (v?.trim() && !isNaN(+v) ? +v : v) },
    },
    paused: { type: Boolean, reflect: true },
    order: { reflect: true, useDefault: true },
    start: { type: Number, reflect: true, useDefault: true },
    transition: { reflect: true, useDefault: true },
    controls: { reflect: true, useDefault: true },
    highlight: { reflect: true, useDefault: true },
    loading: { reflect: true, useDefault: true },
    label: {},
    // `lang` stays the platform's own property; watching the attribute re-renders at once.
    _langAttribute: { attribute: 'lang' },
    _openOriginal: { state: true },
  };

  /** Quote objects; when set, they win over every other source. */
  declare quotes?: Quote[] | null;
  /** A JSON array of Quote objects; the `quotes` property wins over it. Watched here, read as written by the quotes controller. */
  declare private _quotesJson?: string | null;
  /** URL of a JSON Quote array, `{ quotes }`, Story or Collection. */
  declare src?: string | null;
  /** Picks the story of a Collection given by `src`. */
  declare storyId?: string | null;
  /** One quote's text, when no other source gives quotes. */
  declare text?: string | null;
  /** That quote's author. */
  declare author?: string | null;
  /** Comma-separated values to show (accent and case insensitive); with `text`, that quote's value. */
  declare value?: string | null;
  /** Milliseconds a quote stays (at least 2000), or `auto` to time each by its length. */
  interval: number | string = DEFAULT_INTERVAL;
  /** Not rotating. Set by the pause button, any reader navigation, and reduced motion. */
  declare paused?: boolean;
  /** `sequence`, `shuffle` (each quote once per cycle) or `random`. */
  order: (typeof ORDERS)[number] = 'sequence';
  /** Index of the first quote shown, in the filtered list. */
  start = 0;
  /** `fade`, `slide` or `none`. */
  transition: (typeof TRANSITIONS)[number] = 'fade';
  /** `pause`, `full` (previous, next, position dots) or `none` (only when not rotating). */
  controls: (typeof CONTROLS)[number] = 'pause';
  /** `off` leaves the value word unmarked. */
  highlight = 'on';
  /** `lazy` fetches `src` only when the element nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';
  /** Accessible name of the carousel; when absent, a localized "Quotes" followed by the values of the quotes ("Quotes: Perseverance, Courage"). */
  declare label?: string | null;
  declare private _langAttribute?: string | null;
  /** Index of the translated quote whose original is revealed, -1 for none. */
  private _openOriginal = -1;

  private _currentIndex = 0;
  /** What is left of the shuffle cycle. */
  private _shuffleBag: number[] = [];
  /** The quotes shown before, for going back in shuffle and random order. */
  private _history: number[] = [];
  // Both set by willUpdate(), before anything reads them.
  declare private _language: string;
  declare private _strings: Strings;
  private readonly _warner = warnerFor(this, 'value-quote');
  private readonly _hostAttributes = new HostAttributes(this);
  private readonly _events = new EventQueue(this);
  private readonly _rotation = new RotationController(this, () => this.next());
  private readonly _quotes = new QuotesController(this, { warner: this._warner, eventQueue: this._events });

  /** Index of the quote shown, in the filtered list. */
  get index(): number {
    return this._currentIndex;
  }

  /** The quote shown, `original` included. */
  get current(): Quote | undefined {
    return this._quotes.list[this._currentIndex];
  }

  /** Shows the next quote, in the element's `order`. */
  next(): void {
    this._show(nextIndex(this._order(), this._currentIndex, this._quotes.list.length, this._shuffleBag));
  }

  /** Shows the quote shown before this one (in `sequence`, the one before it in the list). */
  previous(): void {
    const count = this._quotes.list.length;
    const shownBefore = this._order() === 'sequence' ? undefined : this._history.pop();
    this._show(shownBefore ?? (this._currentIndex - 1 + count) % count, { goingBack: true });
  }

  /** Shows the quote at `index` in the filtered list; an index out of range changes nothing. */
  goTo(index: number): void {
    // `in` holds for the list's integer indices only: not for -1, 1.5 or NaN. `+`: a page may pass "2".
    if (index in this._quotes.list) this._show(+index);
    else this._warner.warn(`goTo(${index}) is out of range (0 to ${this._quotes.list.length - 1}); nothing changed`);
  }

  /** Stops the rotation, without remembering it as the reader's choice. */
  pause(): void {
    this._rotation.setPausedByScript(true);
  }

  /** Starts the rotation again. */
  play(): void {
    this._rotation.setPausedByScript(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._language = resolveLang(this);
    this._strings = stringsFor(this._language);
    if (this._quotes.update(this._language) || (this.hasUpdated && changed.has('start'))) this._showStart();
    const count = this._quotes.list.length;
    if (changed.has('order')) this._shuffleBag = startBag(this._currentIndex, count);
    if (changed.has('interval')) this._rotation.restart(this._periodOf(this._currentIndex));
    this._rotation.hold('paused', !!this.paused);
    this._rotation.hold('idle', count < 2);
    const strings = this._strings;
    const inCarousel = count > 1;
    this._hostAttributes.write({
      role: inCarousel ? 'region' : null,
      'aria-roledescription': inCarousel ? strings.carousel : null,
      'aria-label': inCarousel ? this.label || this._defaultLabel() : null,
    });
  }

  protected override render() {
    const quotes = this._quotes.list;
    const count = quotes.length;
    if (!count) return html`<slot></slot>`;
    const strings = this._strings;
    let controls = choose(this, 'controls', this.controls, CONTROLS, this._warner.warn);
    if (controls === 'none' && count > 1 && !this.paused) {
      this._warner.warn('controls="none" needs paused quotes; keeping the pause button');
      controls = 'pause';
    }
    return renderQuotes(
      {
        quotes,
        strings,
        lang: this._language,
        transition: choose(this, 'transition', this.transition, TRANSITIONS, this._warner.warn),
        live: count > 1 ? (this._rotation.reasons.size ? 'polite' : 'off') : undefined,
        currentIndex: this._currentIndex,
        highlight: this.highlight !== 'off',
        openOriginal: this._openOriginal,
        onToggleOriginal: (index) => (this._openOriginal = this._openOriginal === index ? -1 : index),
      },
      count > 1 && controls !== 'none'
        ? renderControls({
            strings,
            paused: !!this.paused,
            full: controls === 'full',
            count,
            currentIndex: this._currentIndex,
            onPlayPause: () => this._rotation.setPausedByReader(!this.paused),
            onNavigate: (target) => this._navigateByReader(target),
            onKeydown: (event) => this._onControlsKeydown(event),
          })
        : nothing,
    );
  }

  /**
   * "Quotes", with the values of the quotes when they have some, so that several carousels on
   * one page can be told apart (a story names its own after its title).
   */
  private _defaultLabel(): string {
    const values = [...new Set(this._quotes.list.map((quote) => quote.value).filter(Boolean))];
    return values.length ? this._strings.quotesOf(values.join(', ')) : this._strings.quotes;
  }

  private _order() {
    return choose(this, 'order', this.order, ORDERS, this._warner.warn);
  }

  /** A reader's move to another quote: it stops the rotation, as the reader's pause does. */
  private _navigateByReader(target: 'previous' | 'next' | number): void {
    this._rotation.setPausedByReader(true);
    if (target === 'previous') this.previous();
    else if (target === 'next') this.next();
    else this._show(target);
  }

  /** Arrow keys, Home and End on the controls move between quotes, mirrored in right-to-left text. */
  private _onControlsKeydown(event: KeyboardEvent): void {
    const target = indexForKey(event.key, this._currentIndex, this._quotes.list.length, this.matches(':dir(rtl)'));
    if (target === undefined) return;
    event.preventDefault();
    this._navigateByReader(target);
    // The dot that had focus is no longer the current one: focus follows the current quote.
    if ((event.target as Element).matches('[part~=dot]')) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-current]')!.focus());
    }
  }

  private _periodOf(index: number): number {
    const quote = this._quotes.list[index] ?? { text: '' };
    return period(this.interval, quote.text, quote.lang ?? this._language, this._warner.warn);
  }

  /** Shows the quote at `index` for a full period; `goingBack` when it comes from the history. */
  private _show(index: number, { goingBack = false } = {}): void {
    const quote = this._quotes.list[index];
    if (index === this._currentIndex || !quote) return;
    if (!goingBack) this._history.push(this._currentIndex);
    this._currentIndex = index;
    this._openOriginal = -1;
    this._rotation.restart(this._periodOf(index));
    this.requestUpdate();
    this._events.add('quote-change', { index, quote });
  }

  /** Shows the `start` quote of a new list (a random one in shuffle or random order without `start`). */
  private _showStart(): void {
    const count = this._quotes.list.length;
    // A framework may set the property to the attribute's text ("2").
    let index = +this.start;
    if (!(index in this._quotes.list)) {
      this._warner.warn(`start="${index}" is out of range (0 to ${count - 1}); showing the first quote`);
      index = 0;
    }
    if (this._order() !== 'sequence' && !this.hasAttribute('start')) index = Math.floor(Math.random() * count);
    this._currentIndex = index;
    this._history = [];
    this._shuffleBag = startBag(index, count);
    this._openOriginal = -1;
    this._rotation.restart(this._periodOf(index));
  }
}
