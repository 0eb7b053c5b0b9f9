/**
 * The story form of the block editor, drawn from the field definitions in fields.ts with
 * WordPress's own controls: text fields, groups, and lists whose entries can be added,
 * removed and moved up or down.
 */
import type { FieldDefinition, GroupField, ListField, TextField } from './fields.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

type FormRecord = Record<string, unknown>;

/** Props of the form component. */
export interface FieldsFormProps {
  fields: FieldDefinition[];
  value: FormRecord | undefined;
  onChange(value: FormRecord): void;
}

const asRecord = (value: unknown): FormRecord => (value && typeof value == 'object' && !Array.isArray(value) ? (value as FormRecord) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const replaced = (items: unknown[], index: number, item: unknown) => items.map((old, at) => (at === index ? item : old));
function moved(items: unknown[], from: number, to: number): unknown[] {
  const next = items.slice();
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/** The form component, built on the editor's `wp` globals. */
export function createFieldsForm(wp: WordPressApi) {
  const { createElement: el } = wp.element;
  const { TextControl, TextareaControl, Button } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);
  const { sprintf } = wp.i18n;

  function textControl(field: TextField, value: unknown, onChange: (text: string) => void, label = __(field.label)): Node {
    const common = { key: field.name, label, help: field.help && __(field.help), value: typeof value == 'string' ? value : '', onChange };
    return field.multiline ? el(TextareaControl, { ...common, rows: 3 }) : el(TextControl, { ...common, type: field.url ? 'url' : 'text' });
  }

  function groupControl(field: GroupField, value: unknown, onChange: (value: FormRecord) => void): Node {
    const group = asRecord(value);
    return el('fieldset', { key: field.name, className: 'success-story-form__group' },
      el('legend', null, __(field.label)),
      field.fields.map((sub) => textControl(sub, group[sub.name], (text) => onChange({ ...group, [sub.name]: text }))));
  }

  function listControl(field: ListField, value: unknown, onChange: (value: unknown[]) => void): Node {
    const items = asList(value);
    const itemName = __(field.itemLabel);
    const entry = (item: unknown, index: number) => {
      const position = sprintf(__('%1$s %2$d'), itemName, index + 1);
      const content = field.item
        ? textControl(field.item, item, (text) => onChange(replaced(items, index, text)), position)
        : field.fields!.map((sub) => textControl(sub, asRecord(item)[sub.name], (text) => onChange(replaced(items, index, { ...asRecord(item), [sub.name]: text }))));
      return el('div', { key: index, className: 'success-story-form__entry', role: 'group', 'aria-label': position },
        content,
        el('div', { className: 'success-story-form__entry-actions' },
          el(Button, { variant: 'tertiary', disabled: index === 0, onClick: () => onChange(moved(items, index, index - 1)), label: sprintf(__('Move up: %s'), position), showTooltip: false }, __('Move up')),
          el(Button, { variant: 'tertiary', disabled: index === items.length - 1, onClick: () => onChange(moved(items, index, index + 1)), label: sprintf(__('Move down: %s'), position), showTooltip: false }, __('Move down')),
          el(Button, { variant: 'tertiary', isDestructive: true, onClick: () => onChange(items.filter((_, at) => at !== index)), label: sprintf(__('Remove: %s'), position), showTooltip: false }, __('Remove'))));
    };
    return el('fieldset', { key: field.name, className: 'success-story-form__list' },
      el('legend', null, __(field.label)),
      items.map(entry),
      el(Button, { variant: 'secondary', onClick: () => onChange([...items, field.item ? '' : {}]) }, sprintf(__('Add %s'), itemName)));
  }

  /** The fields, in order, editing one object. */
  return function FieldsForm({ fields, value, onChange }: FieldsFormProps): Node {
    const record = asRecord(value);
    const set = (name: string) => (fieldValue: unknown) => onChange({ ...record, [name]: fieldValue });
    return el('div', { className: 'success-story-form' },
      fields.map((field) => {
        if (field.kind == 'text') return textControl(field, record[field.name], set(field.name));
        if (field.kind == 'group') return groupControl(field, record[field.name], set(field.name));
        return listControl(field, record[field.name], set(field.name));
      }));
  };
}
