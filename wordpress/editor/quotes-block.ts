/** The Value quotes block: the quotes form, the display choices, the live element, the saved HTML. */
import metadata from '../blocks/value-quotes/block.json';
import { createChoicesPanel } from './choices-panel.js';
import { QUOTES_CHOICES, QUOTES_FIELD } from './fields.js';
import { createFieldsForm } from './form.js';
import { quotesMarkup, quotesOf, type QuotesBlockAttributes } from './markup.js';
import { createPreview } from './preview.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

/** What WordPress passes to a block's `edit`. */
interface EditProps<T> {
  attributes: T;
  setAttributes(change: Partial<T>): void;
  isSelected: boolean;
}

function createQuotesEdit(wp: WordPressApi) {
  const { createElement: el } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor!;
  const { Notice } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);
  const FieldsForm = createFieldsForm(wp);
  const ChoicesPanel = createChoicesPanel(wp);
  const ElementPreview = createPreview(wp);

  return function QuotesEdit({ attributes, setAttributes, isSelected }: EditProps<QuotesBlockAttributes>): Node {
    const blockProps = useBlockProps({ className: 'success-story-block' });
    const { problems } = quotesOf(attributes);
    const html = quotesMarkup(attributes);
    return el('div', blockProps,
      el(InspectorControls, null,
        el(ChoicesPanel, { title: __('Display'), choices: QUOTES_CHOICES, attributes, setAttributes })),
      html
        ? el(ElementPreview, { html })
        : el('p', { className: 'success-story-block__empty' }, __('Add a quote to see it here.')),
      isSelected && problems.length
        ? el(Notice, { status: 'warning', isDismissible: false }, el('ul', null, problems.map((problem) => el('li', { key: problem }, problem))))
        : null,
      isSelected
        ? el(FieldsForm, { fields: [QUOTES_FIELD], value: attributes, onChange: (value: Record<string, unknown>) => setAttributes({ quotes: value.quotes as QuotesBlockAttributes['quotes'] }) })
        : null);
  };
}

/** The block's settings: `edit` is built on first use, since only the editor has its components. */
export function quotesBlockSettings(wp: WordPressApi) {
  let edit: ReturnType<typeof createQuotesEdit> | undefined;
  return {
    edit: (props: EditProps<QuotesBlockAttributes>) => (edit ??= createQuotesEdit(wp))(props),
    save: ({ attributes }: { attributes: QuotesBlockAttributes }) => {
      const html = quotesMarkup(attributes);
      return html ? wp.element.createElement(wp.element.RawHTML, null, html) : null;
    },
  };
}

/** Registers the block with its metadata from block.json. */
export const registerQuotesBlock = (wp: WordPressApi) => wp.blocks.registerBlockType(metadata, quotesBlockSettings(wp));
