import { LitElement, html, nothing } from 'lit';
import type { Story, StoryInput } from '../data/types.js';
import { choose } from '../internal/choices.js';
import { EventQueue } from '../internal/events.js';
import { HostAttributes } from '../internal/host-attributes.js';
import { warnerFor } from '../internal/warn.js';
import { resolveLang } from '../i18n/lang.js';
import { addBundledStrings, stringsFor } from '../i18n/strings.js';
import { storyStrings } from '../i18n/story.js';
import { StoryController } from './story-controller.js';
import { renderArticle } from './templates.js';
import { styles } from './success-story.styles.js';
import { layouts } from './layouts.styles.js';

// The story's own strings join the English and French tables that the quotes bring.
addBundledStrings(storyStrings);

// The values of the enumerated attributes, the default first.
const LAYOUTS = ['card', 'compact', 'banner'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const LOADINGS = ['eager', 'lazy'] as const;
const HEADING_LEVELS = [2, 1, 3, 4, 5, 6] as const;

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
    quotesLabel: { attribute: 'quotes-label', reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true, useDefault: true },
    _brokenImage: { state: true },
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
  layout: 'card' | 'compact' | 'banner' = 'card';
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'light';
  /** `lazy` fetches `src` only when the element nears the viewport. */
  loading: 'eager' | 'lazy' = 'eager';
  /** `interval` of the inner `<value-quote>`: milliseconds, or `auto`. */
  declare quotesInterval?: string | null;
  /**
   * Accessible name of the inner `<value-quote>` carousel (its `label`); without it, "Quotes —"
   * and the story's title. A page that shows the same story more than once gives each copy its
   * own, so every carousel region has a distinct name.
   */
  declare quotesLabel?: string | null;
  /** Level of the title heading, 1 to 6. */
  headingLevel = 2;
  /** URL of the subject's image when it failed to load: it is not shown again. */
  declare private _brokenImage?: string;

  private _language!: string;
  /** The layout and heading level to render: the attributes' when valid, else the defaults. */
  private _layout: (typeof LAYOUTS)[number] = 'card';
  private _headingLevel: number = 2;
  private readonly _warner = warnerFor(this, 'success-story');
  private readonly _hostAttributes = new HostAttributes(this);
  private readonly _events = new EventQueue(this);
  private readonly _content = new StoryController(this, { warner: this._warner, eventQueue: this._events });

  protected override willUpdate(): void {
    this._language = resolveLang(this);
    if (this._content.update(this._language)) this._brokenImage = undefined;
    const warn = this._warner.warn;
    this._layout = choose(this, 'layout', this.layout, LAYOUTS, warn);
    choose(this, 'theme', this.theme, THEMES, warn);
    choose(this, 'loading', this.loading, LOADINGS, warn);
    this._headingLevel = choose(this, 'heading-level', this.headingLevel, HEADING_LEVELS, warn, 'a whole number from 1 to 6');
    this._hostAttributes.write({ 'aria-busy': this._content.pending ? 'true' : null });
  }

  protected override render() {
    const { story, pending, error } = this._content;
    const { slotted, hasFallback } = this._content.lightDom;
    const failed = !story && !!error;
    if (!story && !hasFallback && !slotted.size && !pending && !failed) return nothing;
    const lang = story?.lang || this._language;
    const strings = stringsFor(lang);
    return renderArticle({
      story,
      strings,
      lang,
      layout: this._layout,
      headingLevel: this._headingLevel,
      slotted,
      body: story
        ? undefined
        : hasFallback
          ? html`<slot></slot>`
          : slotted.size
            ? undefined
            : pending
              ? html`<div class=skeleton></div><p class=vh>${strings.storyLoading}</p>`
              : html`<p class=error>${strings.storyError}</p>`,
      quotesInterval: this.quotesInterval,
      quotesLabel: this.quotesLabel,
      loading: this.loading,
      brokenImage: this._brokenImage,
      onImageError: () => {
        this._brokenImage = story!.subject!.image;
        this._warner.warn(`the image ${this._brokenImage} could not be loaded; it is hidden`);
      },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'story-load': CustomEvent<StoryLoadDetail>;
    'story-error': CustomEvent<StoryErrorDetail>;
  }
}
