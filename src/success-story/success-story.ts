import { LitElement, html } from 'lit';

/**
 * Renders one success story as an article.
 * @tag success-story
 */
export class SuccessStory extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
