import { html, expect, fixture } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import type sinon from 'sinon';
import {
  json, mount, fakeClock, tick, pauseButton, nextButton, setPageHidden, untilIntersection, settle,
} from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

describe('value-quote rotation: pause conditions and remaining time', () => {
  let clock: sinon.SinonFakeTimers;
  let el: ValueQuote;
  beforeEach(async () => {
    sessionStorage.clear();
    clock = fakeClock();
    el = await mount(html`<value-quote interval="10000" quotes=${json()}></value-quote>`);
  });
  afterEach(async () => {
    clock.restore();
    setPageHidden(false);
    await resetMouse();
  });

  it('runs one timer while rotating', () => {
    expect(clock.countTimers()).to.equal(1);
  });

  it('hover: no timer while the pointer is over it; the quote then gets the time it had left', async () => {
    await tick(clock, el, 6000);
    const box = el.getBoundingClientRect();
    const at = (dy: number): [number, number] => [Math.round(box.left + 10), Math.round(box.top + dy)];
    const entered = new Promise((r) => el.addEventListener('pointerenter', r, { once: true }));
    await sendMouse({ type: 'move', position: at(10) });
    await entered;
    // Past the test runner's own 20 s command timeout, so only the element's timers are left to count.
    await tick(clock, el, 60000);
    expect(clock.countTimers()).to.equal(0);
    expect(el.index).to.equal(0);
    const left = new Promise((r) => el.addEventListener('pointerleave', r, { once: true }));
    await sendMouse({ type: 'move', position: at(box.height + 300) });
    await left;
    expect(el.paused, 'hover does not touch paused').to.not.be.ok;
    await tick(clock, el, 3999);
    expect(el.index).to.equal(0);
    await tick(clock, el, 1);
    expect(el.index).to.equal(1);
  });

  it('focus: no timer while focus is inside, remaining time kept', async () => {
    await tick(clock, el, 2500);
    pauseButton(el)!.focus();
    expect(clock.countTimers()).to.equal(0);
    await tick(clock, el, 30000);
    expect(el.index).to.equal(0);
    pauseButton(el)!.blur();
    await tick(clock, el, 7499);
    expect(el.index).to.equal(0);
    await tick(clock, el, 1);
    expect(el.index).to.equal(1);
  });

  it('focus moving between its own controls keeps it paused', async () => {
    el.controls = 'full';
    await el.updateComplete;
    pauseButton(el)!.focus();
    nextButton(el)!.focus();
    expect(clock.countTimers()).to.equal(0);
    nextButton(el)!.blur();
    expect(clock.countTimers()).to.equal(1);
  });

  it('hidden page: no timer until the page is shown again', async () => {
    await tick(clock, el, 9000);
    setPageHidden(true);
    expect(clock.countTimers()).to.equal(0);
    await tick(clock, el, 60000);
    expect(el.index).to.equal(0);
    setPageHidden(false);
    await tick(clock, el, 999);
    expect(el.index).to.equal(0);
    await tick(clock, el, 1);
    expect(el.index).to.equal(1);
  });

  it('off screen: no timer until it scrolls back into view', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    el.before(spacer);
    await untilIntersection(el, false);
    expect(clock.countTimers()).to.equal(0);
    await tick(clock, el, 60000);
    expect(el.index).to.equal(0);
    spacer.remove();
    await untilIntersection(el, true);
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
    await tick(clock, el, 10000);
    expect(el.index).to.equal(1);
  });

  it('paused attribute: no timer; removing it resumes', async () => {
    el.setAttribute('paused', '');
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(0);
    el.removeAttribute('paused');
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
  });

  it('clears its timer when removed from the page and resumes when put back', async () => {
    const parent = el.parentElement!;
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    parent.append(el);
    await settle(el);
    expect(clock.countTimers()).to.equal(1);
  });
});

describe('value-quote rotation: the reader decides', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    sessionStorage.clear();
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
    sessionStorage.clear();
  });

  it('the pause button stops rotation until play, shows the real state and remembers it for the session', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Pause the quotes');
    pauseButton(el)!.click();
    await el.updateComplete;
    pauseButton(el)!.blur();
    expect(el.paused).to.equal(true);
    expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Play the quotes');
    expect(sessionStorage.getItem('value-quote-paused')).to.equal('1');
    await tick(clock, el, 60000);
    expect(el.index).to.equal(0);

    const later = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(later.paused, 'the next element of the session starts paused').to.equal(true);

    pauseButton(el)!.click();
    await el.updateComplete;
    pauseButton(el)!.blur();
    expect(el.paused).to.equal(false);
    expect(sessionStorage.getItem('value-quote-paused')).to.equal(null);
    await tick(clock, el, 7000);
    expect(el.index).to.equal(1);
  });

  for (const [what, act] of [
    ['next button', (el: ValueQuote) => nextButton(el)!.click()],
    ['previous button', (el: ValueQuote) => el.shadowRoot!.querySelector<HTMLElement>('[part~=previous]')!.click()],
    ['dot', (el: ValueQuote) => el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=dot]')[2].click()],
  ] as const) {
    it(`a ${what} stops rotation until play`, async () => {
      const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
      act(el);
      await el.updateComplete;
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      expect(el.index).to.not.equal(0);
      expect(el.paused).to.equal(true);
      const at = el.index;
      await tick(clock, el, 60000);
      expect(el.index).to.equal(at);
      el.play();
      await el.updateComplete;
      await tick(clock, el, 7000);
      expect(el.index).to.not.equal(at);
    });
  }

  it('play pressed with the pointer over it and focus on the button starts rotating at once', async () => {
    const el = await mount(html`<value-quote paused quotes=${json()}></value-quote>`);
    el.dispatchEvent(new PointerEvent('pointerenter'));
    pauseButton(el)!.focus();
    pauseButton(el)!.click();
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    await tick(clock, el, 7000);
    expect(el.index).to.equal(1);
    expect(el.shadowRoot!.activeElement).to.equal(pauseButton(el));
  });

  it('works where sessionStorage is unavailable', async () => {
    const stub = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
      pauseButton(el)!.click();
      await el.updateComplete;
      expect(el.paused).to.equal(true);
    } finally {
      Object.defineProperty(window, 'sessionStorage', stub);
    }
  });

  it('a single quote never starts a timer', async () => {
    await fixture(html`<value-quote text="Seule."></value-quote>`);
    expect(clock.countTimers()).to.equal(0);
  });
});
