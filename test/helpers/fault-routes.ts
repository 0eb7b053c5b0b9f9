/**
 * The test server's faulty routes (test/security/fault-server.mjs) as tests use them: a fresh
 * route for each test, the server's counts of it, and both elements seen the same way, so one
 * table of faults can drive each of them.
 */
import '../../src/index.js';
import type { SourceError } from '../../src/data/load.js';
import { visibleText } from './visible-text.js';

/** What the server's routes do; see fault-server.mjs. */
export type FaultKind =
  | 'good' | 'same-origin' | 'not-found' | 'server-error' | 'invalid-json' | 'wrong-shape'
  | 'empty' | 'never' | 'held' | 'redirect' | 'huge' | 'cdn';

/** The story every good route serves (the server's GOOD_STORY). */
export const GOOD = { title: 'Served through every fault', firstQuote: 'A good answer, at last.' };

/** The last story of the huge document, picked by its id. */
export const HUGE = { storyId: 'story-last', title: 'The last story of the file', quote: 'Quote of story' };

/** What the server counted for one route. */
export interface Counts {
  requests: number;
  aborted: number;
  bytes: number;
}

// Unique to this page, so the engines and reruns never count each other's requests.
const page = Math.random().toString(36).slice(2, 10);
let made = 0;

/** A route of its own: `{ url, route }`, where `route` names it to the count endpoint. */
export function faultRoute(fault: FaultKind, label = 'element'): { url: string; route: string } {
  const route = `${fault}/${label}-${page}-${++made}`;
  return { url: `/__faults__/${route}`, route };
}

/** The server's counts of a route; with `until` (`aborted: 1`), once it has them, or after 3 s. */
export async function serverCounts(route: string, until?: Partial<Counts>): Promise<Counts> {
  const [field, value] = Object.entries(until ?? {})[0] ?? [];
  const wait = field ? `&until=${field}:${value}` : '';
  const response = await fetch(`/__faults__/count?route=${encodeURIComponent(route)}${wait}`);
  return response.json();
}

/** Answers the requests the server holds on a `held` route; resolves with how many were still open. */
export async function release(route: string): Promise<number> {
  const response = await fetch(`/__faults__/release?route=${encodeURIComponent(route)}`);
  return (await response.json()).released;
}

/** Errors nobody caught, as a page would see them, from now until `stop()`. */
export function uncaught(target: Window = window): { list: string[]; stop(): void } {
  const list: string[] = [];
  const onError = (event: ErrorEvent) => list.push(String(event.message || event.error));
  const onRejection = (event: PromiseRejectionEvent) => list.push(String(event.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return {
    list,
    stop() {
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** An element of either tag, typed as loosely as the tests need. */
export type Placed = HTMLElement & { src?: string | null; updateComplete: Promise<unknown> };

/** One element as the fault tests drive it. */
export interface Subject {
  tag: 'value-quote' | 'success-story';
  load: 'quotes-load' | 'story-load';
  error: 'quotes-error' | 'story-error';
  /** Light DOM a page author writes inside, shown until data arrives and after a failure. */
  fallback: string;
  /** Text of the fallback, as a reader sees it. */
  fallbackText: string;
  /** What the reader sees of the good story. */
  goodText: string;
  /** Attributes that keep the element still, so only data changes what it shows. */
  attributes: string;
  /** Where the good story's relative link (`cite` of a quote, `cta.href` of a story) points, as rendered. */
  relativeLink(element: HTMLElement): string | undefined;
}

export const SUBJECTS: Subject[] = [
  {
    tag: 'value-quote',
    load: 'quotes-load',
    error: 'quotes-error',
    fallback: '<figure data-value="Rigueur"><blockquote>The page’s own quote.</blockquote><figcaption>The page</figcaption></figure>',
    fallbackText: 'The page’s own quote.',
    goodText: GOOD.firstQuote,
    attributes: 'paused',
    relativeLink: (element) => element.shadowRoot!.querySelector('blockquote[cite]')?.getAttribute('cite') ?? undefined,
  },
  {
    tag: 'success-story',
    load: 'story-load',
    error: 'story-error',
    fallback: '<p>The page’s own story, written in HTML.</p>',
    fallbackText: 'The page’s own story, written in HTML.',
    goodText: GOOD.title,
    attributes: 'quotes-interval="60000"',
    relativeLink: (element) => element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=cta]')?.href,
  },
];

/** What a reader sees of an element. */
export const seen = (element: HTMLElement): string => visibleText(element);

/**
 * Puts `count` elements of `subject` in `container` with `attributes` and the fallback inside
 * (or not), all in one go, as a page does; returns them with every event they fire.
 */
export function place(subject: Subject, container: HTMLElement, { attributes = '', fallback = true, count = 1 } = {}) {
  const markup = `<${subject.tag} ${subject.attributes} ${attributes}>${fallback ? subject.fallback : ''}</${subject.tag}>`;
  container.insertAdjacentHTML('beforeend', markup.repeat(count));
  const elements = [...container.querySelectorAll<Placed>(subject.tag)].slice(-count);
  const events: CustomEvent[] = [];
  for (const element of elements) {
    for (const type of [subject.load, subject.error]) element.addEventListener(type, (event) => events.push(event as CustomEvent));
  }
  return { elements, element: elements[0], events };
}

/** Resolves once `events` holds `count` events of `type`; checks again on every task until then. */
export async function eventsOf(events: CustomEvent[], type: string, count = 1): Promise<CustomEvent[]> {
  for (;;) {
    const found = events.filter((event) => event.type === type);
    if (found.length >= count) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The error an error event carries. */
export const errorOf = (event: CustomEvent) => (event.detail as { error: SourceError }).error;
