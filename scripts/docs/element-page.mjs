// One element's page: what it is, how to load it, live examples with their source, then one
// table per kind of member of the manifest. Each table's first column is the member's name, as
// the manifest spells it (the default slot reads "(default)").
import { codeBlock, html, inline, raw, slug, table } from './html.mjs';

const code = (text) => (text ? html`<code>${text}</code>` : '');
const yes = (flag, word) => (flag ? word : '');

/** The data-format types a detail or property type mentions, linked to their section. */
function typeLinks(typeText, schemaTypes) {
  const mentioned = schemaTypes.filter((name) => new RegExp(`\\b${name}\\b`).test(typeText ?? ''));
  if (!mentioned.length) return '';
  return html` (see ${mentioned.map((name, i) => html`${i ? ', ' : ''}<a href="data-format.html#${slug(name)}">${name}</a>`)})`;
}

function sections(element, schemaTypes) {
  const { tag } = element;
  return [
    {
      id: 'attributes', title: 'Attributes',
      intro: 'Set in HTML. Each one with a property is also set by that property, and reflected back when script sets it.',
      columns: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      rows: element.attributes.map((a) => [code(a.name), code(a.fieldName), code(a.typeText), code(a.defaultText), inline(a.description)]),
    },
    {
      id: 'properties', title: 'Properties',
      intro: 'Set or read from script. Objects and arrays are given here, not as attributes.',
      columns: ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      rows: element.properties.map((p) => [
        code(p.name), code(p.attribute), html`${code(p.typeText)}${typeLinks(p.typeText, schemaTypes)}`, code(p.defaultText),
        html`${inline(p.description)}${p.readonly ? html` <strong>Read-only.</strong>` : ''}${p.reflects ? ' Reflected to its attribute.' : ''}`,
      ]),
    },
    {
      id: 'methods', title: 'Methods',
      columns: ['Method', 'Parameters', 'Returns', 'Description'],
      rows: element.methods.map((m) => [
        code(m.name),
        (m.parameters ?? []).length ? code(m.parameters.map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')) : 'none',
        code(m.return?.type?.text ?? 'void'), inline(m.description),
      ]),
    },
    {
      id: 'events', title: 'Events',
      intro: html`Every event bubbles and crosses shadow roots (<code>composed</code>). Listen with <code>addEventListener('${element.events[0]?.name ?? 'name'}', …)</code>; the data is in <code>event.detail</code>.`,
      columns: ['Event', 'Detail', 'Description'],
      rows: element.events.map((e) => [
        code(e.name),
        e.detailName ? html`${code(e.detailName)}: ${code(e.detailFields)}${typeLinks(e.detailFields, schemaTypes)}` : code(e.type?.text),
        inline(e.description),
      ]),
    },
    {
      id: 'slots', title: 'Slots',
      columns: ['Slot', 'Description'],
      rows: element.slots.map((s) => [s.name ? code(s.name) : '(default)', inline(s.description)]),
    },
    {
      id: 'css-parts', title: 'CSS parts',
      intro: html`Style them from the page with <code>${tag}::part(name)</code>.`,
      columns: ['Part', 'Description'],
      rows: element.cssParts.map((p) => [code(p.name), inline(p.description)]),
    },
    {
      id: 'css-properties', title: 'CSS custom properties',
      intro: html`Set them on the element or any ancestor: <code>${tag} { --ss-accent: #9a3412; }</code>.`,
      columns: ['Custom property', 'Description'],
      rows: element.cssProperties.map((p) => [code(p.name), html`${inline(p.description)}${p.default ? html` Default: ${code(p.default)}.` : ''}`]),
    },
  ].filter((section) => section.rows.length);
}

function exampleMarkup(example, tag) {
  const id = `example-${slug(example.id)}`;
  return html`<section class="example" aria-labelledby="${id}">
<h3 id="${id}">${example.title}</h3>
<p>${example.text}</p>
<div class="example-pair${example.wide ? ' wide' : ''}">
<div class="example-render" data-example="${tag}/${example.id}">
${raw(example.source.trim())}
</div>
<div class="example-source">
<p class="source-label">Source</p>
${codeBlock(example.source)}
</div>
</div>
</section>`;
}

function loadingMarkup(element, pkg) {
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist`;
  return html`<section aria-labelledby="loading">
<h2 id="loading">Loading</h2>
<p>One script defines both elements; see the <a href="guide-script-tag.html">script tag</a> and <a href="guide-npm.html">npm</a> guides.</p>
${codeBlock(`<script type="module" src="${cdn}/success-story.js"></script>`)}
${element.importPath ? html`<p>With a bundler, this entry defines <code>&lt;${element.tag}&gt;</code> and exports its class, <code>${element.className}</code>:</p>
${codeBlock(`import '${element.importPath}';`, 'js')}` : ''}
</section>`;
}

/** The body of the page of `element`, with its `examples`. */
export function elementPage({ element, examples, pkg, schemaTypes }) {
  const list = sections(element, schemaTypes);
  return html`<h1><code>&lt;${element.tag}&gt;</code></h1>
<p class="lead">${inline(element.summary)}</p>
${element.description.split(/\n\s*\n/).map((paragraph) => html`<p>${inline(paragraph.replace(/\s*\n\s*/g, ' '))}</p>\n`)}
<nav class="page-contents" aria-label="On this page">
<ul>
<li><a href="#loading">Loading</a></li>
<li><a href="#examples">Examples</a></li>
${list.map((section) => html`<li><a href="#${section.id}-heading">${section.title}</a></li>\n`)}</ul>
</nav>
${loadingMarkup(element, pkg)}
<section aria-labelledby="examples">
<h2 id="examples">Examples</h2>
<p>Each example runs the real bundle; its source is beside it, ready to copy.</p>
${examples.map((example) => exampleMarkup(example, element.tag))}
</section>
${list.map((section) => html`<section aria-labelledby="${section.id}-heading">
<h2 id="${section.id}-heading">${section.title}</h2>
${section.intro ? html`<p>${section.intro}</p>` : ''}
${table({ id: section.id, caption: `${section.title} of <${element.tag}>`, columns: section.columns, rows: section.rows })}
</section>
`)}`;
}
