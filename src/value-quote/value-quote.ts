import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Quote } from '../data/types.js';
import { emit } from '../internal/events.js';
import { warnOnce } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { quoteMarks } from '../i18n/marks.js';
import { RotationController } from './rotation-controller.js';
import { QuotesController } from './quotes-controller.js';
import { nextIndex, startBag, type Order } from './rotation.js';
import { DEFAULT_INTERVAL, period } from './timing.js';
import { readerPaused, rememberPaused } from './session.js';
import { renderControls, renderSlides } from './templates.js';
import { styles } from './value-quote.styles.js';

const TAG = 'value-quote';
const ORDERS = ['sequence', 'shuffle', 'random'] as const;
const TRANSITIONS = ['fade', 'slide', 'none'] as const;
const CONTROLS = ['pause', 'full', 'none'] as const;
const DATA = ['quotes', '_json', 'src', 'storyId', 'text', 'author', 'value'];

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
  declare order: Order;
  /** Index of the first quote shown, in the filtered list. */
  declare start: number;
  /** `fade`, `slide` or `none`. */
  declare transition: 'fade' | 'slide' | 'none';
  /** `pause`, `full` (previous, next, position dots) or `none` (only when not rotating). */
  declare controls: 'pause' | 'full' | 'none';
  /** `off` leaves the value word unmarked. */
  declare highlight: string;
  /** `lazy` fetches `src` only when the element nears the viewport. */
  declare loading: 'eager' | 'lazy';
  /** Accessible name of the carousel; a localized "Quotes" when absent. */
  declare label?: string | null;
  declare private _open: number;

  private _i = 0;
  private _prev = -1;
  private _bag: number[] = [];
  private _hist: number[] = [];
  private _queue: [string, unknown][] = [];
  private _lang = 'en';
  /** The pause came from reduced motion and no choice was made since. */
  private _rm = false;
  /** Host attributes the element set itself; one the author set is never touched. */
  private _own: Record<string, string | null> = {};

  private _rot = new RotationController(
    this,
    () => this.next(),
    (reduce) => {
      if (reduce && !this.paused) this.paused = this._rm = true;
      else if (!reduce && this._rm) this.paused = this._rm = false;
    },
  );
  private _q = new QuotesController(
    this,
    (type, detail) => this._queue.push([type, detail]),
    (m) => this._warn(m),
  );

  constructor() {
    super();
    this.interval = DEFAULT_INTERVAL;
    this.order = 'sequence';
    this.start = 0;
    this.transition = 'fade';
    this.controls = 'pause';
    this.highlight = 'on';
    this.loading = 'eager';
    this._open = -1;
  }

  /** Index of the quote shown, in the filtered list. */
  get index(): number {
    return this._i;
  }

  /** The quote shown, `original` included. */
  get current(): Quote | undefined {
    return this._list[this._i];
  }

  /** Shows the next quote, in the element's `order`. */
  next(): void {
    this._go(nextIndex(this._order, this._i, this._list.length, this._bag));
  }

  /** Shows the quote shown before this one (in `sequence`, the one before it in the list). */
  previous(): void {
    const n = this._list.length;
    if (n < 2) return;
    const back = this._order === 'sequence' ? undefined : this._hist.pop();
    this._go(back ?? (this._i - 1 + n) % n, true);
  }

  /** Shows the quote at `index` in the filtered list; an index out of range changes nothing. */
  goTo(index: number): void {
    const n = this._list.length;
    if (Number.isInteger(index) && index >= 0 && index < n) this._go(index);
    else this._warn(`goTo(${index}) is out of range (0 to ${n - 1}); nothing changed`);
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

  // `lang` stays the platform's own property; watching the attribute re-renders at once.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    if (!this.hasUpdated && readerPaused()) this.paused = true;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = resolveLang(this);
    const langChanged = lang !== this._lang;
    this._lang = lang;
    if (changed.has('src') || (changed.has('loading') && this.src)) this._q.load(this.src, this.loading === 'lazy');
    const { quotes, _json: json, src, storyId, text, author, value } = this;
    if (this._q.dirty || langChanged || DATA.some((k) => changed.has(k as keyof ValueQuote))) {
      if (this._q.resolve({ quotes, json, src, storyId, text, author, value, lang })) this._reset();
    } else if (changed.has('start')) this._reset();
    if (changed.has('order')) this._bag = startBag(this._i, this._list.length);
    if (changed.has('interval') && this.hasUpdated) this._rot.reset(this._period(this._i));
    this._rot.set('paused', !!this.paused);
    this._rot.set('idle', this._list.length < 2);
  }

  protected override render() {
    const list = this._list;
    const n = list.length;
    if (!n) return html`<slot></slot>`;
    const t = this._t;
    const multi = n > 1;
    let controls = multi ? this._pick('controls', CONTROLS) : 'none';
    if (controls === 'none' && multi && !this.paused) {
      this._warn('controls="none" is only allowed when the quotes do not rotate; keeping the pause button');
      controls = 'pause';
    }
    return html`${controls === 'none' ? nothing : renderControls(this, t, controls === 'full', n, this._i, !!this.paused)}
      ${renderSlides(this, list, {
        t,
        lang: this._lang,
        marks: quoteMarks(this._lang),
        highlight: this.highlight !== 'off',
        transition: this._pick('transition', TRANSITIONS),
        live: multi ? (this._rot.reasons.size ? 'polite' : 'off') : undefined,
        current: this._i,
        leaving: this._prev,
        open: this._open,
      })}`;
  }

  protected override updated(): void {
    const multi = this._list.length > 1;
    const t = this._t;
    const own = this._own;
    for (const [name, v] of [
      ['role', multi && 'region'],
      ['aria-roledescription', multi && t.carousel],
      ['aria-label', multi && (this.label || t.quotes)],
    ] as const) {
      const cur = this.getAttribute(name);
      if (cur !== null && cur !== own[name]) continue;
      if (v) this.setAttribute(name, v);
      else this.removeAttribute(name);
      own[name] = v || null;
    }
    const queue = this._queue;
    this._queue = [];
    for (const [type, detail] of queue) emit(this, type, detail);
  }

  /** @internal Reader's choices stop the rotation (play starts it) and are remembered for the session. */
  _choose(step?: number | 'previous' | 'next'): void {
    this._rm = false;
    const paused = step === undefined ? !this.paused : true;
    this.paused = paused;
    rememberPaused(paused);
    // Play means play: the pointer and focus that pressed it must not hold the rotation.
    if (!paused) for (const r of ['hover', 'focus'] as const) this._rot.set(r, false);
    if (step === 'previous') this.previous();
    else if (step === 'next') this.next();
    else if (step !== undefined) this._go(step);
  }

  /** @internal Arrow keys on the controls move between quotes, mirrored in right-to-left text. */
  _key(e: KeyboardEvent): void {
    const n = this._list.length;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const j = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : d ? (this._i + (rtl ? -d : d) + n) % n : -1;
    if (j < 0) return;
    e.preventDefault();
    this._choose(j);
    if ((e.target as Element).matches('[part~=dot]')) {
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=dot][aria-current]')?.focus());
    }
  }

  /** @internal */
  _toggleOriginal(i: number): void {
    this._open = this._open === i ? -1 : i;
  }

  private get _list(): Quote[] {
    return this._q.list;
  }

  private get _t(): Strings {
    return stringsFor(this._lang);
  }

  private get _order(): Order {
    return this._pick('order', ORDERS);
  }

  private _pick<T extends string>(name: 'order' | 'transition' | 'controls', allowed: readonly T[]): T {
    const v = this[name] as T;
    if (allowed.includes(v)) return v;
    this._warn(`${name}="${v}" is not one of ${allowed.join(', ')}; using ${allowed[0]}`);
    return allowed[0];
  }

  private _warn(message: string): void {
    warnOnce(this, TAG, message);
  }

  private _period(i: number): number {
    const q = this._list[i];
    return q ? period(this.interval, q.text, q.lang ?? this._lang, (m) => this._warn(m)) : DEFAULT_INTERVAL;
  }

  private _go(i: number, back = false): void {
    const quote = this._list[i];
    if (i === this._i || !quote) return;
    if (!back) this._hist.push(this._i);
    this._prev = this._i;
    this._i = i;
    this._open = -1;
    this._rot.reset(this._period(i));
    this._queue.push(['quote-change', { index: i, quote }]);
    this.requestUpdate();
  }

  /** Shows the `start` quote of a new list (a random one in shuffle or random order without `start`). */
  private _reset(): void {
    const n = this._list.length;
    let i = this.start;
    if (!(Number.isInteger(i) && i >= 0 && i < n)) {
      this._warn(`start="${i}" is out of range (0 to ${n - 1}); showing the first quote`);
      i = 0;
    }
    if (this._order !== 'sequence' && !this.hasAttribute('start')) i = Math.floor(Math.random() * n);
    this._i = i;
    this._prev = this._open = -1;
    this._hist = [];
    this._bag = startBag(i, n);
    this._rot.reset(this._period(i));
  }
}
