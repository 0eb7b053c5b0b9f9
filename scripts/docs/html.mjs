// Markup for the documentation pages. Every value put into a page goes through `html`, which
// escapes it, unless it is already markup made by `html` or `raw`: a description from the
// manifest that holds `<figure>` shows as text, and only the live examples are inserted raw.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that is inserted as it is. */
class Markup {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

/** Escapes text for an element's content or a quoted attribute value. */
export const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Trusted markup, inserted without escaping: only for strings the generator itself owns. */
export const raw = (text) => new Markup(String(text));

function insert(value) {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(insert).join('');
  return escape(value);
}

/** Tagged template: the literal parts are markup, every interpolated value is escaped. */
export function html(strings, ...values) {
  let text = strings[0];
  values.forEach((value, i) => {
    text += insert(value) + strings[i + 1];
  });
  return new Markup(text);
}

/**
 * The inline notation of the manifest's and the schema's descriptions: `code` spans become
 * `<code>`, the rest is escaped text.
 */
export function inline(text = '') {
  const parts = String(text).split(/`([^`]+)`/);
  return raw(parts.map((part, i) => (i % 2 ? `<code>${escape(part)}</code>` : escape(part))).join(''));
}

/** A URL fragment for a name: `--ss-accent` → `ss-accent`, `story-load` → `story-load`. */
export const slug = (text) => String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * A table whose first column names each row: a caption, column headers, row headers, and a
 * focusable wrapper so that a keyboard can scroll it on a narrow screen.
 */
export function table({ id, caption, columns, rows }) {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
<table id="${id}">
<caption id="${id}-caption">${caption}</caption>
<thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>
${rows.map(([first, ...cells]) => html`<tr><th scope="row">${first}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>\n`)}</tbody>
</table>
</div>`;
}

/** A block of source code, escaped. */
export const codeBlock = (source, language = 'html') => html`<pre class="code"><code data-language="${language}">${source.trim()}</code></pre>`;
