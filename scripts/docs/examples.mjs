// The live examples of each element's page. Each `source` is inserted into the page as it is,
// where the real bundle upgrades it, and shown beside it as escaped text: what runs is what a
// reader copies. `data/alibaba.json` is the demo's story, copied next to the pages.
// The examples sit under an <h3>, so the stories' titles are <h4> (`heading-level="4"`).

/** @typedef {{ id: string, title: string, text: string, source: string, wide?: boolean }} Example */
// `wide` puts the source below the example, for layouts that need the page's whole width.

/** @type {Record<string, Example[]>} */
export const EXAMPLES = {
  'value-quote': [
    {
      id: 'light-dom',
      title: 'Quotes written in the page',
      text: 'The quotes are plain HTML inside the element: readable without JavaScript and by crawlers, then rotated once the script runs. With several carousels on a page, label names each one for screen readers.',
      source: `
<value-quote label="Quotes on courage and rigour">
  <figure data-value="Courage">
    <blockquote>First you must know what you want, then you must have the courage to say it, then the energy to do it.</blockquote>
    <figcaption>Georges Clemenceau</figcaption>
  </figure>
  <figure data-value="Rigour">
    <blockquote>Rigour always gets the better of the obstacle.</blockquote>
    <figcaption>Leonardo da Vinci</figcaption>
  </figure>
</value-quote>`,
    },
    {
      id: 'full-controls',
      title: 'From a JSON file, with every control',
      text: 'controls="full" adds previous, next and a dot per quote; transition="slide" slides instead of fading. Arrow keys, Home and End work on the controls.',
      source: `
<value-quote src="data/alibaba.json" story-id="alibaba-en" controls="full" transition="slide"
  label="Quotes of the Alibaba story"></value-quote>`,
    },
    {
      id: 'attributes',
      title: 'One quote from attributes',
      text: 'Without any other source, text, author and value make one quote; a single quote does not rotate.',
      source: `
<value-quote text="Perseverance wins success." author="Michel Dupuy" value="Perseverance"></value-quote>`,
    },
    {
      id: 'languages',
      title: 'Languages',
      text: 'lang sets the interface strings and the quotation marks. A translated quote offers its original text behind a button.',
      source: `
<value-quote lang="fr" src="data/alibaba.json" story-id="alibaba" paused label="Citations en français"></value-quote>
<value-quote lang="en" src="data/alibaba.json" story-id="alibaba-en" paused label="Quotes in English"></value-quote>`,
    },
    {
      id: 'filter',
      title: 'Some values only, shuffled, timed by length',
      text: 'value keeps the quotes of the values listed (case and accents do not matter); order="shuffle" shows each once per cycle; interval="auto" gives longer quotes more time.',
      source: `
<value-quote src="data/alibaba.json" story-id="alibaba-en" value="courage, rigour" order="shuffle" interval="auto"
  label="Quotes on courage and rigour, shuffled"></value-quote>`,
    },
    {
      id: 'theming',
      title: 'Theming with --ss-* and ::part',
      text: 'Custom properties set colours, sizes and timing; ::part() reaches the inner parts. The element has no background of its own: the panel around it gives one.',
      source: `
<style>
  .quote-panel {
    padding: 1.25rem;
    border-radius: 0.75rem;
    background: #fff7ed;
    color: #431407;
    --ss-accent: #9a3412;
    --ss-muted: #7c2d12;
    --ss-quote-size: 1.5em;
    --ss-font: Georgia, serif;
  }
  .quote-panel value-quote::part(value) {
    background: none;
    text-decoration: underline 0.12em;
  }
  .quote-panel value-quote::part(author) {
    font-style: italic;
  }
</style>
<div class="quote-panel">
  <value-quote src="data/alibaba.json" story-id="alibaba-en" controls="full" label="Quotes, themed"></value-quote>
</div>`,
    },
  ],
  'success-story': [
    {
      id: 'card',
      title: 'Card, the default layout',
      text: 'The English story of a file that holds two, picked by story-id. This page shows the same story several times, so each example names its carousel of quotes with quotes-label: a reader moving between regions can tell them apart.',
      source: `
<success-story src="data/alibaba.json" story-id="alibaba-en" heading-level="4" quotes-label="Quotes, card layout"></success-story>`,
    },
    {
      id: 'compact',
      title: 'Compact',
      text: 'layout="compact": a teaser for lists and sidebars, first summary paragraph only, no timeline.',
      source: `
<success-story src="data/alibaba.json" story-id="alibaba-en" layout="compact" heading-level="4" quotes-label="Quotes, compact layout"></success-story>`,
    },
    {
      id: 'banner',
      title: 'Banner',
      wide: true,
      text: 'layout="banner" goes to two columns when the element is at least 48rem wide, one below.',
      source: `
<success-story src="data/alibaba.json" story-id="alibaba-en" layout="banner" heading-level="4" quotes-label="Quotes, banner layout"></success-story>`,
    },
    {
      id: 'themes',
      title: 'Dark and automatic themes',
      text: 'theme="dark" always; theme="auto" follows the reader\'s system setting.',
      source: `
<success-story src="data/alibaba.json" story-id="alibaba-en" layout="compact" theme="dark" heading-level="4" quotes-label="Quotes, dark theme"></success-story>
<success-story src="data/alibaba.json" story-id="alibaba-en" layout="compact" theme="auto" heading-level="4" quotes-label="Quotes, automatic theme"></success-story>`,
    },
    {
      id: 'languages',
      title: 'Languages',
      text: 'Without story-id, the element shows the story of the file in its own language, and its strings, dates and quotation marks follow.',
      source: `
<success-story src="data/alibaba.json" lang="fr" layout="compact" heading-level="4"></success-story>
<success-story src="data/alibaba.json" lang="en" layout="compact" heading-level="4"></success-story>`,
    },
    {
      id: 'attributes',
      title: 'Attributes alone',
      text: 'A short story needs no file: the attributes are the data. Over a file, they replace the matching fields.',
      source: `
<success-story heading="BlaBlaCar: trust between strangers" kicker="Success story"
  category="Business development" subject="Frédéric Mazzella" subject-role="Founder of BlaBlaCar"
  summary="How a car-sharing idea became a network of millions." values="Trust, Community"
  heading-level="4"></success-story>`,
    },
    {
      id: 'inline-json',
      title: 'Inline JSON and slots',
      text: 'The story as a JSON data block inside the element; a slotted heading and call to action replace the rendered ones and keep the page\'s markup.',
      source: `
<success-story layout="compact">
  <script type="application/json">
    { "title": "Jack Ma: never give up", "lang": "en", "kicker": "Success story",
      "summary": "Rejected again and again, he kept going.", "values": ["Perseverance"] }
  </script>
  <h4 slot="heading">Jack Ma: never give up</h4>
  <a slot="cta" href="#example-inline-json">Read more success stories</a>
</success-story>`,
    },
    {
      id: 'theming',
      title: 'Theming with --ss-* and ::part',
      text: 'Custom properties set the colours, corners, fonts and spacing of both themes; ::part() styles any part, the inner quote\'s included.',
      source: `
<style>
  .brand-story {
    --ss-accent: #0f5f4f;
    --ss-on-accent: #ffffff;
    --ss-bg: #f4fbf8;
    --ss-fg: #10231e;
    --ss-muted: #3d5a52;
    --ss-border: #b9ddd2;
    --ss-radius: 0.25rem;
    --ss-heading-font: Georgia, serif;
  }
  .brand-story::part(title) {
    letter-spacing: -0.01em;
  }
  .brand-story::part(cta) {
    text-transform: uppercase;
  }
  .brand-story::part(text) {
    font-style: italic;
  }
</style>
<success-story class="brand-story" src="data/alibaba.json" story-id="alibaba-en" heading-level="4" quotes-label="Quotes, in the brand's style"></success-story>`,
    },
  ],
};
