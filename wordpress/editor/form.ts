/**
 * The form of the block editor, drawn from the story builder's field definitions
 * (tools/fields.ts) with WordPress's own controls: text fields, groups, and lists whose entries
 * can be added, removed and moved up or down. Labels are the definitions' English ones, passed
 * through WordPress's translation function.
 */
import type { FieldDefinition, GroupDefinition, ListDefinition, SectionDefinition } from '../../tools/fields.js';
import { TEXT_DOMAIN, type Node, type WordPressApi } from './wordpress-globals.js';

type FormRecord = Record<string, unknown>;

/** Props of the form component. */
export interface FieldsFormProps {
  sections: SectionDefinition[];
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

/** The value at a dotted `path` of `record` (`original.text`); the record itself for ''. */
function valueAt(record: FormRecord, path: string): unknown {
  return path ? path.split('.').reduce<unknown>((value, key) => asRecord(value)[key], record) : record;
}

/** A copy of `record` with `value` at the dotted `path`. */
function withValueAt(record: FormRecord, path: string, value: unknown): FormRecord {
  const [key, ...rest] = path.split('.');
  return { ...record, [key]: rest.length ? withValueAt(asRecord(record[key]), rest.join('.'), value) : value };
}

/** The form component, built on the editor's `wp` globals. */
export function createFieldsForm(wp: WordPressApi) {
  const { createElement: el } = wp.element;
  const { TextControl, TextareaControl, Button } = wp.components!;
  const __ = (text: string) => wp.i18n.__(text, TEXT_DOMAIN);
  const { sprintf } = wp.i18n;

  function textControl(field: FieldDefinition, value: unknown, onChange: (text: string) => void, label = __(field.label.en)): Node {
    const common = { key: field.path, label, help: field.hint && __(field.hint.en), value: typeof value == 'string' ? value : '', onChange };
    return field.kind == 'long-text'
      ? el(TextareaControl, { ...common, rows: 3 })
      : el(TextControl, { ...common, type: field.kind == 'url' ? 'url' : 'text' });
  }

  /** The fields of one object, each at its path inside it. */
  const recordControls = (fields: FieldDefinition[], record: FormRecord, onChange: (value: FormRecord) => void) =>
    fields.map((field) => textControl(field, valueAt(record, field.path), (text) => onChange(withValueAt(record, field.path, text))));

  /** The story's own fields sit in the form itself; a group inside it gets a fieldset. */
  function groupControl(section: GroupDefinition, record: FormRecord, onChange: (value: FormRecord) => void): Node {
    if (!section.path) return recordControls(section.fields, record, onChange);
    const group = asRecord(record[section.path]);
    return el('fieldset', { key: section.path, className: 'success-story-form__group' },
      el('legend', null, __(section.legend.en)),
      recordControls(section.fields, group, (value) => onChange({ ...record, [section.path]: value })));
  }

  function listControl(section: ListDefinition, value: unknown, onChange: (value: unknown[]) => void): Node {
    const items = asList(value);
    // A list of strings has one field, at the path ''.
    const ofStrings = section.fields.length === 1 && section.fields[0].path === '';
    const entry = (item: unknown, index: number) => {
      const position = sprintf(__('%1$s %2$d'), __(section.itemName.en), index + 1);
      const content = ofStrings
        ? textControl(section.fields[0], item, (text) => onChange(replaced(items, index, text)), position)
        : recordControls(section.fields, asRecord(item), (record) => onChange(replaced(items, index, record)));
      return el('div', { key: index, className: 'success-story-form__entry', role: 'group', 'aria-label': position },
        content,
        el('div', { className: 'success-story-form__entry-actions' },
          el(Button, { variant: 'tertiary', disabled: index === 0, onClick: () => onChange(moved(items, index, index - 1)), label: sprintf(__('Move up: %s'), position), showTooltip: false }, __('Move up')),
          el(Button, { variant: 'tertiary', disabled: index === items.length - 1, onClick: () => onChange(moved(items, index, index + 1)), label: sprintf(__('Move down: %s'), position), showTooltip: false }, __('Move down')),
          el(Button, { variant: 'tertiary', isDestructive: true, onClick: () => onChange(items.filter((_, at) => at !== index)), label: sprintf(__('Remove: %s'), position), showTooltip: false }, __('Remove'))));
    };
    return el('fieldset', { key: section.path, className: 'success-story-form__list' },
      el('legend', null, __(section.legend.en)),
      section.hint ? el('p', { className: 'success-story-form__hint' }, __(section.hint.en)) : null,
      items.map(entry),
      el(Button, { variant: 'secondary', onClick: () => onChange([...items, ofStrings ? '' : {}]) }, __(section.addLabel.en)));
  }

  /** The sections, in order, editing one object. */
  return function FieldsForm({ sections, value, onChange }: FieldsFormProps): Node {
    const record = asRecord(value);
    return el('div', { className: 'success-story-form' },
      sections.map((section) => section.kind == 'group'
        ? groupControl(section, record, onChange)
        : listControl(section, record[section.path], (list) => onChange({ ...record, [section.path]: list }))));
  };
}
