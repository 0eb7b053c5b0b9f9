import { css } from '../internal/stylesheet.js';

// The two layouts besides the card, keyed on the article's class (the element's valid
// `layout`). Each one reflows with the width of the element itself (container queries on the
// host), not of the viewport, so a banner in a sidebar stays a column.
// Both become the article's two-column grid (see its `grid-template`) when wide: text on the
// left, the aside beside it, the rest across. The placements only act on a grid.
export const layouts = css`
  header,
  .summary,
  .fallback {
    grid-column: 1;
  }
  .aside {
    grid-area: 1 / 2 / span 3;
  }
  .milestones,
  footer {
    grid-column: 1 / -1;
  }

  /* compact: a teaser for sidebars and lists */
  .compact {
    --_spacing: var(--ss-gap, 0.75rem);
    padding: var(--ss-padding, 1rem);
  }
  .compact :is(.milestones, .summary p+p, section > :first-child) {
    display: none;
  }
  .compact [part=title] {
    font-size: 1.25rem;
  }
  .compact [part=image] {
    inline-size: 2.5rem;
  }
  .compact .quotes {
    --_quote-size: 1.0625em;
  }
  @container (min-width: 36rem) {
    .compact {
      display: grid;
      align-items: start;
    }
  }

  /* banner: a wide hero strip */
  .banner {
    border: 0;
    background: color-mix(in srgb, var(--_accent) 9%, var(--_background));
  }
  .banner [part=title] {
    font-size: clamp(1.625rem, 1rem + 2.6cqi, 2.625rem);
  }
  @container (min-width: 48rem) {
    .banner {
      display: grid;
      column-gap: calc(var(--_spacing) * 2.5);
    }
    .banner .aside {
      flex-flow: column;
    }
    .banner [part=image] {
      inline-size: 6rem;
    }
    /* The timeline runs across, its dots on the line above. */
    .banner [part=milestones] {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: var(--_spacing);
      margin: 0;
      padding: 1.25rem 0 0;
      border: 0;
      border-block-start: 2px solid var(--_line);
    }
    .banner [part=milestones] li::before {
      inset-inline-start: 0;
      inset-block-start: calc(-1.25rem - 7px);
    }
  }
`;
