/**
 * Which links the elements accept from data they do not control. The WHATWG URL parser
 * judges the scheme exactly as the browser will when it follows the link, so tricks that
 * fool regular expressions (case, leading control characters, tabs inside the scheme) are
 * seen through.
 */

// Stand-in base for judging relative URLs when no real base is given; never shown or fetched.
const PROBE_BASE = 'https://base.invalid/';

// The named references that can help spell a scheme: its separator, the characters the URL
// parser removes inside it, the few punctuation marks a scheme may hold, and `&amp;` for
// double encoding. HTML has no named references for ASCII letters or digits.
const NAMED: Record<string, string> = { colon: ':', Tab: '\t', NewLine: '\n', amp: '&', plus: '+', period: '.' };

/**
 * Decodes HTML character references (numeric ones with or without `;`, as the HTML parser
 * does, and the named ones that can spell a scheme), repeatedly, so a value that only turns
 * dangerous once pasted into HTML (`javascript&colon;…`) is judged in that form too.
 */
export function decodeCharacterReferences(s: string): string {
  for (let i = 0, prev; i++ < 4 && s != prev; ) {
    prev = s;
    s = s.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+);)(;?)/gi, (m, hex, dec, name, semi) => {
      if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] + semi : m;
      const n = hex ? parseInt(hex, 16) : +dec;
      // As the HTML parser does: NUL, surrogates and values past Unicode become U+FFFD.
      return n > 0 && n < 0x110000 && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
    });
  }
  return s;
}

/** `raw` parsed against `base`, or undefined when it is not a URL. */
export function parse(raw: string, base?: string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** The console message for a link dropped by `safeUrl`, naming where it was. */
export const urlDropped = (where: string): string =>
  `${where}: URL dropped (only http:, https:, mailto: and relative URLs are allowed)`;

/**
 * The URL to use for a link from untrusted data, or undefined when it must be dropped.
 * Allowed: `http:`, `https:`, `mailto:` and relative URLs (resolved against `base` when one
 * is given, else returned as written, trimmed). Everything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`, …) is dropped, as is a value that becomes one of those once its HTML
 * character references are decoded.
 * Protocol-relative URLs (`//host/path`) are allowed: they are http(s) links to another host,
 * no more dangerous than an absolute `https://` link.
 */
export function safeUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw != 'string') return undefined;
  // The URL parser strips leading and trailing C0 controls and spaces; do the same for the result.
  const url = raw.replace(/^[\0- ]+|[\0- ]+$/g, '');
  // A base that is not a URL is ignored (and parsing `undefined` fails too).
  const real = parse(base!) && base;
  const allowed = (s: string) => /^(https?|mailto):$/.test(parse(s, real || PROBE_BASE)?.protocol!);
  if (!url || !allowed(url) || !allowed(decodeCharacterReferences(url))) return undefined;
  // Absolute URLs keep their spelling; only relative ones need the document's base.
  return real && !parse(url) ? parse(url, real)!.href : url;
}
