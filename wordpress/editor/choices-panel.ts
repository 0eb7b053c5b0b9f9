/** The block sidebar's panel of display choices, drawn from the choice definitions in choices.ts. */
import type { ChoiceDefinition } from './choices.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

/** Props of the panel component. */
export interface ChoicesPanelProps {
  title: string;
  choices: ChoiceDefinition[];
  attributes: Record<string, unknown>;
  setAttributes(change: Record<string, string>): void;
}

/** The panel component, built on the editor's `wp` globals. */
export function createChoicesPanel(wp: WordPressApi) {
  const { createElement: el } = wp.element;
  const { PanelBody, SelectControl, TextControl } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);

  return function ChoicesPanel({ title, choices, attributes, setAttributes }: ChoicesPanelProps): Node {
    return el(PanelBody, { title },
      choices.map((choice) => {
        const common = {
          key: choice.attribute,
          label: __(choice.label),
          help: choice.help && __(choice.help),
          value: String(attributes[choice.attribute] ?? ''),
          onChange: (value: string) => setAttributes({ [choice.attribute]: value }),
        };
        return choice.options
          ? el(SelectControl, { ...common, options: choice.options.map((option) => ({ value: option.value, label: __(option.label) })) })
          : el(TextControl, common);
      }));
  };
}
