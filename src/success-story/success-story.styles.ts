import { css } from '../internal/stylesheet.js';

// Colours come in pairs through light-dark(), so one `color-scheme` per theme switches them
// all and `theme="auto"` follows prefers-color-scheme without a second palette. Only colours
// used in several places get a private variable. An unset `var(--ss-font)` falls back to
// inheritance, which is the default we want. Spacing is logical, so dir="rtl" mirrors it all.
// Rules that share declarations are merged; each part keeps only what differs from the
// defaults (margins are reset once for everything).
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    color-scheme: light;
    --_accent: var(--ss-accent, light-dark(#b33c0b, #ff9d5c));
    --_background: var(--ss-bg, light-dark(#fff, #1a1b1f));
    --_muted: var(--ss-muted, light-dark(#545a65, #aab1bd));
    --_line: var(--ss-border, light-dark(#dfe2e8, #3a3e48));
    --_spacing: var(--ss-gap, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  article,
  header,
  section,
  .summary,
  .fallback,
  .aside {
    display: flex;
    flex-flow: column;
    gap: var(--_spacing);
  }
  article {
    padding: var(--ss-padding, 1.5rem);
    border: 1px solid var(--_line);
    border-radius: var(--ss-radius, 1rem);
    background: var(--_background);
    color: var(--ss-fg, light-dark(#1d2026, #eef0f3));
    font-family: var(--ss-font);
    line-height: 1.55;
    /* Long words break when the card is narrow and the text large (200 % in 320 px): unlike
       break-word, anywhere lets flex and grid items (the subject, the timeline) shrink too. */
    overflow-wrap: anywhere;
    /* Used by the compact and banner layouts once they are wide enough to be a grid. */
    grid-template: auto auto 1fr / minmax(0, 3fr) minmax(0, 2fr);
  }
  *,
  ::slotted(*) {
    margin-block: 0;
  }
  /* Each paragraph takes the direction of its own words, so an English story on a right-to-left
     page keeps its full stops after its sentences. It still lines up with the mirrored card:
     with plaintext, "start" would follow the paragraph, hence the physical side. */
  p,
  li,
  [part=title] {
    unicode-bidi: plaintext;
  }
  :host(:dir(rtl)) :is(p, li, [part=title]) {
    text-align: right;
  }
  /* The eyebrow above the title and the labels of the sections share one small-caps style. */
  .eyebrow,
  section > :first-child {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .eyebrow,
  [part=values],
  footer {
    display: flex;
    flex-wrap: wrap;
  }
  .eyebrow {
    gap: 0.125rem 1rem;
    margin-block-end: calc(var(--_spacing) * -0.5);
  }
  /* Small print in the accent colour: kicker, dates, values. */
  [part=kicker],
  .date,
  [part=values] li {
    color: var(--_accent);
  }
  .date,
  [part=values] li,
  [part=source] {
    font-size: 0.875rem;
  }
  [part=title] {
    font-family: var(--ss-heading-font);
    font-size: clamp(1.375rem, 1.1rem + 1.8cqi, 2.25rem);
    line-height: 1.2;
    text-wrap: balance;
  }
  [part=subject] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  [part=image] {
    flex: none;
    inline-size: 3.5rem;
    aspect-ratio: 1;
    border-radius: 50%;
    object-fit: cover;
  }
  .name,
  .date {
    display: block;
    font-weight: 700;
  }
  .role,
  [part=source],
  .error {
    color: var(--_muted);
  }
  /* Lines short enough to read in a full-width card. */
  .summary {
    max-inline-size: 68ch;
    gap: 0.75em;
  }
  section,
  [part=values] {
    gap: 0.5rem;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  [part=values] li {
    padding: 0.125rem 0.75rem;
    border: 1px solid;
    border-radius: 2em;
    font-weight: 600;
  }
  /* The story's quotes are a step smaller than a lone one; a page's --ss-quote-size still wins. */
  .quotes {
    --_quote-size: 1.25em;
  }
  value-quote,
  ::slotted([slot=quotes]) {
    --ss-accent: var(--_accent);
    --ss-muted: var(--_muted);
    padding: var(--_spacing);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--ss-radius, 1rem) / 2);
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
  }
  [part=milestones] {
    display: grid;
    gap: 0.75rem;
    margin-inline-start: 0.375rem;
    padding-inline-start: 1.25rem;
    border-inline-start: 2px solid var(--_line);
    & li {
      position: relative;
    }
    /* The dot on the line: 12px across, its border cut out of the line in the background colour. */
    & li::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(-1.25rem - 7px);
      inset-block-start: 0.4em;
      padding: 4px;
      border: 2px solid var(--_background);
      border-radius: 50%;
      background: var(--_accent);
    }
  }
  footer {
    align-items: center;
    justify-content: space-between;
    gap: var(--_spacing);
  }
  /* A flex item of the footer, so it is a block without saying so. */
  [part=cta],
  ::slotted(a[slot=cta]) {
    padding: 0.625rem 1.25rem;
    text-align: center;
    border-radius: 2em;
    background: var(--_accent);
    color: var(--ss-on-accent, light-dark(#fff, #1a1b1f));
    font-weight: 700;
    text-decoration: none;
  }
  /* On a narrow card the call to action takes the whole line rather than wrap inside its pill. */
  @container (max-width: 30rem) {
    [part=cta],
    ::slotted(a[slot=cta]) {
      flex: 1 1 100%;
    }
  }
  [part=cta]:hover {
    text-decoration: underline;
  }
  /* Forced colours drop the pill's background: a border keeps the call to action's shape. */
  @media (forced-colors: active) {
    [part=cta],
    ::slotted(a[slot=cta]) {
      border: 1px solid;
    }
  }
  a {
    color: inherit;
  }
  a:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Lines of text to come, at a fixed height so nothing moves while the data loads. */
  .skeleton {
    block-size: 9.75rem;
    background: repeating-linear-gradient(var(--_line) 0 1rem, transparent 0 1.75rem);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1s infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  .vh {
    position: absolute;
    clip-path: inset(50%);
  }
  @container (min-width: 40rem) {
    /* The compact aside stays a column (the banner's too, once it is a grid). */
    :not(.compact) > .aside {
      flex-flow: row;
      align-items: flex-start;
    }
    .values {
      flex: 1 1 0;
    }
    .quotes {
      flex: 2 1 0;
      min-inline-size: 0;
    }
    [part=image] {
      inline-size: 4.5rem;
    }
  }
`;
