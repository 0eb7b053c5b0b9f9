import { css } from 'lit';

// The two layouts besides the card. Each one reflows with the width of the element itself
// (container queries on the host), not of the viewport, so a banner in a sidebar stays a column.
export const layouts = css`
  /* compact: a teaser for sidebars and lists */
  :host([layout='compact']) :is(.milestones, .summary p:not(:first-child), section > :first-child) {
    display: none;
  }
  :host([layout='compact']) [part='title'] {
    font-size: 1.25rem;
  }
  :host([layout='compact']) [part='image'] {
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  :host([layout='compact']) .quotes {
    --ss-quote-size: 1.0625em;
  }
  @container (min-width: 36rem) {
    :host([layout='compact']) article {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    :host([layout='compact']) :is(header, .summary, .fallback) {
      grid-column: 1;
    }
    :host([layout='compact']) .aside {
      flex-direction: column;
      grid-column: 2;
      grid-row: 1 / span 3;
    }
    :host([layout='compact']) footer {
      grid-column: 1 / -1;
    }
  }

  /* banner: a wide hero strip */
  :host([layout='banner']) article {
    border: 0;
    background: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  }
  :host([layout='banner']) [part='title'] {
    font-size: clamp(1.625rem, 1rem + 2.6cqi, 2.625rem);
  }
  @container (min-width: 48rem) {
    :host([layout='banner']) article {
      display: grid;
      grid-template: auto auto 1fr auto auto / minmax(0, 3fr) minmax(0, 2fr);
      grid-template-areas: 'head aside' 'summary aside' 'fallback aside' 'steps steps' 'foot foot';
      column-gap: calc(var(--_gap) * 2.5);
    }
    :host([layout='banner']) header {
      grid-area: head;
    }
    :host([layout='banner']) .summary {
      grid-area: summary;
    }
    :host([layout='banner']) .fallback {
      grid-area: fallback;
    }
    :host([layout='banner']) .aside {
      flex-direction: column;
      grid-area: aside;
    }
    :host([layout='banner']) .milestones {
      grid-area: steps;
    }
    :host([layout='banner']) footer {
      grid-area: foot;
    }
    :host([layout='banner']) [part='image'] {
      inline-size: 6rem;
      block-size: 6rem;
    }
    :host([layout='banner']) [part='milestones'] {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: var(--_gap);
      margin: 0;
      padding: 1.25rem 0 0;
      border: 0;
      border-block-start: 2px solid var(--_line);
    }
    :host([layout='banner']) [part='milestones'] li::before {
      inset-inline-start: 0;
      inset-block-start: calc(-1.25rem - 7px);
    }
  }
`;
