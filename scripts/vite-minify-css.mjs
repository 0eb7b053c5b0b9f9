// Minifies the CSS inside Lit's css`…` templates of the style modules, and the indentation of
// Lit's html`…` templates elsewhere in src/. Bundlers minify the JavaScript around them but keep
// a template's text as written, so indentation and comments would ship. Quoted strings are
// kept as they are; interpolations (`${…}`) are left alone by minifying only the literal parts
// between them.
const STYLE_MODULE = /\.styles\.ts$/;
const SOURCE_MODULE = /\/src\/.*\.ts$/;
const TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;
const STRING = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/;

// A comment and a string, whichever starts first: a quote inside a comment opens no string,
// and "/*" inside a string opens no comment.
const COMMENT_OR_STRING = new RegExp(`${STRING.source}|\\/\\*[\\s\\S]*?\\*\\/`, 'g');

/** Minifies CSS text outside its quoted strings. */
export function minifyCss(text) {
  return text
    .replace(COMMENT_OR_STRING, (match, string) => string ?? '')
    .split(STRING)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            // No selector holds a slash, and CSS needs no space around it (grid lines, calc).
            .replace(/ ?\/ ?/g, '/')
            .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/**
 * Line breaks and indentation in the literal parts of an html`…` template. Between two tags
 * (`>` … `<`) they go: the markup's own blocks and flex items ignore that text. Anywhere else
 * they become one space, since they may separate words, inline elements or attributes.
 */
const squeeze = (chunk) => chunk.replace(/\s*\n\s*/g, (ws, at, s) => (s[at - 1] === '>' && s[at + ws.length] === '<' ? '' : ' '));

/** Reads a template literal from `i` (just after its backtick); returns [end, text through the closing backtick]. */
function readTemplate(code, i, isHtml) {
  let out = '';
  let chunk = '';
  const flush = () => {
    out += isHtml ? squeeze(chunk) : chunk;
    chunk = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      chunk += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [i + 1, out + '`'];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [end, expr] = readExpression(code, i + 2);
      out += '${' + expr;
      i = end;
    } else {
      chunk += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Reads an interpolation from `i` to its closing brace, templates nested in it included. */
function readExpression(code, i) {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      const [end, text] = readTemplate(code, i + 1, /\bhtml$/.test(out));
      out += '`' + text;
      i = end;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) return [i + 1, out + '}'];
    out += c;
    i++;
  }
  throw new Error('unterminated interpolation');
}

/** The module with the line breaks and indentation of its html`…` templates collapsed. */
export function collapseHtmlTemplates(code) {
  const start = /\bhtml`/g;
  let out = '';
  let last = 0;
  for (let m; (m = start.exec(code)); ) {
    const [end, text] = readTemplate(code, m.index + 5, true);
    out += code.slice(last, m.index + 5) + text;
    last = start.lastIndex = end;
  }
  return out + code.slice(last);
}

export function minifyCssTemplates() {
  return {
    name: 'success-story:minify-css',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) {
        if (!SOURCE_MODULE.test(id) || !code.includes('html`')) return null;
        const out = collapseHtmlTemplates(code);
        // The scanner knows strings and nested templates, not comments or regular expressions
        // inside interpolations: should it ever misread one, fail rather than ship a change
        // that is more than whitespace.
        if (out.replace(/\s/g, '') !== code.replace(/\s/g, '')) throw new Error(`${id}: html templates could not be collapsed safely`);
        return out === code ? null : { code: out, map: null };
      }
      const out = code.replace(TEMPLATE, (_, body) => {
        // Interpolations stay as written; only the CSS between them is minified.
        const parts = body.split(/(\$\{[^}]*\})/);
        return 'css`' + parts.map((p, i) => (i % 2 ? p : minifyCss(p))).join('') + '`';
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
