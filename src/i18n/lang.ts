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

/** Primary subtag of a language tag, lower case: `fr-CA` → `fr`. */
export const primary = (tag = ''): string => tag.trim().toLowerCase().split('-')[0];

/** How a language tag is looked up and formatted; see `lookupTags` and `formatLocale`. */
interface TagForms {
  lookup: string[];
  locale: string;
}

// Every quote asks at every render: each tag is worked out once. No prototype: a page's
// `lang="__proto__"` is a key like any other.
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
    return { lookup: [tag.toLowerCase().split(/[-_]/)[0]], locale: 'en' };
  }
}

/**
 * The tags to look a language up by, most specific first, lower case: the tag itself, its
 * language and likely script, its language (`zh-TW` → `zh-tw`, `zh-hant`, `zh`), so Taiwan and
 * Hong Kong find the Traditional Chinese entries. A malformed tag gives what comes before its
 * first `-` or `_`.
 */
export const lookupTags = (tag: string): string[] => (forms[tag] ??= formsOf(tag)).lookup;

/**
 * The locale the `Intl` formatters get: the tag with its likely region when it names none, so
 * `ar` counts in Arabic-Indic digits as in Egypt (`ar-MA` keeps Latin digits), whatever the
 * engine's default for the bare language; English for a malformed tag.
 */
export const formatLocale = (tag: string): string => (forms[tag] ??= formsOf(tag)).locale;
