import { css } from '../internal/stylesheet.js';

// Transparent on purpose: colours and font come from the page. Sizes here are mirrored by
// the `:not(:defined)` rules of src/fallback.css, so the upgrade shifts nothing.
// A `var()` without fallback on an inherited property inherits when the custom property is
// not set, which is the default wanted for the font and colours.
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    row-gap: var(--ss-gap, 1em);
    font-family: var(--ss-font);
  }
  :host([hidden]) {
    display: none;
  }
  /* The reading direction as a factor: quotes slide, and previous and next point, along it. */
  :host(:dir(rtl)) {
    --r: -1;
  }
  .slides {
    display: flex;
  }
  .q {
    /* Every quote in the same place: the element is as tall as its tallest quote. */
    flex: none;
    inline-size: 100%;
    margin-inline-end: -100%;
    /* A short quote sits in the middle of the room the tallest one keeps. */
    align-self: center;
    transition: var(--ss-transition-duration, 0.5s);
    transition-property: opacity, translate;
  }
  /* A quote leaving is hidden at once, the one arriving fades (and slides) in: two quotes
     never show on top of each other. */
  .q:not(.on) {
    visibility: hidden;
    opacity: 0;
  }
  .slide .q:not(.on) {
    translate: calc(var(--r, 1)*1.5em);
  }
  .none .q {
    transition: none;
  }
  figure,
  blockquote,
  p {
    margin: 0;
  }
  /* Half the figure's em (theirs is 0.875 of it): the gap of the page stylesheet's fallback. */
  figcaption,
  [part=note] {
    margin-block-start: calc(0.5em / 0.875);
  }
  /* A type scale on the page's own font: the quote well above the text around it, in lines
     short enough to read, the author smaller and bolder. A story sets its own --_quote-size. */
  [part=text] {
    max-inline-size: 32em;
    font-size: var(--ss-quote-size, var(--_quote-size, 1.5em));
    line-height: 1.35;
    text-wrap: pretty;
  }
  figcaption,
  p {
    color: var(--ss-muted);
  }
  figcaption {
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  figcaption:before {
    content: '— ';
  }
  a,
  mark,
  button {
    color: inherit;
  }
  /* A marker stroke under the value word: emphasis, not the look of a selection. Colour only,
     so the word takes the same room as in the quotes waiting their turn. */
  mark {
    background: linear-gradient(transparent 58%, color-mix(in srgb, var(--ss-accent, currentColor) 30%, transparent) 0);
  }
  p {
    font-size: 0.875em;
  }
  [part=original] {
    font-style: italic;
  }
  .controls,
  [part=dots] {
    display: flex;
    flex-wrap: wrap;
  }
  .controls {
    /* After the quotes on screen, though first in tab order (APG). */
    order: 1;
    align-items: center;
    gap: 0.5em;
  }
  button {
    font: inherit;
    background: none;
    padding: 0;
    border: 0;
    cursor: pointer;
  }
  .controls button {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    /* At least 3:1 against the page and a story's quote panel (WCAG 1.4.11). */
    border: 1px solid color-mix(in srgb, currentColor 70%, transparent);
    border-radius: var(--ss-radius, 50%);
  }
  button:focus-visible {
    outline: 2px solid var(--ss-accent, currentColor);
    outline-offset: 2px;
  }
  svg {
    /* The square viewBox gives the height. */
    inline-size: 1em;
    fill: currentColor;
  }
  /* Play and pause are media symbols, never mirrored. */
  [part~=previous] svg {
    scale: var(--r, 1) 1;
  }
  [part~=next] svg {
    scale: calc(-1*var(--r, 1)) 1;
  }
  .controls [part~=dot] {
    /* 1.5em keeps a 24 px target at the usual font size (WCAG 2.5.8). */
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 0;
  }
  [part~=dot]:before {
    /* A 0.625em disc inside its 1px ring. */
    content: '';
    padding: 0.3125em;
    border-radius: 50%;
    border: 1px solid;
  }
  /* The border takes the dot's colour (currentColor) too. */
  [aria-current]:before {
    color: var(--ss-accent);
    background: currentColor;
  }
  [part=toggle] {
    text-decoration: underline;
  }
  @media (prefers-reduced-motion: reduce) {
    .q {
      transition: none;
    }
  }
  /* Forced colours paint every background as the page's, which would leave the current dot
     hollow like the others: it keeps a fill in the text's system colour. */
  @media (forced-colors: active) {
    [aria-current]:before {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .slides {
      display: block;
    }
    /* As specific as the slide rule, so waiting quotes are not left shifted on paper. */
    .q,
    .slides .q:not(.on) {
      visibility: visible;
      opacity: 1;
      translate: none;
      transition: none;
      margin-block: 0 1em;
      margin-inline: 0;
    }
  }
`;
