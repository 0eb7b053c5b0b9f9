// The little Markdown the repository's own notes use (SECURITY.md): headings, paragraphs,
// bulleted lists whose items run over several lines, `code`, **bold** and [links](url). Every
// character of the text is escaped; nothing else of Markdown is needed, so nothing else is read.
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

/** Markdown text → markup; `shift` lowers every heading by that many levels. */
export function markdown(text, { shift = 0 } = {}) {
  const out = [];
  let paragraph = [];
  let list = null; // the items of the open list, each an array of lines
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    if (list) out.push(`<ul>\n${list.map((item) => `<li>${inline(item.join(' '))}</li>`).join('\n')}\n</ul>`);
    paragraph = [];
    list = null;
  };
  for (const line of text.split('\n')) {
    const heading = line.match(/^(#{1,5}) (.+)$/);
    const item = line.match(/^- (.+)$/);
    if (heading) {
      flush();
      const level = Math.min(6, heading[1].length + shift);
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
