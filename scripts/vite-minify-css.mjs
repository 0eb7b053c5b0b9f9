// Minifies the CSS inside Lit's css`…` templates of the style modules with lightningcss.
// Bundlers minify the JavaScript around a template but keep its text as written, so the
// indentation and comments of the sources would ship. No targets are given: the CSS stays
// what it says (nesting, light-dark()), only shorter.
import { transform } from 'lightningcss';

const STYLE_MODULE = /\.styles\.ts$/;
const TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

/** Minified CSS text. */
export function minifyCss(text, filename = 'style.css') {
  return transform({ filename, code: Buffer.from(text), minify: true }).code.toString();
}

/** The text as the body of a template literal, which reads `\`, `` ` `` and `${` as syntax. */
const asTemplateBody = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

export function minifyCssTemplates() {
  return {
    name: 'success-story:minify-css',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) return null;
      const out = code.replace(TEMPLATE, (template, body) => {
        // An interpolation or an escape has no CSS text until the module runs: such a template
        // ships as written rather than minified on a guess.
        if (body.includes('${') || body.includes('\\')) {
          this.warn(`${id}: a css\`…\` template with an interpolation or an escape is not minified`);
          return template;
        }
        return `css\`${asTemplateBody(minifyCss(body, id))}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
