/**
 * An element that leaves the page leaves nothing behind: after 1,000 create, attach and detach
 * cycles of each element, no timer, observer or listener of ours is still running. The page's
 * own timers, observers and listeners are counted through instrumented globals, from before the
 * first cycle to after the last.
 */
import { expect } from '@open-wc/testing';
import '../../src/success-story.js';
import { QUOTES } from '../helpers/quotes.js';
import { STORY_FR } from '../helpers/stories.js';

/** What is running now, as counted by the instrumented globals. */
interface Running {
  timers: number;
  observedByIntersection: number;
  observedByMutation: number;
  listeners: number;
}

/** Wraps the globals that start and stop work; `running()` says what is active, `restore()` undoes it. */
function instrument(): { running: () => Running; restore: () => void } {
  const undo: (() => void)[] = [];
  const wrap = <T extends object, K extends keyof T>(target: T, key: K, wrapper: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = wrapper(original);
    undo.push(() => (target[key] = original));
  };
  const timers = new Set<unknown>();
  wrap(window, 'setTimeout', (original) => ((handler: () => void, ms?: number, ...rest: unknown[]) => {
    const id = original(() => {
      timers.delete(id);
      handler();
    }, ms, ...rest);
    timers.add(id);
    return id;
  }) as typeof setTimeout);
  wrap(window, 'clearTimeout', (original) => ((id?: number) => {
    timers.delete(id);
    original(id);
  }) as typeof clearTimeout);
  const intersections = new Map<IntersectionObserver, Set<Element>>();
  const observed = (observer: IntersectionObserver) => intersections.get(observer) ?? intersections.set(observer, new Set()).get(observer)!;
  const io = IntersectionObserver.prototype;
  wrap(io, 'observe', (original) => function (this: IntersectionObserver, target: Element) {
    observed(this).add(target);
    original.call(this, target);
  });
  wrap(io, 'unobserve', (original) => function (this: IntersectionObserver, target: Element) {
    observed(this).delete(target);
    original.call(this, target);
  });
  wrap(io, 'disconnect', (original) => function (this: IntersectionObserver) {
    intersections.delete(this);
    original.call(this);
  });
  const mutations = new Set<MutationObserver>();
  const mo = MutationObserver.prototype;
  wrap(mo, 'observe', (original) => function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    mutations.add(this);
    original.call(this, target, options);
  });
  wrap(mo, 'disconnect', (original) => function (this: MutationObserver) {
    mutations.delete(this);
    original.call(this);
  });
  // Listeners on the page and on media queries: those outlive an element unless it removes them.
  const listeners = new Set<string>();
  const keyOf = (target: object, type: string, listener: unknown) => `${targets.indexOf(target)}:${type}:${ids.get(listener) ?? ids.set(listener, ids.size).get(listener)}`;
  const targets: object[] = [];
  const ids = new Map<unknown, number>();
  for (const proto of [EventTarget.prototype]) {
    wrap(proto, 'addEventListener', (original) => function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const global = this === window || this === document || this instanceof MediaQueryList;
      if (global) {
        if (!targets.includes(this)) targets.push(this);
        listeners.add(keyOf(this, type, listener));
      }
      original.call(this, type, listener, options);
    });
    wrap(proto, 'removeEventListener', (original) => function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (targets.includes(this)) listeners.delete(keyOf(this, type, listener));
      original.call(this, type, listener, options);
    });
  }
  return {
    running: () => ({
      timers: timers.size,
      observedByIntersection: [...intersections.values()].reduce((sum, set) => sum + set.size, 0),
      observedByMutation: mutations.size,
      listeners: listeners.size,
    }),
    restore: () => undo.reverse().forEach((step) => step()),
  };
}

const CYCLES = 1000;

describe('1,000 create, attach and detach cycles', function () {
  this.timeout(60_000);
  let instruments: ReturnType<typeof instrument>;
  const container = document.createElement('div');

  beforeEach(() => {
    document.body.append(container);
    instruments = instrument();
  });
  afterEach(() => {
    instruments.restore();
    container.remove();
  });

  async function cycle(make: () => HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
    const before = instruments.running();
    for (let i = 0; i < CYCLES; i++) {
      const element = make();
      container.append(element);
      await element.updateComplete;
      element.remove();
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(instruments.running()).to.deep.equal(before);
  }

  it('of a rotating <value-quote> leave no timer, observer or listener behind', async () => {
    await cycle(() => Object.assign(document.createElement('value-quote'), { quotes: QUOTES, interval: 2000 }));
  });

  it('of a <success-story> with its inner quotes leave nothing behind either', async () => {
    await cycle(() => Object.assign(document.createElement('success-story'), { story: STORY_FR }));
  });

  it('a <value-quote> moved to another place keeps rotating', async () => {
    const element = Object.assign(document.createElement('value-quote'), { quotes: QUOTES, interval: 2000 });
    container.append(element);
    await element.updateComplete;
    const elsewhere = container.appendChild(document.createElement('section'));
    elsewhere.append(element);
    await element.updateComplete;
    const changed = new Promise((resolve) => element.addEventListener('quote-change', resolve, { once: true }));
    element.next();
    await changed;
    expect(element.index).to.equal(1);
    element.remove();
  });
});
