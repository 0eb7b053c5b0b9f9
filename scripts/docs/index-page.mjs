// The front page of the documentation: the two elements in a sentence each, the shortest
// page that uses them, and where to read on.
import { codeBlock, html, inline } from './html.mjs';

/** The body of the overview page. */
export function indexPage({ elements, pkg }) {
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist`;
  return html`<h1>${pkg.name}</h1>
<p class="lead">${pkg.description} One script tag, no framework, no third-party request; the plain HTML inside the tags is the fallback.</p>
<h2>The elements</h2>
<ul class="cards">
${elements.map((element) => html`<li><a href="${element.tag}.html"><code>&lt;${element.tag}&gt;</code></a>: ${inline(element.summary)}</li>\n`)}<li><a href="data-format.html">Data format</a>: the JSON both read, field by field.</li>
</ul>
<h2>Quick start</h2>
${codeBlock(`<link rel="stylesheet" href="${cdn}/success-story.css">
<script type="module" src="${cdn}/success-story.js"></script>

<success-story src="/stories.json" story-id="alibaba-en"></success-story>

<value-quote>
  <figure data-value="Perseverance">
    <blockquote>Perseverance wins success.</blockquote>
    <figcaption>Michel Dupuy</figcaption>
  </figure>
</value-quote>`)}
<h2>Ways in</h2>
<ul>
<li><a href="guide-script-tag.html">Script tag</a>: any page, no build step.</li>
<li><a href="guide-npm.html">npm and bundlers</a>: with TypeScript types.</li>
<li><a href="guide-cms.html">CMS and plain HTML</a>: crawlable HTML that works without JavaScript.</li>
<li><a href="guide-react.html">React</a>, <a href="guide-vue.html">Vue</a>, <a href="guide-svelte.html">Svelte</a>.</li>
</ul>
<h2>Good to know</h2>
<ul>
<li><a href="accessibility.html">Accessibility</a>: a WAI-ARIA carousel under the reader's control.</li>
<li><a href="security.html">Security</a>: every string is text, links are filtered, strict Content-Security-Policy and Trusted Types work.</li>
<li><a href="browsers.html">Browser support</a>: Chromium, Firefox and WebKit, tested on every change.</li>
</ul>`;
}
