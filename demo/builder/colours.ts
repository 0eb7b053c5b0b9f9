/**
 * The builder's own data: the main colours a reader may change and the pairs checked for
 * contrast. The story's fields and the widget's choices are shared with the WordPress block
 * editor, in tools/fields.ts.
 */
import type { ElementName, Localized } from '../../tools/fields.js';

/** One colour of the elements, by its custom property; `elements` lists who uses it. */
export interface ColourDefinition {
  name: 'accent' | 'onAccent' | 'background' | 'text' | 'muted';
  property: string;
  label: Localized;
  elements: ElementName[];
  /** The element's own colour in each scheme, used until the reader picks one. */
  defaults: { light: string; dark: string };
}

/** The main `--ss-*` colours and the defaults of success-story.styles.ts. */
export const COLOURS: ColourDefinition[] = [
  { name: 'accent', property: '--ss-accent', label: { fr: 'Couleur d’accent', en: 'Accent colour' }, elements: ['success-story', 'value-quote'], defaults: { light: '#b33c0b', dark: '#ff9d5c' } },
  { name: 'onAccent', property: '--ss-on-accent', label: { fr: 'Texte sur l’accent', en: 'Text on the accent' }, elements: ['success-story'], defaults: { light: '#ffffff', dark: '#1a1b1f' } },
  { name: 'background', property: '--ss-bg', label: { fr: 'Fond', en: 'Background' }, elements: ['success-story'], defaults: { light: '#ffffff', dark: '#1a1b1f' } },
  { name: 'text', property: '--ss-fg', label: { fr: 'Texte', en: 'Text' }, elements: ['success-story'], defaults: { light: '#1d2026', dark: '#eef0f3' } },
  { name: 'muted', property: '--ss-muted', label: { fr: 'Texte secondaire', en: 'Secondary text' }, elements: ['success-story', 'value-quote'], defaults: { light: '#545a65', dark: '#aab1bd' } },
];

/** The pairs of colours read one on the other, checked against WCAG's 4.5:1. */
export const CONTRAST_PAIRS: { foreground: ColourDefinition['name']; background: ColourDefinition['name']; label: Localized }[] = [
  { foreground: 'text', background: 'background', label: { fr: 'texte sur fond', en: 'text on background' } },
  { foreground: 'muted', background: 'background', label: { fr: 'texte secondaire sur fond', en: 'secondary text on background' } },
  { foreground: 'accent', background: 'background', label: { fr: 'accent sur fond', en: 'accent on background' } },
  { foreground: 'onAccent', background: 'accent', label: { fr: 'texte du bouton sur l’accent', en: 'button text on the accent' } },
];
