/**
 * The story's form, drawn from STORY_SECTIONS: groups of fields and lists whose items the
 * reader adds, removes and reorders with buttons or Alt + arrow keys. Every keystroke is written
 * to the draft at once; problems are shown next to their field and announced once.
 */
import { EMPTY_ITEMS, readPath, writePath, type Draft, type ListName } from './draft.js';
import { element, fieldId } from './dom.js';
import { STORY_SECTIONS, type FieldDefinition, type GroupDefinition, type Language, type ListDefinition } from '../../tools/fields.js';
import { LOCALE_FILES } from './languages.js';
import type { BuilderStrings } from './strings.js';
import type { FieldProblem } from './validation.js';

export interface StoryFormOptions {
  language: Language;
  strings: BuilderStrings;
  /** The draft changed: typing in the field at `path`, or a list changed. */
  onChange(path?: string): void;
  /** A message for the page's live region. */
  announce(message: string): void;
}

const REQUIRED = { fr: 'obligatoire', en: 'required' };
const MORE = { fr: 'Lien, langue et traduction', en: 'Link, language and translation' };
// The codes the language fields suggest: every language the elements speak.
const LANGUAGES = ['fr', 'en', ...LOCALE_FILES];

export class StoryForm {
  draft: Draft;
  private problems = new Map<string, string>();

  constructor(private form: HTMLFormElement, draft: Draft, private options: StoryFormOptions) {
    this.draft = draft;
    form.append(element('datalist', { id: 'language-codes' }, ...LANGUAGES.map((code) => element('option', { value: code }))));
    form.addEventListener('input', (event) => this.typed(event));
    form.addEventListener('click', (event) => this.clicked(event));
    form.addEventListener('keydown', (event) => this.keyPressed(event));
    this.render();
  }

  /** Replaces the whole draft (import, start over) and draws the form again. */
  setDraft(draft: Draft): void {
    this.draft = draft;
    this.render();
  }

  private get language() {
    return this.options.language;
  }

  private render(): void {
    this.form.querySelectorAll(':scope > fieldset').forEach((node) => node.remove());
    for (const section of STORY_SECTIONS) this.form.append(section.kind === 'group' ? this.group(section) : this.list(section));
    this.paintProblems();
  }

  private group(section: GroupDefinition): HTMLFieldSetElement {
    const prefix = section.path ? `${section.path}.` : '';
    return element('fieldset', { class: 'form-section' }, element('legend', {}, section.legend[this.language]),
      ...section.fields.map((field) => this.field(field, prefix + field.path)));
  }

  private list(section: ListDefinition): HTMLFieldSetElement {
    const items = this.draft[section.path] as unknown[];
    return element('fieldset', { class: 'form-section list', 'data-list': section.path },
      element('legend', {}, section.legend[this.language]),
      section.hint && element('p', { class: 'hint' }, section.hint[this.language]),
      element('p', { class: 'hint' }, this.options.strings.reorderHint),
      element('ol', { class: 'items' }, ...items.map((_, index) => this.item(section, index, items.length))),
      element('button', { type: 'button', class: 'button secondary add', 'data-action': 'add', 'data-list': section.path }, `+ ${section.addLabel[this.language]}`));
  }

  private itemName(section: ListDefinition, index: number): string {
    return `${section.itemName[this.language]} ${index + 1}`;
  }

  private item(section: ListDefinition, index: number, count: number): HTMLLIElement {
    const name = this.itemName(section, index);
    const strings = this.options.strings;
    const tool = (action: string, label: string, symbol: string, disabled: boolean) =>
      element('button', { type: 'button', class: 'icon-button', 'data-action': action, 'data-list': section.path, 'data-index': String(index), 'aria-label': label, title: label, disabled }, symbol);
    const tools = element('div', { class: 'item-tools' },
      tool('up', strings.moveUp(name), '↑', index === 0), tool('down', strings.moveDown(name), '↓', index === count - 1), tool('remove', strings.remove(name), '✕', false));
    const base = `${section.path}.${index}`;
    if (section.fields.length === 1 && section.fields[0].path === '') {
      const field = this.field({ ...section.fields[0], label: section.itemName }, base, name);
      return element('li', { class: 'item single', 'data-index': String(index) }, field, tools);
    }
    const main = section.fields.filter((field) => !/^(cite|lang|original\.)/.test(field.path) || section.path !== 'quotes');
    const more = section.fields.filter((field) => !main.includes(field));
    const fields: HTMLElement[] = main.map((field) => this.field(field, `${base}.${field.path}`));
    if (more.length) {
      const filled = more.some((field) => readPath(this.draft, `${base}.${field.path}`));
      fields.push(element('details', { class: 'more', open: filled }, element('summary', {}, MORE[this.language]),
        ...more.map((field) => this.field(field, `${base}.${field.path}`))));
    }
    return element('li', { class: 'item', 'data-index': String(index) },
      element('fieldset', {}, element('legend', {}, name), tools, ...fields));
  }

