/**
 * Contrast of the widget's colours, as WCAG 2 measures it, for every scheme the widget can
 * show: a colour the reader did not pick is the element's own for that scheme.
 */
import type { ElementName, Language } from '../../tools/fields.js';
import { COLOURS, CONTRAST_PAIRS, type ColourDefinition } from './colours.js';

export type Colours = Partial<Record<ColourDefinition['name'], string>>;

/** WCAG's minimum for normal text. */
export const MINIMUM_CONTRAST = 4.5;

/** Relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
    .map((channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

export interface ContrastWarning {
  /** "text on background (dark theme): 3.2:1" */
  message: string;
  /** The colours concerned, so the warning can sit next to them. */
  colours: ColourDefinition['name'][];
}

const SCHEME_NAMES = { fr: { light: 'thème clair', dark: 'thème sombre' }, en: { light: 'light theme', dark: 'dark theme' } };

/**
 * The pairs below 4.5:1 in the schemes `theme` can show, once at least one of the pair's
 * colours is the reader's (the elements' own colours pass).
 */
export function contrastWarnings(colours: Colours, theme: string, element: ElementName, language: Language): ContrastWarning[] {
  const schemes = theme === 'dark' ? ['dark'] as const : theme === 'auto' ? ['light', 'dark'] as const : ['light'] as const;
  const warnings: ContrastWarning[] = [];
  const uses = (name: ColourDefinition['name']) => COLOURS.find((colour) => colour.name === name)!;
  for (const pair of CONTRAST_PAIRS) {
    if (!colours[pair.foreground] && !colours[pair.background]) continue;
    // The quotes alone have no background of their own: only the story's pairs apply to them.
    if (![pair.foreground, pair.background].every((name) => uses(name).elements.includes(element))) continue;
    for (const scheme of schemes) {
      const foreground = colours[pair.foreground] ?? uses(pair.foreground).defaults[scheme];
      const background = colours[pair.background] ?? uses(pair.background).defaults[scheme];
      const ratio = contrastRatio(foreground, background);
      if (ratio >= MINIMUM_CONTRAST) continue;
      const shown = ratio.toFixed(1);
      warnings.push({
        colours: [pair.foreground, pair.background],
        message: language === 'fr'
          ? `Contraste trop faible, ${pair.label.fr} (${SCHEME_NAMES.fr[scheme]}) : ${shown.replace('.', ',')}:1 ; visez au moins 4,5:1.`
          : `Contrast too low, ${pair.label.en} (${SCHEME_NAMES.en[scheme]}): ${shown}:1; aim for at least 4.5:1.`,
      });
    }
  }
  return warnings;
}
