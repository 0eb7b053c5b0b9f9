// One guide per way of putting the elements on a page. The code follows what the integration
// pages and tests run (demo/integrations/, test/integrations/); CDN addresses carry the version.
import { codeBlock, html } from './html.mjs';

const cdnOf = (pkg) => `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist`;

const scriptTag = (pkg) => html`<h1>Script tag</h1>
<p class="lead">One stylesheet and one script, and the elements anywhere in the page, before or after them. No build step.</p>
<h2>ES module</h2>
${codeBlock(`<link rel="stylesheet" href="${cdnOf(pkg)}/success-story.css">
<script type="module" src="${cdnOf(pkg)}/success-story.js"></script>

<success-story src="/stories.json" story-id="alibaba-en"></success-story>`)}
<p>The stylesheet is optional: it lays the plain HTML inside the elements out as the upgraded elements will be, so nothing moves when the script runs.</p>
<h2>Classic script</h2>
<p>Where only classic scripts are allowed (tag managers, old CMS fields), the same file as an immediately invoked function:</p>
${codeBlock(`<script src="${cdnOf(pkg)}/success-story.iife.js" defer></script>`)}
<h2>Quotes alone</h2>
<p><code>value-quote.js</code> defines <code>&lt;value-quote&gt;</code> only, for pages that show no story:</p>
${codeBlock(`<script type="module" src="${cdnOf(pkg)}/value-quote.js"></script>`)}
<h2>Good to know</h2>
<ul>
<li>Pin the version in the address: a page keeps working when a new version is published.</li>
<li>To serve the files yourself, copy <code>dist/success-story.js</code> (and the stylesheet) from the npm package to your site.</li>
<li>Loading a file twice, or next to the package's modules or another copy of Lit, is harmless: each element is defined once.</li>
<li>On a page with a Content-Security-Policy, see <a href="security.html">Security</a>.</li>
</ul>`;

const npm = (pkg) => html`<h1>npm and bundlers</h1>
<p class="lead">With Vite, webpack, Rollup or esbuild, the package's modules share Lit with your app.</p>
${codeBlock(`npm install ${pkg.name}`, 'sh')}
${codeBlock(`import '${pkg.name}';                  // defines <success-story> and <value-quote>
import '${pkg.name}/value-quote.js';   // or only <value-quote>
import type { Story, QuoteChangeDetail } from '${pkg.name}';`, 'js')}
<h2>TypeScript</h2>
<p>Importing the package types <code>document.querySelector('value-quote')</code> as <code>ValueQuote | null</code>, and each event listener's <code>event.detail</code> with the event's own detail type:</p>
${codeBlock(`const quote = document.querySelector('value-quote');
quote?.addEventListener('quote-change', (event) => {
  console.log(event.detail.index, event.detail.quote.text);
});`, 'ts')}
<h2>Tools</h2>
<p><code>custom-elements.json</code> (also named by the <code>customElements</code> field of <code>package.json</code>) describes every attribute, property, method, event, slot, part and custom property; editors and Storybook read it, and these pages are generated from it.</p>
<p>Only the entries that define elements have side effects, so a bundler drops every module your app does not import.</p>`;

