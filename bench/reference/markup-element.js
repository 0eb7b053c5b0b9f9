// The markup alone: <value-quote>'s own templates and styles, bundled with its own copy of Lit
// as the floor is, with nothing read, validated, observed or timed; its four quotes (the page's)
// and its strings are constants. Between the floor and <value-quote>, it tells what the
// contract's markup costs (every quote laid out in its slide group, the figure and caption, the
// controls) from what our logic adds to it.
import { LitElement } from 'lit';
import { renderControls, renderQuotes } from '../../src/value-quote/templates.ts';
import { styles } from '../../src/value-quote/value-quote.styles.ts';
import { stringsFor } from '../../src/i18n/strings.ts';
import collection from '../collection.json';

// What <value-quote> reads from the page's figures (bench/pages.mjs writes text, author and value).
const quotes = collection.stories.find(({ lang }) => lang === 'en').quotes.map(({ text, author, value }) => ({ text, author, value }));
const strings = stringsFor('en');
const ignore = () => {};

class MarkupElement extends LitElement {
  static styles = styles;

  render() {
    return renderQuotes(
      { quotes, strings, lang: 'en', transition: 'fade', live: 'off', currentIndex: 0, highlight: true, openOriginal: -1, onToggleOriginal: ignore },
      renderControls({ strings, paused: false, full: false, count: quotes.length, currentIndex: 0, onPlayPause: ignore, onNavigate: ignore, onKeydown: ignore }),
    );
  }
}

customElements.define('markup-element', MarkupElement);
