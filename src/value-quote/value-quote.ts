import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Quote } from '../data/types.js';
import { validateDocument, type Validated, type DataDocument } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { SourceController } from '../internal/source-controller.js';
import { emit } from '../internal/events.js';
import { warnOnce } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { quoteMarks } from '../i18n/marks.js';
import { RotationController } from './rotation-controller.js';
import { ChildrenController, MediaController, PresenceController } from './controllers.js';
import { nextIndex, startBag, type Order } from './rotation.js';
import { DEFAULT_INTERVAL, period } from './timing.js';
import { failed, fromDocument, fromJson, fromQuotes, type SourceResult } from './sources.js';
import { readerPaused, rememberPaused } from './session.js';
import { renderControls, renderQuote } from './templates.js';
import { styles } from './value-quote.styles.js';

const TAG = 'value-quote';
const ORDERS = ['sequence', 'shuffle', 'random'] as const;
const TRANSITIONS = ['fade', 'slide', 'none'] as const;
const CONTROLS = ['pause', 'full', 'none'] as const;
const PENDING: SourceResult = { issues: [], warnings: [], pending: true };
const DATA = ['quotes', '_json', 'src', 'storyId', 'text', 'author', 'value', '_light', '_doc', '_srcError'];
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface QuoteChangeDetail {
  index: number;
  quote: Quote;
}
export interface QuotesLoadDetail {
  quotes: Quote[];
}
export interface QuotesErrorDetail {
  error: Error;
}