  private field(definition: FieldDefinition, path: string, label = definition.label[this.language]): HTMLDivElement {
    const id = fieldId(path);
    const hint = definition.hint?.[this.language];
    // No `name`: a control named `id` would stand in for the form's own `id` property.
    const common = {
      id, 'data-path': path, 'aria-required': definition.required ? 'true' : undefined,
      spellcheck: definition.kind === 'url' || definition.kind === 'language' ? 'false' : undefined,
    };
    const control = definition.kind === 'long-text'
      ? element('textarea', { ...common, rows: path.startsWith('summary') ? '4' : '3' })
      : element('input', {
        ...common, type: 'text', autocomplete: 'off',
        inputmode: definition.kind === 'url' ? 'url' : undefined,
        list: definition.kind === 'language' ? 'language-codes' : undefined,
        class: definition.kind === 'language' ? 'short' : undefined,
      });
    control.value = readPath(this.draft, path);
    return element('div', { class: 'field', 'data-field': path },
      element('label', { for: id }, label, definition.required && element('span', { class: 'required' }, ` (${REQUIRED[this.language]})`)),
      hint && element('p', { class: 'hint', id: `${id}-hint` }, hint),
      control,
      element('p', { class: 'field-error', id: `${id}-error` }));
  }

  private typed(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (!target.dataset.path) return;
    writePath(this.draft, target.dataset.path, target.value);
    this.options.onChange(target.dataset.path);
  }

  private clicked(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const list = button.dataset.list as ListName;
    const index = Number(button.dataset.index);
    if (button.dataset.action === 'add') this.add(list);
    else if (button.dataset.action === 'remove') this.remove(list, index);
    else this.move(list, index, button.dataset.action === 'up' ? -1 : 1, button.dataset.action!);
  }

  /** Alt + up or down arrow moves the item that holds the focus. */
  private keyPressed(event: KeyboardEvent): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const item = (event.target as Element).closest<HTMLElement>('li.item');
    const list = item?.closest<HTMLElement>('[data-list]')?.dataset.list as ListName | undefined;
    if (!item || !list) return;
    event.preventDefault();
    const { path, action } = (event.target as HTMLElement).dataset;
    this.move(list, Number(item.dataset.index), event.key === 'ArrowUp' ? -1 : 1, path ? undefined : action ?? 'up', path);
  }

  private section(list: ListName): ListDefinition {
    return STORY_SECTIONS.find((section) => section.path === list) as ListDefinition;
  }

  /** Draws one list again, then puts the focus on the first enabled match of `focus` inside it. */
  private redraw(list: ListName, ...focus: string[]): void {
    const old = this.form.querySelector(`fieldset[data-list="${list}"]`)!;
    const fresh = this.list(this.section(list));
    old.replaceWith(fresh);
    this.paintProblems();
    const candidates = focus.map((selector) => fresh.querySelector<HTMLElement>(`${selector}:not(:disabled)`));
    (candidates.find(Boolean) ?? fresh.querySelector<HTMLElement>('button.add'))!.focus();
    this.options.onChange();
  }

  private add(list: ListName): void {
    const items = this.draft[list] as unknown[];
    items.push(EMPTY_ITEMS[list]());
    const index = items.length - 1;
    this.redraw(list, `li[data-index="${index}"] [data-path]`);
    this.options.announce(this.options.strings.added(this.itemName(this.section(list), index)));
  }

  private remove(list: ListName, index: number): void {
    const items = this.draft[list] as unknown[];
    const name = this.itemName(this.section(list), index);
    items.splice(index, 1);
    // A list is never left without a row to type into.
    if (!items.length) items.push(EMPTY_ITEMS[list]());
    this.redraw(list, `li[data-index="${Math.min(index, items.length - 1)}"] [data-action="remove"]`);
    this.options.announce(this.options.strings.removed(name));
  }

  /** Moves an item one place; the focus stays on the button or the field it was on. */
  private move(list: ListName, index: number, step: -1 | 1, action?: string, path?: string): void {
    const items = this.draft[list] as unknown[];
    const target = index + step;
    if (target < 0 || target >= items.length) return;
    [items[index], items[target]] = [items[target], items[index]];
    const section = this.section(list);
    // At an end of the list the button just used is disabled: the focus goes to its opposite.
    const focus = action
      ? [`li[data-index="${target}"] [data-action="${action}"]`, `li[data-index="${target}"] [data-action="${action === 'up' ? 'down' : 'up'}"]`]
      : [`[data-path="${path!.replace(`${list}.${index}`, `${list}.${target}`)}"]`];
    this.redraw(list, ...focus);
    this.options.announce(this.options.strings.moved(this.itemName(section, index), target + 1));
  }

  /**
   * Shows each problem next to its field (aria-invalid, aria-describedby); the field being
   * edited has its change announced, so a screen reader hears it without leaving the field.
   */
  showProblems(problems: FieldProblem[], edited?: string): void {
    const before = edited ? this.problems.get(edited) : undefined;
    this.problems = new Map(problems.map((problem) => [problem.field, problem.message]));
    this.paintProblems();
    const after = edited ? this.problems.get(edited) : undefined;
    if (after && after !== before) this.options.announce(after);
    else if (before && !after) this.options.announce(this.options.strings.fixed);
  }

  private paintProblems(): void {
    for (const field of this.form.querySelectorAll<HTMLElement>('.field')) {
      const path = field.dataset.field!;
      const control = field.querySelector<HTMLElement>('[data-path]')!;
      const message = this.problems.get(path) ?? '';
      const error = field.querySelector('.field-error')!;
      if (error.textContent !== message) error.textContent = message;
      const described = [field.querySelector('.hint')?.id, message && error.id].filter(Boolean).join(' ');
      if (described) control.setAttribute('aria-describedby', described);
      else control.removeAttribute('aria-describedby');
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      if (message) field.closest('details')?.setAttribute('open', '');
    }
  }

  /** The first field with a problem, to lead the reader to it. */
  firstProblemField(): HTMLElement | null {
    return this.form.querySelector('[aria-invalid="true"]');
  }
}
