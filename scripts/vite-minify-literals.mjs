// Minifies the markup and the CSS inside Lit's html`…` and css`…` templates. Bundlers minify
// the JavaScript around a template but keep its text as written, so the indentation and the
// comments of the sources would ship. minify-literals stands in a placeholder for each `${…}`,
// minifies the HTML with html-minifier-next and the CSS with lightningcss (no targets: the CSS
// stays what it says, nesting and light-dark() included, only shorter).
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE_MODULE = /[\\/]src[\\/].*\.ts$/;

export function minifyTemplateLiterals() {
  return {
    name: 'success-story:minify-template-literals',
    async transform(code, id) {
      if (!SOURCE_MODULE.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
