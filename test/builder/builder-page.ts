/**
 * The story builder opened in a frame as a visitor opens it, and driven as a person drives it:
 * real clicks at an element's place on screen and real key presses.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export const STORAGE_KEY = 'success-story-builder';

export interface BuilderPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** Console errors since the page was opened, and uncaught errors. */
  errors: string[];
  /** Console warnings since the page was opened. */
  warnings: string[];
  /** The form control of a field, by its dotted path (`quotes.0.text`). */
  field(path: string): HTMLInputElement | HTMLTextAreaElement;
  remove(): void;
}

// Up to 10 s: a busy machine can take that long to lay out a page and run its handlers.
export async function until(check: () => boolean, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${what} never came true`);
}

/** Opens the builder; a first visit waits for the example story to fill the form. */
export async function openBuilder(path = '/demo/builder/index.html'): Promise<BuilderPage> {
  const firstVisit = localStorage.getItem(STORAGE_KEY) === null;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: 1280px; block-size: 900px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const [level, list] of [['error', errors], ['warn', warnings]] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      list.push(args.map(String).join(' '));
      original(...args);
    };
  }
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  await until(() => !!doc.querySelector('#story-form [data-path="title"]'), 'the form is drawn');
  if (firstVisit) await until(() => !!doc.getElementById('work-status')!.textContent, 'the example is loaded');
  return {
    frame, doc, win, errors, warnings,
    field: (fieldPath) => doc.querySelector(`[data-path="${fieldPath}"]`)!,
    remove: () => frame.remove(),
  };
}

/** Clicks the middle of `target` with the mouse, after scrolling it into view. */
export async function click(page: BuilderPage, target: Element): Promise<void> {
  let position: [number, number] = [-1, -1];
  const onScreen = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  // Firefox may still owe the field typed into last a scroll that brings its caret into view,
  // and take the page away from the target again: scroll until the target stays in view.
  for (let attempt = 0; attempt < 5 && !onScreen(position); attempt++) {
    target.scrollIntoView({ block: 'center' });
    // Two of the page's frames: what the last action opened or moved is laid out and painted
    // where the click will land, even on a busy machine.
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => page.win.requestAnimationFrame(resolve));
    const frameBox = page.frame.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    position = [Math.round(frameBox.x + box.x + box.width / 2), Math.round(frameBox.y + box.y + box.height / 2)];
  }
  await sendMouse({ type: 'click', position });
}

/**
 * Types `text` into the focused field, one key at a time: WebKitWebDriver drops a key that
 * repeats the one before, and some spaces, when a whole string is sent at once.
 */
export async function typeText(text: string): Promise<void> {
  for (const character of text) await sendKeys({ type: character });
}

/** Clicks into a field and types `text` at its end. */
export async function typeInto(page: BuilderPage, target: Element, text: string): Promise<void> {
  await click(page, target);
  await typeText(text);
}

/** The button of a list item: `up`, `down` or `remove`. */
export const itemButton = (page: BuilderPage, list: string, index: number, action: string) =>
  page.doc.querySelector<HTMLButtonElement>(`[data-list="${list}"] li[data-index="${index}"] [data-action="${action}"]`)!;

/** The text of each visible part of a rendered story, to compare two renderings. */
export function storyParts(story: Element): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const name of ['kicker', 'category', 'title', 'subject', 'summary', 'milestones', 'values', 'cta', 'source']) {
    parts[name] = story.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  const quotes = story.shadowRoot?.querySelector('value-quote') as (HTMLElement & { current?: { text: string } }) | null;
  parts.quote = quotes?.current?.text ?? '';
  return parts;
}
