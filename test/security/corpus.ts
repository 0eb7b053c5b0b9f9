/**
 * Hostile strings and links, as a CMS, a feed or a careless paste can bring them. Every payload
 * that would run tries to set `window.xssCanary`; nothing in the elements may let it. The long
 * field here is 64 KB: megabyte fields are the linear-time test's.
 */

const CANARY = 'window.xssCanary=1';

/** Markup that runs script once parsed as HTML, in the forms filters often miss. */
const MARKUP = [
  `<script>${CANARY}</script>`,
  `<img src=x onerror="${CANARY}">`,
  `<svg onload="${CANARY}"></svg>`,
  `<svg><script>${CANARY}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${CANARY}">`,
  `<iframe srcdoc="<script>parent.${CANARY}</script>"></iframe>`,
  `<body onload="${CANARY}">`,
  `<details open ontoggle="${CANARY}">`,
  `<a href="javascript:${CANARY}">link</a>`,
  `<object data="javascript:${CANARY}"></object>`,
  `<embed src="javascript:${CANARY}">`,
  `<form><button formaction="javascript:${CANARY}">go</button></form>`,
  `<input autofocus onfocus="${CANARY}">`,
  `<video><source onerror="${CANARY}"></video>`,
  `<style>@import 'javascript:${CANARY}'</style>`,
  `<template><img src=x onerror="${CANARY}"></template>`,
  `</p></blockquote></figure><img src=x onerror="${CANARY}">`,
  `</script><script>${CANARY}</script>`,
  `<!--<img src=x onerror="${CANARY}">-->`,
  `<![CDATA[<img src=x onerror="${CANARY}">]]>`,
  `" onmouseover="${CANARY}" x="`,
  `' onfocus='${CANARY}' autofocus x='`,
  `\`><img src=x onerror=${CANARY}>`,
  `{{constructor.constructor('${CANARY}')()}}`,
  `\${${CANARY}}`,
  `<a href="&#106;avascript:${CANARY}">entity</a>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${CANARY}">`,
  `<base href="javascript:${CANARY}//">`,
  `<marquee onstart="${CANARY}">`,
  `<select autofocus onfocus="${CANARY}">`,
  `<textarea autofocus onfocus="${CANARY}">`,
  `<audio src=x onerror="${CANARY}">`,
];

/** Text that is harmless as text but hard on layout or parsers. */
const TEXT = [
  '\u202Eevil\u202C reversed',
  '\u2066isolate\u2069 \u200Bzero\u200Dwidth',
  '\uFEFFbom',
  '\u0000nul',
  'line\nbreak\rand\ttab',
  '😀👩‍👩‍👧 emoji',
  '\uD800 lone surrogate',
  '__proto__',
  'constructor',
  'a'.repeat(1 << 16),
];

/** Schemes that must never reach an `href`, `src` or `cite`, in the forms filters often miss. */
const SCHEMES = ['javascript', 'JaVaScRiPt', 'vbscript', 'data', 'file'];
const SCHEME_FORMS = [
  (scheme: string) => `${scheme}:${CANARY}`,
  (scheme: string) => ` \t${scheme}:${CANARY}`,
  (scheme: string) => `\u0000${scheme}:${CANARY}`,
  (scheme: string) => `${scheme.slice(0, 3)}\t${scheme.slice(3)}:${CANARY}`,
  (scheme: string) => `${scheme.slice(0, 2)}\n${scheme.slice(2)}:${CANARY}`,
  (scheme: string) => `${scheme}&colon;${CANARY}`,
  (scheme: string) => `${scheme}&#58;${CANARY}`,
  (scheme: string) => `${scheme}&#x3A;${CANARY}`,
  (scheme: string) => `${scheme}&#0000058${CANARY}`,
  (scheme: string) => `&#${scheme.charCodeAt(0)};${scheme.slice(1)}:${CANARY}`,
  (scheme: string) => `${scheme}%3A${CANARY}`,
];
const LINKS = [
  ...SCHEMES.flatMap((scheme) => SCHEME_FORMS.map((form) => form(scheme))),
  `data:text/html,<script>${CANARY}</script>`,
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+',
  `java&Tab;script:${CANARY}`,
  `java&NewLine;script:${CANARY}`,
];

/** Every hostile string: markup and odd text, and every hostile link. */
export const HOSTILE_STRINGS: readonly string[] = [...MARKUP, ...TEXT, ...LINKS];
/** The hostile links alone. */
export const HOSTILE_LINKS: readonly string[] = LINKS;

export const canaryFired = (): boolean => !!(window as { xssCanary?: number }).xssCanary;
export const resetCanary = (): void => {
  delete (window as { xssCanary?: number }).xssCanary;
};
