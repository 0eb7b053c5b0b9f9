/**
 * Reordering from the keyboard alone: Alt + arrow moves the item the cursor is in, the cursor
 * follows it, and the move is announced. Chromium only: WebKitWebDriver cannot send a key
 * combination, and Firefox's driver gives Alt to the menu bar.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STORAGE_KEY, openBuilder, until, type BuilderPage } from './builder-page.js';

describe('story builder from the keyboard', function () {
  this.timeout(30000);
  let page: BuilderPage | undefined;
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    page?.remove();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('Alt + arrow moves a quote with the cursor in it, and says so', async () => {
    page = await openBuilder('/demo/en/builder/index.html');
    const first = page.field('quotes.0.text').value;
    const second = page.field('quotes.1.text').value;
    page.field('quotes.1.author').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    expect(page.field('quotes.0.text').value).to.equal(second);
    expect(page.field('quotes.1.text').value).to.equal(first);
    expect(page.doc.activeElement, 'the cursor moves with its quote').to.equal(page.field('quotes.0.author'));
    await until(() => page!.doc.getElementById('builder-announcer')!.textContent === 'Quote 2 moved to position 1.', 'the move is announced');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.draft.quotes[0].text, 'and it is saved').to.equal(second);
  });
});
