// The floor: the least a Lit element can cost, three text bindings and nothing else. Bundled
// with its own copy of Lit, as dist/success-story.js carries its own.
import { LitElement, html } from 'lit';

class FloorElement extends LitElement {
  static properties = { text: {}, author: {}, value: {} };

  constructor() {
    super();
    this.text = '';
    this.author = '';
    this.value = '';
  }

  render() {
    return html`<p>${this.text}</p><p>${this.author}</p><p>${this.value}</p>`;
  }
}

customElements.define('floor-element', FloorElement);
