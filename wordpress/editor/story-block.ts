/** The Success story block: the story form, the display choices, the live element, the saved HTML. */
import metadata from '../blocks/story/block.json';
import { createChoicesPanel } from './choices-panel.js';
import { STORY_CHOICES, STORY_FIELDS } from './fields.js';
import { createFieldsForm } from './form.js';
import { storyMarkup, storyOf, type StoryBlockAttributes } from './markup.js';
import { createPreview } from './preview.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

/** What WordPress passes to a block's `edit`. */
interface EditProps<T> {
  attributes: T;
  setAttributes(change: Partial<T>): void;
  isSelected: boolean;
}

function createStoryEdit(wp: WordPressApi) {
  const { createElement: el } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor!;
  const { Notice } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);
  const FieldsForm = createFieldsForm(wp);
  const ChoicesPanel = createChoicesPanel(wp);
  const ElementPreview = createPreview(wp);

  return function StoryEdit({ attributes, setAttributes, isSelected }: EditProps<StoryBlockAttributes>): Node {
    const blockProps = useBlockProps({ className: 'success-story-block' });
    const { story, problems } = storyOf(attributes);
    const html = storyMarkup(attributes);
    return el('div', blockProps,
      el(InspectorControls, null,
        el(ChoicesPanel, { title: __('Display'), choices: STORY_CHOICES, attributes, setAttributes })),
      story && html
        ? el(ElementPreview, { html, properties: { story } })
        : el('p', { className: 'success-story-block__empty' }, __('Give the story a title to see it here.')),
      isSelected && problems.length
        ? el(Notice, { status: 'warning', isDismissible: false }, el('ul', null, problems.map((problem) => el('li', { key: problem }, problem))))
        : null,
      isSelected
        ? el(FieldsForm, { fields: STORY_FIELDS, value: attributes.story, onChange: (value: Record<string, unknown>) => setAttributes({ story: value }) })
        : null);
  };
}

/** The block's settings: `edit` is built on first use, since only the editor has its components. */
export function storyBlockSettings(wp: WordPressApi) {
  let edit: ReturnType<typeof createStoryEdit> | undefined;
  return {
    edit: (props: EditProps<StoryBlockAttributes>) => (edit ??= createStoryEdit(wp))(props),
    save: ({ attributes }: { attributes: StoryBlockAttributes }) => {
      const html = storyMarkup(attributes);
      return html ? wp.element.createElement(wp.element.RawHTML, null, html) : null;
    },
  };
}

/** Registers the block with its metadata from block.json. */
export const registerStoryBlock = (wp: WordPressApi) => wp.blocks.registerBlockType(metadata, storyBlockSettings(wp));