const cms = (pkg) => html`<h1>CMS and plain HTML</h1>
<p class="lead">Turn the JSON into HTML once, paste it into the page, and add the script: the story is readable without JavaScript and by crawlers, and the script upgrades it in place.</p>
<h2>Make the HTML</h2>
${codeBlock(`npx success-story-html --story-id alibaba --base https://example.com/stories/alibaba.json alibaba.json > story.html`, 'sh')}
<p>Options: <code>--story-id</code>, <code>--lang</code> (picks the story of a Collection), <code>--heading-level</code>, <code>--base</code> (resolves the file's relative links), <code>--no-json</code>; <code>-</code> reads standard input. A validation error is printed with its field's path and nothing is written; unsafe links are dropped with a warning. From Node, the same renderer is <code>storyHtml(json, options)</code>.</p>
<h2>WordPress "Custom HTML" block</h2>
${codeBlock(`<link rel="stylesheet" href="${cdnOf(pkg)}/success-story.css">
<!-- paste story.html here -->
<script src="${cdnOf(pkg)}/success-story.iife.js"></script>`)}
<p>The heading, summary, quotes and call to action are slotted; the command also embeds the story as a JSON data block, so the upgraded card draws the other parts with its own styles. Where the CMS refuses scripts in content (WordPress authors without <code>unfiltered_html</code>), use <code>--no-json</code> and load the script from the theme: the other parts then stay as the plain HTML.</p>
<h2>Quotes by hand</h2>
${codeBlock(`<value-quote>
  <figure data-value="Perseverance">
    <blockquote>Perseverance wins success.</blockquote>
    <figcaption>Michel Dupuy</figcaption>
  </figure>
</value-quote>`)}`;

const react = () => html`<h1>React</h1>
<p class="lead">React 19 sets objects as properties on custom elements and listens to their events with <code>on</code> followed by the event's name.</p>
${codeBlock(`import 'success-story';

export function Story({ story, quotes, onIndex }) {
  return (
    <>
      <success-story story={story} onstory-load={(e) => console.log(e.detail.story.title)} />
      <value-quote quotes={quotes} controls="full" onquote-change={(e) => onIndex(e.detail.index)} />
    </>
  );
}`, 'jsx')}
<p>Strings and numbers become attributes (<code>controls="full"</code>), arrays and objects properties (<code>story</code>, <code>quotes</code>). React 18 and earlier set every prop as an attribute and do not listen to custom events: set <code>story</code> and add listeners through a <code>ref</code>.</p>`;

const vue = () => html`<h1>Vue</h1>
<p class="lead">Tell Vue's template compiler that the two tags are custom elements; <code>:story</code> is then set as a property and <code>@story-load</code> is an event listener.</p>
${codeBlock(`// vite.config.js
import vue from '@vitejs/plugin-vue';

export default {
  plugins: [vue({ template: { compilerOptions: {
    isCustomElement: (tag) => tag === 'success-story' || tag === 'value-quote',
  } } })],
};`, 'js')}
${codeBlock(`<script setup>
import 'success-story';
defineProps(['story']);
const onLoad = (event) => console.log(event.detail.story.title);
</script>

<template>
  <success-story :story="story" @story-load="onLoad"></success-story>
  <value-quote :quotes="story.quotes" controls="full"></value-quote>
</template>`, 'vue')}
<p>With templates compiled in the browser, set the same option on the app: <code>app.config.compilerOptions.isCustomElement = (tag) =&gt; tag === 'success-story' || tag === 'value-quote'</code>.</p>`;

const svelte = () => html`<h1>Svelte</h1>
<p class="lead">Svelte 5 passes a prop to a custom element as a property when the element has that property, and <code>on</code> followed by an event's name listens to it.</p>
${codeBlock(`<script>
  import 'success-story';
  let { story } = $props();
</script>

<success-story {story} onstory-load={(e) => console.log(e.detail.story.title)}></success-story>
<value-quote quotes={story.quotes} controls="full" onquote-change={(e) => console.log(e.detail.index)}></value-quote>`, 'svelte')}`;

/** The guides, in the order of the navigation. */
export const GUIDES = [
  { file: 'guide-script-tag.html', title: 'Script tag', description: 'Load the elements with one script tag, as an ES module or a classic script.', body: scriptTag },
  { file: 'guide-npm.html', title: 'npm and bundlers', description: 'Install the package and import the elements, with TypeScript types.', body: npm },
  { file: 'guide-cms.html', title: 'CMS and plain HTML', description: 'Paste a story as crawlable HTML into a CMS with the success-story-html command.', body: cms },
  { file: 'guide-react.html', title: 'React', description: 'Use the elements in React 19.', body: react },
  { file: 'guide-vue.html', title: 'Vue', description: 'Use the elements in Vue 3.', body: vue },
  { file: 'guide-svelte.html', title: 'Svelte', description: 'Use the elements in Svelte 5.', body: svelte },
];
