/**
 * What both blocks are made of: in the editor, the display choices in the sidebar, the element
 * itself as the preview (or a line saying what it needs), what is wrong with the data, and the
 * form while the block is selected; in the post, the HTML the block saves. Each block says only
 * what differs: its metadata, its choices, its form and how its attributes become HTML.
 */
import type { SectionDefinition } from '../../tools/fields.js';
import { createChoicesPanel } from './choices-panel.js';
import type { ChoiceDefinition } from './choices.js';
import { createFieldsForm } from './form.js';
import { createPreview } from './preview.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

/** What WordPress passes to a block's `edit`. */
interface EditProps<T> {
  attributes: T;
  setAttributes(change: Partial<T>): void;
  isSelected: boolean;
}

/** One block of the plugin. */
export interface ElementBlock<T> {
  /** block.json. */
  metadata: object;
  choices: ChoiceDefinition[];
  sections: SectionDefinition[];
  /** Shown instead of the preview while there is nothing to save (English, translated). */
  emptyText: string;
  /** The form's value, read from the attributes, and the attributes a new value sets. */
  formValue(attributes: T): Record<string, unknown> | undefined;
  formChange(value: Record<string, unknown>): Partial<T>;
  /** What is wrong with the data, and the properties the preview sets on the element. */
  check(attributes: T): { problems: string[]; properties?: Record<string, unknown> };
  /** The HTML the block saves; undefined while there is nothing to save. */
  markup(attributes: T): string | undefined;
}

function createEdit<T extends object>(wp: WordPressApi, block: ElementBlock<T>) {
  const { createElement: el } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor!;
  const { Notice } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);
  const FieldsForm = createFieldsForm(wp);
  const ChoicesPanel = createChoicesPanel(wp);
  const ElementPreview = createPreview(wp);

  return function Edit({ attributes, setAttributes, isSelected }: EditProps<T>): Node {
    const blockProps = useBlockProps({ className: 'success-story-block' });
    const { problems, properties } = block.check(attributes);
    const html = block.markup(attributes);
    return el('div', blockProps,
      el(InspectorControls, null,
        el(ChoicesPanel, { title: __('Display'), choices: block.choices, attributes, setAttributes })),
      html
        ? el(ElementPreview, { html, properties })
        : el('p', { className: 'success-story-block__empty' }, __(block.emptyText)),
      isSelected && problems.length
        ? el(Notice, { status: 'warning', isDismissible: false }, el('ul', null, problems.map((problem) => el('li', { key: problem }, problem))))
        : null,
      isSelected
        ? el(FieldsForm, { sections: block.sections, value: block.formValue(attributes), onChange: (value: Record<string, unknown>) => setAttributes(block.formChange(value)) })
        : null);
  };
}

/** The block's settings: `edit` is built on first use, since only the editor has its components. */
export function elementBlockSettings<T extends object>(wp: WordPressApi, block: ElementBlock<T>) {
  let edit: ReturnType<typeof createEdit<T>> | undefined;
  return {
    edit: (props: EditProps<T>) => (edit ??= createEdit(wp, block))(props),
    save: ({ attributes }: { attributes: T }) => {
      const html = block.markup(attributes);
      return html ? wp.element.createElement(wp.element.RawHTML, null, html) : null;
    },
  };
}

/** Registers the block with its metadata from block.json. */
export const registerElementBlock = <T extends object>(wp: WordPressApi, block: ElementBlock<T>) =>
  wp.blocks.registerBlockType(block.metadata, elementBlockSettings(wp, block));
