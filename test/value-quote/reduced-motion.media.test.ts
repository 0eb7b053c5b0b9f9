import { html, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { json, mount, pauseButton, nextButton, slides } from '../helpers/value-quote-harness.js';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Switches the emulated preference and waits until pages see it. */
async function prefer(reducedMotion: 'reduce' | 'no-preference'): Promise<void> {
  const want = reducedMotion === 'reduce';
  const mql = matchMedia(QUERY);
  if (mql.matches === want) return;
  const changed = new Promise((r) => mql.addEventListener('change', r, { once: true }));
  await emulateMedia({ reducedMotion });
  await changed;
}

describe('value-quote with prefers-reduced-motion (Chromium and Firefox: WebKitWebDriver cannot emulate the preference)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    await prefer('no-preference');
    sessionStorage.clear();
  });

  it('starts paused, with instant transitions, and the pause is not remembered', async () => {
    await prefer('reduce');
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(el.paused).to.equal(true);
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Play the quotes');
    expect(getComputedStyle(slides(el)[0]).transitionDuration.split(', ').every((d) => d === '0s')).to.equal(true);
    expect(sessionStorage.getItem('value-quote-paused')).to.equal(null);
  });

  it('play still works', async () => {
    await prefer('reduce');
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    pauseButton(el)!.click();
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Pause the quotes');
  });

  it('follows a change of the preference while the page is open', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(el.paused).to.not.be.ok;
    expect(getComputedStyle(slides(el)[0]).transitionDuration).to.not.equal('0s');
    await prefer('reduce');
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(getComputedStyle(slides(el)[0]).transitionDuration.split(', ').every((d) => d === '0s')).to.equal(true);
    await prefer('no-preference');
    await el.updateComplete;
    expect(el.paused).to.equal(false);
  });

  it('a reader choice made meanwhile outlasts the preference going back', async () => {
    const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
    await prefer('reduce');
    nextButton(el)!.click();
    await el.updateComplete;
    await prefer('no-preference');
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(el.index).to.equal(1);
  });

  it('an author\'s paused attribute stays when the preference goes back', async () => {
    const el = await mount(html`<value-quote paused quotes=${json()}></value-quote>`);
    await prefer('reduce');
    await prefer('no-preference');
    await el.updateComplete;
    expect(el.paused).to.equal(true);
  });
});
