// The little Markdown the repository's own notes use (SECURITY.md, docs/accessibility.md):
// headings, paragraphs, bulleted lists whose items run over several lines, tables, `code`,
// **bold** and [links](url). Every character of the text is escaped; nothing else of Markdown is
// needed, so nothing else is read.
import { escape, raw } from './html.mjs';

/** Inline Markdown of one block → markup. */
function inline(text) {
  return text.split(/(`[^`]+`)/).map((part) => {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${escape(part.slice(1, -1))}</code>`;
    return escape(part)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => (/^(https?:|#|[\w./-]+$)/.test(href) ? `<a href="${href}">${label}</a>` : label));
  }).join('');
}

/**
 * A table, captioned by the heading above it, its first column row headers. It scrolls inside a
 * focusable, named region on a narrow screen, as the pages' other wide tables do.
 */
function table(rows, caption, id) {
  const [header, ...body] = rows.filter((cells) => !cells.every((cell) => /^-+$/.test(cell)));
  const headerCell = (text) => `<th scope="col">${inline(text)}</th>`;
  const bodyCell = (text, column) => (column === 0 ? `<th scope="row">${inline(text)}</th>` : `<td>${inline(text)}</td>`);
  return `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}">
<table>
<caption id="${id}">${inline(caption)}</caption>
<thead><tr>${header.map(headerCell).join('')}</tr></thead>
<tbody>
${body.map((row) => `<tr>${row.map(bodyCell).join('')}</tr>`).join('\n')}
</tbody>
</table>
</div>`;
}

/** Markdown text → markup; `shift` lowers every heading by that many levels. */
export function markdown(text, { shift = 0 } = {}) {
  const out = [];
  let paragraph = [];
  let list = null; // the items of the open list, each an array of lines
  let rows = null; // the rows of the open table, each an array of cells
  let lastHeading = '';
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) out.push(`<ul>\n${list.map((item) => `<li>${inline(item.join(' '))}</li>`).join('\n')}\n</ul>`);
    if (rows) out.push(table(rows, lastHeading, `table-${out.length}`));
    paragraph = [];
    list = null;
    rows = null;
  };
  for (const line of text.split('\n')) {
    const heading = line.match(/^(#{1,5}) (.+)$/);
    const item = line.match(/^- (.+)$/);
    const row = line.match(/^\| (.*) \|$/) ?? line.match(/^\|(-+\|)+$/);
    if (row) {
      if (!rows) flush();
      (rows ??= []).push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
    } else if (heading) {
      flush();
      const level = Math.min(6, heading[1].length + shift);
      lastHeading = heading[2];
      out.push(`<h${level}>${inline(heading[2])}</h${level}>`);
    } else if (item) {
      if (paragraph.length) flush();
      (list ??= []).push([item[1]]);
    } else if (!line.trim()) {
      flush();
    } else if (list && /^\s+/.test(line)) {
      list.at(-1).push(line.trim());
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return raw(out.join('\n'));
}
