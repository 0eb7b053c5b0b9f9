import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Quote } from '../data/types.js';
import { emit } from '../internal/events.js';
import { invalidValue, warnOnce } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { RotationController } from './rotation-controller.js';
import { QuotesController } from './quotes-controller.js';
import { nextIndex, startBag } from './rotation.js';
import { DEFAULT_INTERVAL, period } from './timing.js';
import { readerPaused } from './session.js';
import { renderControls, renderSlides } from './templates.js';
import { styles } from './value-quote.styles.js';

// The enumerated attributes and their values, the default first.
const CHOICES = {
  order: ['sequence', 'shuffle', 'random'],
  transition: ['fade', 'slide', 'none'],
  controls: ['pause', 'full', 'none'],
} as const;
type Choices = typeof CHOICES;

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
    _json: { attribute: 'quotes' },
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
    _langAttr: { attribute: 'lang' },
    _open: { state: true },
  };

  /** Quote objects; when set, they win over every other source. */
  declare quotes?: Quote[] | null;
  /** A JSON array of Quote objects; the `quotes` property wins over it. */
  declare private _json?: string | null;
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
  declare interval: number | string;
  /** Not rotating. Set by the pause button, any reader navigation, and reduced motion. */
  declare paused?: boolean;
  /** `sequence`, `shuffle` (each quote once per cycle) or `random`. */
  declare order: Choices['order'][number];
  /** Index of the first quote shown, in the filtered list. */
  declare start: number;
  /** `fade`, `slide` or `none`. */
  declare transition: Choices['transition'][number];
  /** `pause`, `full` (previous, next, position dots) or `none` (only when not rotating). */
  declare controls: Choices['controls'][number];
  /** `off` leaves the value word unmarked. */
  declare highlight: string;
  /** `lazy` fetches `src` only when the element nears the viewport. */
  declare loading: 'eager' | 'lazy';
  /** Accessible name of the carousel; a localized "Quotes" when absent. */
  declare label?: string | null;
  declare private _langAttr?: string | null;
  /** @internal The translated quote whose original is revealed. */
  declare _open: number;

  private _i = 0;
  // Set by _reset() as soon as there are quotes, before it is read.
  declare private _bag: number[];
  private _hist: number[] = [];
  private _queue: [string, unknown][] = [];
  // Set by willUpdate(), before anything reads them.
  /** @internal */
  declare _lang: string;
  declare private _t: Strings;
  /** The pause came from reduced motion and no choice was made since. */
  declare private _rm?: boolean;
  /** Host attributes the element set itself; one the author set is never touched. */
  private _own: Record<string, string | null> = {};

  private _rot = new RotationController(
    this,
    () => this.next(),
    // Reduced motion pauses a rotating element, and ends only a pause it made itself.
    (reduce) => {
      if (reduce ? !this.paused : this._rm) this.paused = this._rm = reduce;
    },
  );
  private _q = new QuotesController(this);

  constructor() {
    super();
    this.interval = DEFAULT_INTERVAL;
    this.order = 'sequence';
    this.start = 0;
    this.transition = 'fade';
    this.controls = 'pause';
    this.highlight = 'on';
    this.loading = 'eager';
    if (readerPaused()) this.paused = true;
  }

  /** Index of the quote shown, in the filtered list. */
  get index(): number {
    return this._i;
  }

  /** The quote shown, `original` included. */
  get current(): Quote | undefined {
    return this._q.list[this._i];
  }

  /** Shows the next quote, in the element's `order`. */
  next(): void {
    this._go(nextIndex(this._pick('order'), this._i, this._q.list.length, this._bag));
  }

  /** Shows the quote shown before this one (in `sequence`, the one before it in the list). */
  previous(): void {
    const n = this._q.list.length;
    const back = this._pick('order') === 'sequence' ? undefined : this._hist.pop();
    this._go(back ?? (this._i - 1 + n) % n, true);
  }

  /** Shows the quote at `index` in the filtered list; an index out of range changes nothing. */
  goTo(index: number): void {
    // `in` holds for the list's integer indices only: not for -1, 1.5 or NaN. `+`: a page may pass "2".
    if (index in this._q.list) this._go(+index);
    else this._warn(`goTo(${index}) is out of range (0 to ${this._q.list.length - 1}); nothing changed`);
  }

  /** Stops the rotation, without remembering it as the reader's choice. */
  pause(): void {
    this._rm = false;
    this.paused = true;
  }

  /** Starts the rotation again. */
  play(): void {
    this._rm = false;
    this.paused = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = (this._lang = resolveLang(this));
    this._t = stringsFor(lang);
    if (changed.has('src') || (changed.has('loading') && this.src)) this._q.load(this.src, this.loading === 'lazy');
    // Reading every source on each update is cheap, and each data set is still reported once.
    if (this._q.resolve(lang) || (this.hasUpdated && changed.has('start'))) this._reset();
    if (changed.has('order')) this._bag = startBag(this._i, this._q.list.length);
    if (changed.has('interval')) this._rot.reset(this._period(this._i));
    this._rot.set('paused', !!this.paused);
    this._rot.set('idle', !this._q.list[1]);
  }

  protected override render() {
    const list = this._q.list;
    const n = list.length;
    if (!n) return html`<slot></slot>`;
    const t = this._t;
    const multi = n > 1;
    let controls = this._pick('controls');
    if (controls === 'none' && multi && !this.paused) {
      this._warn('controls="none" needs paused quotes; keeping the pause button');
      controls = 'pause';
    }
    return html`${multi && controls !== 'none' ? renderControls(this, t, controls === 'full', list) : nothing}
      ${renderSlides(this, list, t, this._pick('transition'), multi ? (this._rot.reasons.size ? 'polite' : 'off') : undefined)}`;
  }

  protected override updated(): void {
    const multi = !!this._q.list[1];
    const t = this._t;
    const own = this._own;
    for (const [name, v] of [
      ['role', 'region'],
      ['aria-roledescription', t.carousel],
      ['aria-label', this.label || t.quotes],
    ]) {
      // `==`: an attribute absent (null) that was never set (undefined) is ours too.
      if (this.getAttribute(name) != own[name]) continue;
      if (multi) this.setAttribute(name, v);
      else this.removeAttribute(name);
      own[name] = multi ? v : null;
    }
    for (const [type, detail] of this._queue.splice(0)) emit(this, type, detail);
  }

  /** @internal Queues an event, dispatched once the update under way (or requested) is rendered. */
  _emit(type: string, detail: unknown): void {
    this._queue.push([type, detail]);
  }

  /** @internal */
  _warn(message: string): void {
    warnOnce(this, 'value-quote', message);
  }

  /**
   * @internal Reader's choices stop the rotation (play starts it) and are remembered for the
   * session: the pause/play button without `go`, a navigation with it.
   */
  _choose(go?: (this: ValueQuote) => void): void {
    const paused = !!go || !this.paused;
    this._rm = false;
    readerPaused((this.paused = paused));
    // Play means play: the pointer and focus that pressed it must not hold the rotation.
    if (!paused) {
      this._rot.set('hover', false);
      this._rot.set('focus', false);
    }
    go?.call(this);
  }

  /** @internal Arrow keys on the controls move between quotes, mirrored in right-to-left text. */
  _key(e: KeyboardEvent): void {
    const n = this._q.list.length;
    const d = this.matches(':dir(rtl)') ? -1 : 1;
    const j = ({ Home: 0, End: n - 1, ArrowLeft: this._i - d, ArrowRight: this._i + d } as Record<string, number>)[e.key];
    if (j === undefined) return;
    e.preventDefault();
    this._choose(() => this._go((j + n) % n));
    if ((e.target as Element).matches('[part~=dot]')) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-current]')!.focus());
    }
  }

  private _pick<K extends keyof Choices>(name: K): Choices[K][number] {
    const allowed: readonly string[] = CHOICES[name];
    const v = this[name];
    if (allowed.includes(v)) return v;
    this._warn(invalidValue(name, v, `one of ${allowed.join(', ')}`, allowed[0]));
    return allowed[0] as Choices[K][number];
  }

  private _period(i: number): number {
    const q = this._q.list[i] ?? { text: '' };
    return period(this.interval, q.text, q.lang ?? this._lang, (m) => this._warn(m));
  }

  /** @internal Shows quote `i`, with a full period; `back` when going back in the history. */
  _go(i: number, back?: boolean): void {
    const quote = this._q.list[i];
    if (i === this._i || !quote) return;
    if (!back) this._hist.push(this._i);
    this._i = i;
    this._open = -1;
    this._rot.reset(this._period(i));
    this.requestUpdate();
    this._emit('quote-change', { index: i, quote });
  }

  /** Shows the `start` quote of a new list (a random one in shuffle or random order without `start`). */
  private _reset(): void {
    const n = this._q.list.length;
    // A framework may set the property to the attribute's text ("2").
    let i = +this.start;
    if (!(i in this._q.list)) {
      this._warn(`start="${i}" is out of range (0 to ${n - 1}); showing the first quote`);
      i = 0;
    }
    if (this._pick('order') !== 'sequence' && !this.hasAttribute('start')) i = Math.floor(Math.random() * n);
    this._i = i;
    this._open = -1;
    this._hist = [];
    this._bag = startBag(i, n);
    this._rot.reset(this._period(i));
  }
}
