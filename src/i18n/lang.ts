/**
 * The language in effect for an element: its own `lang`, then its ancestors', crossing
 * shadow roots so an element inside another component follows that component's language.
 * An empty `lang` is skipped rather than meaning "unknown", so a stray `lang=""` never
 * hides the page's language.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | undefined = element; node; node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return 'en';
}

// A page has a handful of tags and asks for their primary subtag for every quote it typesets.
// No prototype: a page's `lang="__proto__"` is a key like any other.
const primaries: Record<string, string> = Object.create(null);

/** Primary subtag of a language tag, lower case, whatever follows it: `fr-CA` → `fr`, `en_US` → `en`. */
export const primary = (tag = ''): string => (primaries[tag] ??= tag.trim().toLowerCase().split(/[-_]/)[0]);

/** How a language tag is looked up and formatted; see `lookupTags` and `formatLocale`. */
interface TagForms {
  lookup: string[];
  locale: string;
}

// The first `Intl.Locale` or `Intl.NumberFormat` of a page loads the engine's locale data:
// tens of milliseconds, more than a whole element costs. So `Intl` is asked only where its
// answer can differ from a plain reading of the tag: the languages written in more than one
// script (tables and marks may be keyed `zh-hant`), and those whose digits are not Latin by
// default (CLDR), where numbers need the formatter and its likely region.
const SEVERAL_SCRIPTS = /^(az|bs|ff|ha|ks|mn|pa|sd|shi|sr|uz|vai|yue|zh)$/;
const OTHER_DIGITS = /^(ar|as|bgc|bho|bn|ckb|dz|fa|ff|ks|lrc|mni|mr|my|mzn|ne|pa|ps|raj|sa|sat|sd|ur|uz)$/;

/** Whether numbers in this language are written with the digits 0 to 9 (any count below a thousand then needs no formatter). */
export const latinDigits = (tag: string): boolean => !OTHER_DIGITS.test(primary(tag));

// Each tag is worked out once.
const forms: Record<string, TagForms> = Object.create(null);

function formsOf(tag: string): TagForms {
  try {
    const locale = new Intl.Locale(tag);
    const { language, script, region } = locale.maximize();
    return {
      lookup: [tag, `${language}-${script}`, language].map((candidate) => candidate.toLowerCase()),
      // Not the likely script too: engines find no regional data for `ar-Arab-EG`.
      locale: locale.region ? tag : new Intl.Locale(tag, { region }).toString(),
    };
  } catch {
    return { lookup: [primary(tag)], locale: 'en' };
  }
}

const lookups: Record<string, string[]> = Object.create(null);

/**
 * The tags to look a language up by, most specific first, lower case: the tag itself, its
 * language and likely script, its language (`zh-TW` → `zh-tw`, `zh-hant`, `zh`), so Taiwan and
 * Hong Kong find the Traditional Chinese entries. A language written in one script skips the
 * script (`fr-CA` → `fr-ca`, `fr`); a malformed tag ends with what comes before its first `-` or `_`.
 */
export const lookupTags = (tag: string): string[] =>
  (lookups[tag] ??= SEVERAL_SCRIPTS.test(primary(tag)) ? (forms[tag] ??= formsOf(tag)).lookup : [...new Set([tag.toLowerCase(), primary(tag)])]);

/**
 * The locale the `Intl` formatters get: the tag with its likely region when it names none, so
 * `ar` counts in Arabic-Indic digits as in Egypt (`ar-MA` keeps Latin digits), whatever the
 * engine's default for the bare language; English for a malformed tag.
 */
export const formatLocale = (tag: string): string => (forms[tag] ??= formsOf(tag)).locale;
