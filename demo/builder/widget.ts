/**
 * The widget's settings: which element, its attributes and its colours. Only what differs from
 * the element's default becomes an attribute, so a snippet says no more than it needs to.
 */
import { WIDGET_CHOICES, type ElementName } from '../../tools/fields.js';
import { COLOURS } from './colours.js';
import type { Colours } from './contrast.js';

export interface WidgetSettings {
  /** Each choice of WIDGET_CHOICES by name, `element` included. */
  choices: Record<string, string>;
  colours: Colours;
}

/** Every choice on its default (its first option). */
export function defaultWidget(): WidgetSettings {
  return { choices: Object.fromEntries(WIDGET_CHOICES.map((choice) => [choice.name, choice.options[0].value])), colours: {} };
}

/** Settings read back from storage: unknown names and values are left at their default. */
export function widgetFrom(stored: unknown): WidgetSettings {
  const widget = defaultWidget();
  const record = (stored ?? {}) as Partial<WidgetSettings>;
  for (const choice of WIDGET_CHOICES) {
    const value = record.choices?.[choice.name];
    if (choice.options.some((option) => option.value === value)) widget.choices[choice.name] = value!;
  }
  for (const colour of COLOURS) {
    const value = record.colours?.[colour.name];
    if (typeof value == 'string' && /^#[\da-f]{6}$/i.test(value)) widget.colours[colour.name] = value;
  }
  return widget;
}

export const elementOf = (widget: WidgetSettings): ElementName => widget.choices.element as ElementName;

/** The attributes of the chosen element that differ from their default, in a stable order. */
export function widgetAttributes(widget: WidgetSettings): [string, string][] {
  const element = elementOf(widget);
  const attributes: [string, string][] = [];
  for (const choice of WIDGET_CHOICES) {
    const attribute = choice.attributes[element];
    const value = widget.choices[choice.name];
    if (attribute && value !== choice.options[0].value) attributes.push([attribute, value]);
  }
  return attributes;
}

/** The chosen colours that the element uses, as custom properties. */
export function widgetColours(widget: WidgetSettings): [string, string][] {
  const element = elementOf(widget);
  return COLOURS.filter((colour) => widget.colours[colour.name] && colour.elements.includes(element))
    .map((colour) => [colour.property, widget.colours[colour.name]!]);
}
