// The accessibility statement (with docs/accessibility.md itself, the requirements and the
// tests that prove them, so the two never disagree), the security notes (SECURITY.md itself,
// and a policy to start from) and the browsers the elements are tested in.
import { codeBlock, html } from './html.mjs';
import { markdown } from './markdown.mjs';

const accessibility = ({ accessibilityNotes }) => html`<h1>Accessibility</h1>
<p class="lead">The elements aim at WCAG 2.2 level AA, and <code>&lt;value-quote&gt;</code> follows the WAI-ARIA Authoring Practices carousel pattern.</p>
<h2>What a reader gets</h2>
<ul>
<li><strong>Rotation under the reader's control.</strong> The pause button comes first in the tab order. Rotation stops while the pointer is over the quotes or focus is inside them, while they are off screen or the page is hidden, and stays stopped when the reader asks for reduced motion. A reader's pause, previous, next or dot is remembered for the browser session.</li>
<li><strong>Announced without interrupting.</strong> The carousel is a labelled region; each quote is a group named "n of N". Its live region is silent while it rotates by itself and polite once rotation is held, so a reader who moves through the quotes hears each one.</li>
<li><strong>Keyboard.</strong> Every control is a real <code>&lt;button&gt;</code> with a name. Arrow keys (mirrored in right-to-left text), Home and End move between quotes when focus is on the controls; on a dot, focus follows the current dot.</li>
<li><strong>Structure.</strong> A story is an <code>&lt;article&gt;</code> whose title is a heading of the level the page chooses (<code>heading-level</code>); milestones are an ordered list with <code>&lt;time&gt;</code>; values a list. The original of a translated quote is behind a button, not a tooltip.</li>
<li><strong>Language.</strong> Each quote and story carries its <code>lang</code>, so screen readers pronounce it in its language; interface strings exist in twelve languages.</li>
<li><strong>No movement of the page.</strong> The quotes keep the height of the longest one, so rotating never moves what is below; the fallback stylesheet keeps the page still while the script loads.</li>
<li><strong>Colour and zoom.</strong> Every theme, light and dark, meets 4.5:1 for text and 3:1 for controls and the focus outline; in forced colours every control keeps its boundary. Text at 200 %, a 320 px screen and larger text spacing cut nothing. Colours you set with <code>--ss-*</code> are yours to check.</li>
<li><strong>Without JavaScript.</strong> The plain HTML inside the elements is the content, readable as it is; printed, every quote shows.</li>
</ul>
<h2>How it is checked</h2>
<p>Every change runs the elements in Chromium, Firefox and WebKit: axe-core on each layout, theme and state, and the tests listed below, which read Chromium's accessibility tree, press real keys and measure rendered colours and boxes. These pages are checked with axe-core the same way.</p>
${markdown(accessibilityNotes, { shift: 2 })}
<p>Found a barrier? Please open an issue saying which element, browser and assistive technology.</p>`;

const EXAMPLE_POLICY = `Content-Security-Policy: default-src 'none';
  script-src https://cdn.jsdelivr.net;
  style-src https://cdn.jsdelivr.net;
  connect-src 'self';
  img-src 'self';
  require-trusted-types-for 'script';
  trusted-types lit-html`;

const security = ({ securityNotes }) => html`${markdown(securityNotes)}
<h2>A policy to start from</h2>
<p>A page that loads the bundle and its stylesheet from jsDelivr and its stories and images from its own origin:</p>
${codeBlock(EXAMPLE_POLICY, 'http')}
<p>Under that policy every layout, theme and control renders with no violation; the test suite checks it on pages with <code>default-src 'none'</code>.</p>`;

const browsers = () => html`<h1>Browser support</h1>
<p class="lead">The current versions of Chrome, Edge, Firefox and Safari, on desktop and mobile.</p>
<p>The elements use what Baseline 2024 offers and ship no polyfill: custom elements and shadow DOM, constructable stylesheets, <code>light-dark()</code>, <code>:dir()</code>, container queries and <code>Intl.Segmenter</code>.</p>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="engines-caption">
<table id="engines">
<caption id="engines-caption">Engines every test runs in</caption>
<thead><tr><th scope="col">Engine</th><th scope="col">Browsers</th><th scope="col">Tested with</th></tr></thead>
<tbody>
<tr><th scope="row">Chromium (Blink)</th><td>Chrome, Edge, Opera, Samsung Internet</td><td>Debian's Chromium, headless</td></tr>
<tr><th scope="row">Gecko</th><td>Firefox</td><td>Debian's Firefox ESR, headless</td></tr>
<tr><th scope="row">WebKit</th><td>Safari, every browser on iOS</td><td>WebKitGTK's MiniBrowser</td></tr>
</tbody>
</table>
</div>
<p>Emulating print and reduced motion is tested in Chromium and Firefox, the colour scheme and layout shifts in Chromium: WebKit's driver cannot emulate them. Where a browser lacks a feature the elements still show their content, as the plain HTML inside them.</p>`;

/** The pages about the elements rather than their API, in the order of the navigation. */
export const ABOUT_PAGES = [
  { file: 'accessibility.html', title: 'Accessibility', description: 'What the elements do for readers with disabilities, and how it is tested.', body: accessibility },
  { file: 'security.html', title: 'Security', description: 'What the elements trust, what they escape, the URL schemes they allow, Content-Security-Policy and Trusted Types.', body: security },
  { file: 'browsers.html', title: 'Browser support', description: 'The browsers the elements support and the engines they are tested in.', body: browsers },
];
