/**
 * The styles of an element as one constructed stylesheet, shared by every shadow root that
 * adopts it. Lit's `css` tag does the same with checks for the values a template may
 * interpolate; ours interpolate none. Named `css` so the build minifies the text like Lit's.
 * Outside a browser (a server importing the module), the text itself, which nothing adopts.
 */
export const css = (strings: TemplateStringsArray): CSSStyleSheet => {
  if (typeof CSSStyleSheet == 'undefined') return strings[0] as unknown as CSSStyleSheet;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]);
  return sheet;
};
