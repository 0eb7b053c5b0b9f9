import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Story, StoryInput } from '../data/types.js';
import { validateDocument, type DataDocument, type Validated } from '../data/validate.js';
import { SourceController } from '../internal/source-controller.js';
import { emit } from '../internal/events.js';
import { invalidValue, resetWarnings, warnOnce } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { stringsFor } from '../i18n/strings.js';
import { ChildrenController } from '../value-quote/controllers.js';
import { ATTRIBUTE_FIELDS, attributeOf, fail, fromDocument, fromJson, fromObject, readLight, withAttributes, type StoryResult } from './story-sources.js';
import { renderArticle } from './templates.js';
import { styles } from './success-story.styles.js';
import { layouts } from './layouts.styles.js';

// The enumerated properties and their values, the default first.
const CHOICES = {
  layout: ['card', 'compact', 'banner'],
  theme: ['light', 'dark', 'auto'],
  loading: ['eager', 'lazy'],
  headingLevel: [2, 1, 3, 4, 5, 6],
};
type Choice = keyof typeof CHOICES;
const same = (a: unknown[], b: unknown[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);
const warn = (el: object, message: string) => warnOnce(el, 'success-story', message);
/** The property's value when it is allowed, else its default. */
const valid = (el: SuccessStory, name: Choice) => ((CHOICES[name] as unknown[]).includes(el[name]) ? el[name] : CHOICES[name][0]);

export interface StoryLoadDetail {
  story: Story;
}
export interface StoryErrorDetail {
  error: Error;
}

/**
 * Renders one success story as an article: kicker and category, title, subject, summary,
 * milestones as a timeline, values, the story's quotes in a `<value-quote>`, a call to
 * action and the source. Plain HTML inside the element is the fallback, readable without
 * JavaScript; named slots replace the matching rendered part.
 *
 * @tag success-story
 * @summary A success story as an accessible, themeable article, from JSON or plain HTML.
 *
 * @attribute lang - Language used to pick a story of a Collection and, when the story has no `lang`, for the UI strings; without it, the nearest ancestor's (across shadow roots), else `en`.
 *
 * @slot - Fallback: shown while there is no data, or when the data failed; hidden once the story renders.
 * @slot heading - Replaces the title (and keeps its own heading level).
 * @slot subject - Replaces the subject (image, name, role).
 * @slot summary - Replaces the summary paragraphs.
 * @slot quotes - Replaces the embedded `<value-quote>`.
 * @slot cta - Replaces the call-to-action link.
 *
 * @fires {CustomEvent<StoryLoadDetail>} story-load - A story was accepted, whatever its source (also after partly valid data).
 * @fires {CustomEvent<StoryErrorDetail>} story-error - Data was rejected in whole or in part, could not be fetched, or `story-id` was not found.
 *
 * @csspart article - The `<article>` (the card).
 * @csspart kicker - The kicker ("Success story").
 * @csspart category - The category next to the kicker.
 * @csspart title - The title heading.
 * @csspart subject - The subject: image, name and role.
 * @csspart image - The subject's image.
 * @csspart summary - The summary paragraphs.
 * @csspart milestones - The `<ol>` timeline.
 * @csspart values - The `<ul>` of values.
 * @csspart cta - The call-to-action link.
 * @csspart source - The source line.
 * @csspart quote - Forwarded from the inner `<value-quote>` (exportparts): each quote's figure.
 * @csspart text - Forwarded from the inner `<value-quote>`: the quote's text.
 * @csspart author - Forwarded from the inner `<value-quote>`: the quote's author.
 * @csspart value - Forwarded from the inner `<value-quote>`: the highlighted value word.
 * @csspart note - Forwarded from the inner `<value-quote>`: the "translated from" note.
 * @csspart toggle - Forwarded from the inner `<value-quote>`: the button that shows the original.
 * @csspart original - Forwarded from the inner `<value-quote>`: the original text of a translation.
 * @csspart controls - Forwarded from the inner `<value-quote>`: the row of controls.
 * @csspart button - Forwarded from the inner `<value-quote>`: every control button.
 * @csspart dots - Forwarded from the inner `<value-quote>`: the position dots.
 *
 * @cssprop --ss-accent - Accent colour: kicker, dates, values, call to action.
 * @cssprop --ss-on-accent - Text colour on the accent (the call to action).
 * @cssprop --ss-bg - Background of the article.
 * @cssprop --ss-fg - Text colour.
 * @cssprop --ss-muted - Secondary text: category, role, source.
 * @cssprop --ss-border - Colour of lines and borders.
 * @cssprop --ss-radius - Corner radius of the article.
 * @cssprop --ss-font - Font family (default: inherited from the page).
 * @cssprop --ss-heading-font - Font family of the title (default: `--ss-font`).
 * @cssprop --ss-gap - Space between the parts.
 * @cssprop --ss-padding - Inner space of the article.
 */
export class SuccessStory extends LitElement {
  static override styles = [styles, layouts];
  static override properties = {
    story: { attribute: false },
    src: { reflect: true },
    storyId: { attribute: 'story-id', reflect: true },
    heading: { reflect: true },
    kicker: { reflect: true },
    category: { reflect: true },
    subject: { reflect: true },
    subjectRole: { attribute: 'subject-role', reflect: true },
    summary: { reflect: true },
    image: { reflect: true },
    imageAlt: { attribute: 'image-alt', reflect: true },
    values: { reflect: true },
    ctaLabel: { attribute: 'cta-label', reflect: true },
    ctaHref: { attribute: 'cta-href', reflect: true },
    layout: { reflect: true, useDefault: true },
    theme: { reflect: true, useDefault: true },
    loading: { reflect: true, useDefault: true },
    quotesInterval: { attribute: 'quotes-interval', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
    _light: { state: true },
    _doc: { state: true },
    _broken: { state: true },
  };

  /** The story to show; when set, it wins over every other source. */
  declare story?: Story | StoryInput | null;
  /** URL of a JSON Story or Collection. */
  declare src?: string | null;
  /** Picks the story of a Collection; without it, the first story in the element's language. */
  declare storyId?: string | null;
  /** The title. */
  declare heading?: string | null;
  /** The line above the title, e.g. "Success story". */
  declare kicker?: string | null;
  /** The category next to the kicker. */
  declare category?: string | null;
  /** The subject's name. */
  declare subject?: string | null;
  /** The subject's role. */
  declare subjectRole?: string | null;
  /** One summary paragraph (blank lines separate several). */
  declare summary?: string | null;
  /** URL of the subject's image. */
  declare image?: string | null;
  /** Text alternative of the image. */
  declare imageAlt?: string | null;
  /** Comma-separated values. */
  declare values?: string | null;
  /** Text of the call-to-action link. */
  declare ctaLabel?: string | null;
  /** URL of the call-to-action link. */
  declare ctaHref?: string | null;
  /** `card`, `compact` (teaser: no milestones, first paragraph only) or `banner`. */
  declare layout: 'card' | 'compact' | 'banner';
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  declare theme: 'light' | 'dark' | 'auto';
  /** `lazy` fetches `src` only when the element nears the viewport. */
  declare loading: 'eager' | 'lazy';
  /** `interval` of the inner `<value-quote>`: milliseconds, or `auto`. */
  declare quotesInterval?: string | null;
  /** Level of the title heading, 1 to 6. */
  declare headingLevel: number;
  declare private _light: number;
  /** What `src` gave: the validated document and its URL, or why it failed. */
  declare private _doc?: { v: Validated<DataDocument>; url: string } | StoryResult;
  declare private _broken?: string;

  /** The element's language, looked up before each render. */
  private _lang!: string;
  private _json?: string;
  private _slotted!: Set<string>;
  private _hasLight?: boolean;
  private _story?: Story;
  /** Set while `src` loads, or when no story could be made; read by render() and updated(). */
  private _state?: 'loading' | 'error';
  private _want?: string;
  private _from?: unknown[];
  private _result?: StoryResult;
  private _reported: unknown[] = [];
  private _queue: [string, unknown][] = [];
  private _busy?: boolean;

  private _source = new SourceController(this, {
    onData: (data, url) => (this._doc = { v: validateDocument(data, { base: url }), url }),
    onError: (error) => {
      // The message names the URL and what went wrong.
      if (error.kind !== 'abort') this._doc = { warnings: [`could not load src: ${error.message}`], error };
    },
  });

  constructor() {
    super();
    this.layout = 'card';
    this.theme = 'light';
    this.loading = 'eager';
    this.headingLevel = 2;
    this._light = 0;
    new ChildrenController(this, () => this._light++);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also true on the first update: the constructor set it.
    if (changed.has('_light' as keyof SuccessStory)) [this._json, this._slotted, this._hasLight] = readLight(this);
    this._lang = resolveLang(this);
    const want = this.story == null && this._json == null ? this.src || undefined : undefined;
    if (want !== this._want || (want && changed.has('loading'))) {
      this._want = want;
      this._doc = undefined;
      this._source.load(want ?? null, { lazy: this.loading === 'lazy' });
    }
    this._resolve();
    for (const [name, allowed] of Object.entries(CHOICES)) {
      const v = this[name as Choice];
      if (valid(this, name as Choice) !== v) {
        const what = name === 'headingLevel' ? 'a whole number from 1 to 6' : `one of ${allowed.join(', ')}`;
        const attr = attributeOf(name);
        warn(this, invalidValue(attr, this.getAttribute(attr) ?? v, what, allowed[0]));
      }
    }
  }

  protected override render() {
    const { _story: s, _state: state, _slotted: slotted } = this;
    if (!s && !this._hasLight && !slotted.size && !state) return nothing;
    const lang = s?.lang || this._lang;
    const t = stringsFor(lang);
    return renderArticle(s, {
      t,
      lang,
      layout: valid(this, 'layout') as string,
      level: valid(this, 'headingLevel') as number,
      slotted,
      body: s
        ? undefined
        : this._hasLight
          ? html`<slot></slot>`
          : slotted.size
            ? undefined
            : state === 'loading'
              ? html`<div class=skeleton></div><p class=vh>${t.storyLoading}</p>`
              : html`<p class=error>${t.storyError}</p>`,
      interval: this.quotesInterval,
      loading: this.loading,
      broken: this._broken,
      onImageError: () => {
        this._broken = s!.subject!.image;
        warn(this, `the image ${this._broken} could not be loaded; it is hidden`);
      },
    });
  }

  protected override updated(): void {
    const busy = this._state === 'loading';
    // Only the aria-busy this element set is removed.
    if (busy) this.setAttribute('aria-busy', 'true');
    else if (this._busy) this.removeAttribute('aria-busy');
    this._busy = busy;
    for (const [type, detail] of this._queue.splice(0)) emit(this, type, detail);
  }

  /**
   * Picks the data source (first found wins), lays the attributes over it and reports it.
   * Runs on every update; it makes the source's result again only when what that depends on
   * changed, and reports only a new outcome, so warnings and events are not repeated.
   */
  private _resolve(): void {
    const { story, _json: json, _doc: doc } = this;
    const id = this.storyId || undefined;
    const lang = this._lang;
    const from = story != null ? [story] : json != null ? [json, id, lang] : doc ? [doc, id, lang] : [];
    if (!same(from, this._from)) {
      this._from = from;
      this._result = story != null ? fromObject(story) : json != null ? fromJson(json, id, lang) : doc && ('v' in doc ? fromDocument(doc.v, id, lang, doc.url) : doc);
    }
    const r = this._result;
    const attrs = ATTRIBUTE_FIELDS.map((k) => this[k]);
    const pending = !r && !!this.src;
    const heading = this._slotted.has('heading');
    const key = [r, pending, heading, ...attrs];
    if (same(key, this._reported)) return;
    if (r !== this._reported[0]) resetWarnings(this);
    this._reported = key;
    for (const w of r?.warnings ?? []) warn(this, w);
    let s: Story | undefined;
    let error = r?.error;
    if (r ? r.story : !pending && attrs.some((a) => a != null)) {
      s = withAttributes(r?.story, this, (w) => warn(this, w));
      if (!s.title && !heading) {
        const m = 'heading: expected a string';
        warn(this, m);
        error = fail([m]);
        s = undefined;
      }
    }
    this._story = s;
    this._broken = undefined;
    this._state = pending ? 'loading' : s || !error ? undefined : 'error';
    if (error) this._queue.push(['story-error', { error }]);
    if (s) this._queue.push(['story-load', { story: s }]);
  }
}

declare global {
  interface HTMLElementEventMap {
    'story-load': CustomEvent<StoryLoadDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
  }
}
