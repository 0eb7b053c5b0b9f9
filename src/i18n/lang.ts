import type { UiLang } from './strings.js';

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

/** The UI language a tag gets: its primary subtag when a table exists, else English. */
export const supportedLang = (tag: string | null | undefined): UiLang => (primary(tag ?? '') === 'fr' ? 'fr' : 'en');
