/**
 * The live preview: the real elements (the page loads the built bundle) at a phone's width and
 * a desktop's, side by side, on a light or a dark page. Each screen is laid out at its device's
 * width and zoomed to fit, so container queries see the true width. It shows the last story
 * that passed validation, so a field being fixed never blanks it.
 */
import type { Story } from '../../src/data/types.js';
import { element } from './dom.js';
import type { BuilderStrings } from './strings.js';
import { elementOf, widgetAttributes, widgetColours, type WidgetSettings } from './widget.js';
import { WIDGET_CHOICES } from '../../tools/fields.js';
import { COLOURS } from './colours.js';

/** The widths the preview lays the element out at. */
export const DEVICES = [{ name: 'phone', width: 375 }, { name: 'desktop', width: 1280 }] as const;

type PreviewElement = HTMLElement & { story?: Story; quotes?: Story['quotes'] };

/** Every attribute the widget may set, to clear before setting the current ones. */
const ALL_ATTRIBUTES = [...new Set(WIDGET_CHOICES.flatMap((choice) => Object.values(choice.attributes)))];

export class Preview {
  private lastGood: Story | undefined;
  private screens: { viewport: HTMLElement; width: number }[] = [];

  constructor(private container: HTMLElement, private strings: BuilderStrings) {
    const status = container.querySelector<HTMLElement>('.preview-status')!;
    const devices = DEVICES.map((device, index) => {
      const viewport = element('div', { class: 'viewport' });
      viewport.style.inlineSize = `${device.width}px`;
      this.screens.push({ viewport, width: device.width });
      // The desktop screen repeats the phone's story for the eyes: assistive technology and
      // the keyboard meet it once, on the phone.
      return element('figure', { class: `device ${device.name}`, inert: index > 0, 'aria-hidden': index > 0 ? 'true' : undefined },
        element('figcaption', {}, device.name === 'phone' ? strings.phone : strings.desktop),
        element('div', { class: 'screen' }, viewport));
    });
    status.after(element('div', { class: 'devices' }, ...devices));
    // Zoomed before the first story is drawn, so that story is never laid out at another zoom.
    this.fit();
    // Zooming changes the preview's height, not the screens' widths: observing the screens, and
    // zooming in the next frame, never loops.
    const observer = new ResizeObserver(() => requestAnimationFrame(() => this.fit()));
    for (const { viewport } of this.screens) observer.observe(viewport.parentElement!);
    container.addEventListener('change', (event) => {
      const scheme = (event.target as HTMLInputElement).value;
      container.dataset.scheme = scheme === 'dark' ? 'dark' : 'light';
    });
  }

  /** Zooms each screen so its device's width fits the room it has. */
  private fit(): void {
    for (const { viewport, width } of this.screens) {
      const room = viewport.parentElement!.clientWidth;
      const zoom = String(Math.min(1, room / width));
      if (viewport.style.zoom !== zoom) viewport.style.zoom = zoom;
    }
  }

  /** The story on show: the last one that passed validation. */
  get story(): Story | undefined {
    return this.lastGood;
  }

  /** Forgets the story on show (start over). */
  clear(): void {
    this.lastGood = undefined;
  }

  /** Shows `story` if it is good, else keeps the last good one and says why. */
  update(story: Story | undefined, problemCount: number, widget: WidgetSettings): void {
    if (story && !problemCount) this.lastGood = story;
    const status = this.container.querySelector<HTMLElement>('.preview-status')!;
    const shown = this.lastGood;
    const name = elementOf(widget);
    const quotesMissing = name === 'value-quote' && !shown?.quotes?.length;
    status.textContent = problemCount && shown ? this.strings.previewFrozen(problemCount)
      : !shown ? this.strings.previewEmpty : quotesMissing ? this.strings.noQuotes : '';
    for (const { viewport } of this.screens) this.draw(viewport, shown && !quotesMissing ? shown : undefined, widget);
  }

  private draw(viewport: HTMLElement, story: Story | undefined, widget: WidgetSettings): void {
    const name = elementOf(widget);
    if (!story) {
      viewport.replaceChildren();
      return;
    }
    let shown = viewport.firstElementChild as PreviewElement | null;
    if (shown?.localName !== name) {
      shown = document.createElement(name) as PreviewElement;
      viewport.replaceChildren(shown);
    }
    for (const attribute of ALL_ATTRIBUTES) if (attribute) shown.removeAttribute(attribute);
    for (const [attribute, value] of widgetAttributes(widget)) shown.setAttribute(attribute, value);
    for (const colour of COLOURS) shown.style.removeProperty(colour.property);
    for (const [property, value] of widgetColours(widget)) shown.style.setProperty(property, value);
    if (name === 'success-story') shown.story = story;
    else shown.quotes = story.quotes;
  }
}
