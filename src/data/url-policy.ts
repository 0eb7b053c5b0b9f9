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
export function decodeCharacterReferences(text: string): string {
  for (let round = 0, before; round++ < 4 && text != before; ) {
    before = text;
    text = text.replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+);)(;?)/gi, (reference, hex, decimal, name, semicolon) => {
      if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] + semicolon : reference;
      const codePoint = hex ? parseInt(hex, 16) : +decimal;
      // As the HTML parser does: NUL, surrogates and values past Unicode become U+FFFD.
      const valid = codePoint > 0 && codePoint < 0x110000 && (codePoint < 0xd800 || codePoint > 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : '\ufffd';
    });
  }
  return text;
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
  const validBase = parse(base!) && base;
  const allowed = (candidate: string) => /^(https?|mailto):$/.test(parse(candidate, validBase || PROBE_BASE)?.protocol!);
  if (!url || !allowed(url) || !allowed(decodeCharacterReferences(url))) return undefined;
  // Absolute URLs keep their spelling; only relative ones need the document's base.
  return validBase && !parse(url) ? parse(url, validBase)!.href : url;
}
