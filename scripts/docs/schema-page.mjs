// The data format's page, read from story.schema.json: the documents `src` accepts, then one
// section per type with every field, its type, whether it is required and what it means.
import { codeBlock, html, inline, slug, table } from './html.mjs';

const refName = (ref) => ref.replace('#/$defs/', '');
const typeLink = (name) => html`<a href="#${slug(name)}">${name}</a>`;

/** A schema's type in words, with links to the types it refers to. */
export function typeOf(schema) {
  if (schema.$ref) return typeLink(refName(schema.$ref));
  if (schema.anyOf) return html`${schema.anyOf.map((option, i) => html`${i ? ' or ' : ''}${typeOf(option)}`)}`;
  if (schema.type === 'array') return html`list of ${typeOf(schema.items ?? {})}`;
  if (schema.type === 'string' && schema.format === 'uri-reference') return html`<code>string</code> (URL)`;
  if (schema.type === 'string' && schema.pattern === '\\S') return html`<code>string</code>, not blank`;
  return schema.type ? html`<code>${schema.type}</code>` : 'any';
}

function definitionSection(name, definition) {
  const required = new Set(definition.required ?? []);
  const rows = Object.entries(definition.properties ?? {}).map(([field, schema]) => [
    html`<code>${field}</code>`, typeOf(schema), required.has(field) ? 'required' : 'optional', inline(schema.description),
  ]);
  return html`<section aria-labelledby="${slug(name)}">
<h2 id="${slug(name)}">${name}</h2>
<p>${inline(definition.description)}</p>
${table({ id: `${slug(name)}-fields`, caption: `Fields of ${name}`, columns: ['Field', 'Type', 'Required', 'Description'], rows })}
</section>
`;
}

const EXAMPLE = {
  $schema: 'https://unpkg.com/success-story/story.schema.json',
  stories: [{
    id: 'alibaba-en',
    lang: 'en',
    title: 'Jack Ma: dare to be a little crazy, and never give up',
    kicker: 'Success story',
    subject: { name: 'Jack Ma', role: 'Founder of Alibaba', image: 'img/jack-ma.svg', imageAlt: 'Illustrated portrait of Jack Ma' },
    summary: ['Rejected again and again, he kept going.'],
    milestones: [{ date: '1999', label: 'Alibaba is founded in Hangzhou' }],
    values: ['Perseverance'],
    quotes: [{ text: 'Perseverance wins success.', author: 'Michel Dupuy', value: 'Perseverance' }],
    cta: { label: 'Read the whole series', href: '/stories/' },
  }],
};

/** The body of the data format's page. */
export function schemaPage({ schema, pkg }) {
  const names = Object.keys(schema.$defs);
  return html`<h1>Data format</h1>
<p class="lead">${inline(schema.description)}</p>
<p>The JSON Schema (draft 2020-12) is <a href="../../story.schema.json"><code>story.schema.json</code></a> in the package (<code>${pkg.name}/story.schema.json</code>); point an editor at it with <code>"$schema": "${schema.$id}"</code> for completion and checks. The elements validate with the same rules: a wrong optional field is dropped with a console warning and the rest is shown; only a bad required field drops its item. Links keep only <code>http:</code>, <code>https:</code>, <code>mailto:</code> and relative URLs (see <a href="security.html">Security</a>).</p>
<nav class="page-contents" aria-label="On this page">
<ul>
<li><a href="#documents">Documents</a></li>
${names.map((name) => html`<li><a href="#${slug(name)}">${name}</a></li>\n`)}</ul>
</nav>
<section aria-labelledby="documents">
<h2 id="documents">Documents</h2>
<p>A file given to <code>src</code>, or the <code>story</code> and <code>quotes</code> properties, is one of these:</p>
<ul>
${schema.anyOf.map((option) => html`<li>${option.title ? html`${option.title}: ` : ''}${typeOf(option)}${option.description ? html`. ${inline(option.description)}` : ''}</li>\n`)}</ul>
<p>A Collection with one story in English:</p>
${codeBlock(JSON.stringify(EXAMPLE, null, 2), 'json')}
</section>
${names.map((name) => definitionSection(name, schema.$defs[name]))}`;
}
