import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { observeIntersection, onVisibilityChange, watchMedia } from '../../src/internal/shared-observers.js';
import { frames, moveFarAway, moveIntoView, placedBelowViewport, until } from '../helpers/viewport.js';

describe('observeIntersection', () => {
  const boxes: HTMLElement[] = [];
  const stops: (() => void)[] = [];
  const box = (offset: number) => {
    const el = placedBelowViewport(offset);
    boxes.push(el);
    return el;
  };
  const watch = (el: Element, rootMargin?: string) => {
    const seen: boolean[] = [];
    stops.push(observeIntersection(el, (v) => seen.push(v), rootMargin));
    return seen;
  };

  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    boxes.splice(0).forEach((el) => el.remove());
    sinon.restore();
  });

  it('reports an element off screen, then in view, then gone again', async () => {
    const el = box(5000);
    const seen = watch(el);
    await until(() => seen.length === 1);
    expect(seen).to.deep.equal([false]);
    moveIntoView(el);
    await until(() => seen.length === 2);
    moveFarAway(el);
    await until(() => seen.length === 3);
    expect(seen).to.deep.equal([false, true, false]);
  });

  it('grows the viewport by the rootMargin', async () => {
    const el = box(100);
    const plain = watch(el);
    const near = watch(el, '300px 0px');
    await until(() => plain.length === 1 && near.length === 1);
    expect(plain).to.deep.equal([false]);
    expect(near).to.deep.equal([true]);
  });

  it('creates one observer per rootMargin, whatever the number of elements', async () => {
    const ctor = sinon.spy(window, 'IntersectionObserver');
    const a = watch(box(5000));
    const b = watch(box(5000));
    const c = watch(box(5000), '300px 0px');
    await until(() => a.length + b.length + c.length === 3);
    expect(ctor.callCount).to.equal(2);
    expect(ctor.getCalls().map((call) => call.args[1]?.rootMargin)).to.deep.equal(['0px', '300px 0px']);
  });

  it('gives a late subscriber the state already known', async () => {
    const el = box(-200);
    const first = watch(el);
    await until(() => first.length === 1);
    const second = watch(el);
    await until(() => second.length === 1);
    expect(second).to.deep.equal([true]);
    expect(first).to.deep.equal([true]);
  });

  it('stops calling back once unobserved, and disconnects when nobody is left', async () => {
    const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    const el = box(5000);
    const seen: boolean[] = [];
    const cb = (v: boolean) => seen.push(v);
    const stopA = observeIntersection(el, cb);
    const stopB = observeIntersection(el, cb);
    // The same function subscribed twice is two subscriptions.
    await until(() => seen.length === 2);
    stopA();
    stopA();
    expect(disconnect.callCount).to.equal(0);
    moveIntoView(el);
    await until(() => seen.length === 3);
    expect(seen).to.deep.equal([false, false, true]);
    stopB();
    expect(disconnect.callCount).to.equal(1);
    moveFarAway(el);
    await frames();
    expect(seen).to.deep.equal([false, false, true]);
  });

  it('lets a callback unobserve itself while being called', async () => {
    const el = box(-200);
    const calls: boolean[] = [];
    const other = watch(el);
    const stop = observeIntersection(el, (v) => {
      calls.push(v);
      stop();
    });
    await until(() => calls.length === 1 && other.length === 1);
    moveFarAway(el);
    await until(() => other.length === 2);
    expect(calls).to.deep.equal([true]);
  });
});

describe('onVisibilityChange', () => {
  const setHidden = (hidden: boolean) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  };

  afterEach(() => {
    delete (document as { visibilityState?: unknown }).visibilityState;
    sinon.restore();
  });

  it('shares one listener among every subscriber and removes it with the last', () => {
    const add = sinon.spy(document, 'addEventListener');
    const remove = sinon.spy(document, 'removeEventListener');
    const a = sinon.spy();
    const b = sinon.spy();
    const stopA = onVisibilityChange(a);
    const stopB = onVisibilityChange(b);
    expect(add.withArgs('visibilitychange').callCount).to.equal(1);
    setHidden(true);
    setHidden(false);
    expect(a.args).to.deep.equal([[true], [false]]);
    expect(b.args).to.deep.equal([[true], [false]]);
    stopA();
    stopA();
    expect(remove.withArgs('visibilitychange').callCount).to.equal(0);
    setHidden(true);
    expect(a.callCount).to.equal(2);
    expect(b.callCount).to.equal(3);
    stopB();
    expect(remove.withArgs('visibilitychange').callCount).to.equal(1);
    setHidden(false);
    expect(b.callCount).to.equal(3);
  });
});

describe('watchMedia', () => {
  afterEach(() => sinon.restore());

  it('serves every subscriber of one query from one media query list, told at once and on change, and lets it go with the last', async () => {
    // A query no other code on the page watches, so this test sees the list it makes.
    const query = '(min-width: 1px) and (max-width: 99999px)';
    const matchMedia = sinon.spy(window, 'matchMedia');
    const a: boolean[] = [];
    const b: boolean[] = [];
    const stopA = watchMedia(query, (matches) => a.push(matches));
    const stopB = watchMedia(query, (matches) => b.push(matches));
    expect(matchMedia.withArgs(query).callCount).to.equal(1);
    expect([a, b]).to.deep.equal([[true], [true]]);
    const list = matchMedia.withArgs(query).firstCall.returnValue;
    const remove = sinon.spy(list, 'removeEventListener');
    list.dispatchEvent(new Event('change'));
    expect([a, b]).to.deep.equal([[true, true], [true, true]]);
    stopA();
    expect(remove.callCount).to.equal(0);
    stopB();
    expect(remove.withArgs('change').callCount).to.equal(1);
    list.dispatchEvent(new Event('change'));
    expect([a, b]).to.deep.equal([[true, true], [true, true]]);
  });
});
