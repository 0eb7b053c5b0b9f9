/**
 * The widget's choices (element, layout, theme, language, rhythm, controls…) and its colours,
 * drawn from WIDGET_CHOICES and COLOURS. A choice that does not apply to the chosen element is
 * hidden; a colour pair below 4.5:1 is warned about next to the colours.
 */
import { contrastWarnings } from './contrast.js';
import { element } from './dom.js';
import { WIDGET_CHOICES, type Language } from '../../tools/fields.js';
import { COLOURS } from './colours.js';
import type { BuilderStrings } from './strings.js';
import { elementOf, type WidgetSettings } from './widget.js';

export interface WidgetFormOptions {
  language: Language;
  strings: BuilderStrings;
  onChange(): void;
  announce(message: string): void;
}

const COLOURS_LEGEND = { fr: 'Couleurs', en: 'Colours' };
const COLOURS_HINT = {
  fr: 'Elles valent pour les thèmes clair et sombre. Sans choix, l’élément garde les siennes.',
  en: 'They apply to both the light and the dark theme. Left alone, the element keeps its own.',
};

export class WidgetForm {
  constructor(private container: HTMLElement, public widget: WidgetSettings, private options: WidgetFormOptions) {
    container.addEventListener('change', (event) => this.changed(event));
    container.addEventListener('input', (event) => this.changed(event));
    container.addEventListener('click', (event) => this.clicked(event));
    this.render();
  }

  setWidget(widget: WidgetSettings): void {
    this.widget = widget;
    this.render();
  }

  private render(): void {
    const language = this.options.language;
    const choices = WIDGET_CHOICES.map((choice) => {
      const id = `widget-${choice.name}`;
      const select = element('select', { id, 'data-choice': choice.name, 'aria-describedby': choice.hint ? `${id}-hint` : undefined },
        ...choice.options.map((option) => element('option', { value: option.value }, option.label[language])));
      select.value = this.widget.choices[choice.name];
      return element('div', { class: 'field', 'data-applies': Object.keys(choice.attributes).join(' ') || 'all' },
        element('label', { for: id }, choice.label[language]),
        choice.hint && element('p', { class: 'hint', id: `${id}-hint` }, choice.hint[language]),
        select);
    });
    const colours = COLOURS.map((colour) => {
      const id = `colour-${colour.name}`;
      const chosen = this.widget.colours[colour.name];
      const input = element('input', { type: 'color', id, 'data-colour': colour.name, 'aria-describedby': 'contrast-status' });
      input.value = chosen ?? colour.defaults.light;
      return element('div', { class: 'colour', 'data-applies': colour.elements.join(' ') },
        input,
        element('label', { for: id }, colour.label[language], element('span', { class: 'colour-value' }, chosen ?? this.options.strings.defaultColour)),
        chosen && element('button', { type: 'button', class: 'icon-button', 'data-reset': colour.name, 'aria-label': this.options.strings.resetColour(colour.label[language]), title: this.options.strings.resetColour(colour.label[language]) }, '↺'));
    });
    this.container.replaceChildren(
      element('div', { class: 'choices' }, ...choices),
      element('fieldset', { class: 'colours' }, element('legend', {}, COLOURS_LEGEND[language]),
        element('p', { class: 'hint' }, COLOURS_HINT[language]),
        element('div', { class: 'colour-grid' }, ...colours),
        element('p', { id: 'contrast-status', class: 'contrast-status' })));
    this.refresh();
  }

  /** Hides what the chosen element does not use and says whether the colours read well. */
  private refresh(): void {
    const chosen = elementOf(this.widget);
    for (const node of this.container.querySelectorAll<HTMLElement>('[data-applies]')) {
      const applies = node.dataset.applies!;
      node.hidden = applies !== 'all' && !applies.split(' ').includes(chosen);
    }
    const warnings = contrastWarnings(this.widget.colours, this.widget.choices.theme, chosen, this.options.language);
    const status = this.container.querySelector('#contrast-status')!;
    const text = warnings.map((warning) => warning.message).join(' ');
    status.textContent = warnings.length ? `⚠ ${text}` : '';
    status.classList.toggle('warning', warnings.length > 0);
    for (const input of this.container.querySelectorAll<HTMLInputElement>('[data-colour]')) {
      const weak = warnings.some((warning) => warning.colours.includes(input.dataset.colour as never));
      input.closest('.colour')!.classList.toggle('weak', weak);
    }
  }

  private changed(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset.choice) {
      if (this.widget.choices[target.dataset.choice] === target.value) return;
      this.widget.choices[target.dataset.choice] = target.value;
    } else if (target.dataset.colour) {
      const name = target.dataset.colour as keyof WidgetSettings['colours'];
      this.widget.colours[name] = target.value;
      target.closest('.colour')!.querySelector('.colour-value')!.textContent = target.value;
      // The reset button appears once a colour is chosen (the picker fires change when it closes).
      if (event.type === 'change' && !this.container.querySelector(`[data-reset="${name}"]`)) this.renderKeepingFocus(target.id);
    } else return;
    this.refresh();
    this.options.onChange();
    const status = this.container.querySelector('#contrast-status')!;
    if (target.dataset.colour && event.type === 'change') this.options.announce(status.textContent || this.options.strings.contrastOk);
  }

  private clicked(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-reset]');
    if (!button) return;
    delete this.widget.colours[button.dataset.reset as keyof WidgetSettings['colours']];
    this.renderKeepingFocus(`colour-${button.dataset.reset}`);
    this.options.onChange();
  }

  private renderKeepingFocus(id: string): void {
    this.render();
    this.container.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}