/**
 * Shows one quote at a time from a list and rotates through them, following the WAI-ARIA
 * carousel pattern. The light DOM (`<figure data-value>` with `<blockquote>` and
 * `<figcaption>`) is the fallback and stays in place for crawlers.
 *
 * @tag value-quote
 * @summary A rotating quote, one at a time, accessible and without layout shift.
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
 * @csspart button - Every control button; also `pause`, `previous`, `next`, `dot`.
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
    _light: { state: true },
    _doc: { state: true },
    _srcError: { state: true },
    _open: { state: true },
  };

  /** Quote objects; when set, they win over every other source. */
  declare quotes?: Quote[] | null;
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
  declare private _light: number;
  declare private _doc?: Validated<DataDocument>;
  declare private _srcError?: SourceResult;
  declare private _open: number;

  private _list: Quote[] = [];
  private _sig = '';
  private _data?: Quote[];
  private _reported?: SourceResult;
  private _memo = new Map<string, [unknown[], SourceResult]>();
  private _noMatch: unknown[] = [];
  private _i = 0;
  private _prev = -1;
  private _bag: number[] = [];
  private _hist: number[] = [];
  private _queue: [string, unknown][] = [];
  private _lang = 'en';
  /** The pause came from reduced motion and no choice was made since. */
  private _rm = false;
  private _own: Record<string, string | null> = {};

  private _rot = new RotationController(this, () =>
    this._go(nextIndex(this._order, this._i, this._list.length, this._bag)),
  );
  private _source = new SourceController(this, {
    onData: (data, url) => {
      this._srcError = undefined;
      this._doc = validateDocument(data, { base: url });
    },
    onError: (error) => {
      if (error.kind !== 'abort') this._srcError = failed(error, `could not load the quotes: ${error.message}`);
    },
  });

  constructor() {
    super();
    this.interval = DEFAULT_INTERVAL;
    this.order = 'sequence';
    this.start = 0;
    this.transition = 'fade';
    this.controls = 'pause';
    this.highlight = 'on';
    this.loading = 'eager';
    this._light = 0;
    this._open = -1;
    new PresenceController(this, (reason, on) => this._rot.set(reason, on));
    new ChildrenController(this, () => this._light++);
    new MediaController(this, '(prefers-reduced-motion: reduce)', (reduce) => {
      if (reduce && !this.paused) this.paused = this._rm = true;
      else if (!reduce && this._rm) this.paused = this._rm = false;
    });
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
    if (changed.has('src' as keyof ValueQuote) || (changed.has('loading') && this.src)) {
      this._doc = this._srcError = undefined;
      this._source.load(this.src || null, { lazy: this.loading === 'lazy' });
    }
    if (!this.hasUpdated || langChanged || DATA.some((k) => changed.has(k as keyof ValueQuote))) this._resolve();
    else if (changed.has('start')) this._reset();
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
    return html`${controls === 'none'
        ? nothing
        : renderControls(this, t, controls === 'full', n, this._i, !!this.paused)}<div
        class="slides ${this._pick('transition', TRANSITIONS)}"
        aria-live=${multi ? (this._rot.reasons.size ? 'polite' : 'off') : nothing}
      >
        ${list.map((q, i) =>
          renderQuote(this, q, i, n, {
            t,
            lang: this._lang,
            marks: quoteMarks(this._lang),
            highlight: this.highlight !== 'off',
            state: i === this._i ? 'on' : i === this._prev ? 'out' : '',
            open: this._open === i,
          }),
        )}
      </div>`;
  }

  protected override updated(): void {
    const multi = this._list.length > 1;
    const t = this._t;
    this._aria('role', multi && 'region');
    this._aria('aria-roledescription', multi && t.carousel);
    this._aria('aria-label', multi && (this.label || t.quotes));
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

  /** Caches a source's result while its inputs stay the same, so it is reported once. */
  private _m(slot: string, key: unknown[], make: () => SourceResult): SourceResult {
    const hit = this._memo.get(slot);
    if (hit && same(hit[0], key)) return hit[1];
    const r = make();
    this._memo.set(slot, [key, r]);
    return r;
  }

  /** Picks the data source (first found wins), reports it, filters it and lays out the list. */
  private _resolve(): void {
    const { quotes, _json: json, src, text, author, value } = this;
    const found: SourceResult[] = [];
    if (quotes != null) found.push(this._m('p', [quotes], () => fromQuotes(quotes)));
    if (json != null) found.push(this._m('j', [json], () => fromJson(json)));
    if (src) {
      const doc = this._doc;
      found.push(
        this._srcError ??
          (doc ? this._m('s', [doc, this.storyId, this._lang], () => fromDocument(doc, this.storyId ?? undefined, this._lang)) : PENDING),
      );
    }
    const warnings: string[] = [];
    const light = readLightDomQuotes(this, { onWarning: (w) => warnings.push(w) });
    if (light.length) found.push(this._m('l', [JSON.stringify(light)], () => ({ quotes: light, issues: [], warnings })));
    if (text) {
      const q = { text, ...(author && { author }), ...(value && { value }) };
      found.push(this._m('t', [text, author, value], () => fromQuotes([q])));
    }
    const chosen = found[0];
    if (chosen && chosen !== this._reported) {
      this._reported = chosen;
      for (const m of [...chosen.warnings, ...chosen.issues]) this._warn(m);
      if (chosen.error) this._queue.push(['quotes-error', { error: chosen.error }]);
      if (chosen.quotes) this._queue.push(['quotes-load', { quotes: chosen.quotes }]);
    }
    // A source that is loading or failed keeps what is shown, else the fallback below it.
    const data = (this._data = chosen?.quotes ?? this._data ?? found.find((r) => r.quotes)?.quotes);
    if (!data) return;
    const values = parseValueList(value);
    let list = data.filter((q) => matchesValue(q, values));
    if (!list.length) {
      const message = `no quote matches value="${value}"; showing the quotes as they were`;
      this._warn(message);
      if (!same(this._noMatch, [data, value])) this._queue.push(['quotes-error', { error: new Error(message) }]);
      this._noMatch = [data, value];
      list = this._list.length ? this._list : data;
    }
    const key = JSON.stringify(list);
    if (key === this._sig) return;
    this._sig = key;
    this._list = list;
    this._reset();
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

  /** Sets a host ARIA attribute unless the author set their own. */
  private _aria(name: string, v: string | false): void {
    const cur = this.getAttribute(name);
    if (cur !== null && cur !== this._own[name]) return;
    if (v) this.setAttribute(name, v);
    else this.removeAttribute(name);
    this._own[name] = v || null;
  }
}

declare global {
  interface HTMLElementEventMap {
    'quote-change': CustomEvent<QuoteChangeDetail>;
    'quotes-load': CustomEvent<QuotesLoadDetail>;
    'quotes-error': CustomEvent<QuotesErrorDetail>;
  }
}
