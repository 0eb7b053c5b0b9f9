/**
 * What a visitor relies on in the demo site: the theme switch (it changes the page, says so,
 * and is remembered), the copy button (it copies the snippet on show and confirms), the Arabic
 * page (right to left, the translated story), and demo data that reads well.
 */
import { expect } from '@open-wc/testing';
import { demoStories } from '../helpers/demo-data.js';
import { visibleText } from '../helpers/visible-text.js';

const THEME_KEY = 'demo-theme';
type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens a demo page in an iframe and resolves once its own script has run. */
async function openPage(src: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '1024px';
  iframe.style.blockSize = '700px';
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  await until(() => iframe.contentDocument!.querySelector('.theme-switch')!.hasAttribute('aria-pressed')
    && iframe.contentDocument!.querySelector('.theme-switch .label')!.textContent !== '');
  return iframe;
}

async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error(`${what} never came true`);
}

const pageBackground = (doc: Document) => doc.defaultView!.getComputedStyle(doc.documentElement).backgroundColor;

describe('demo site', function () {
  // Each test loads whole demo pages (two for the remembered theme), slower than a fixture.
  this.timeout(20000);
  const open: HTMLIFrameElement[] = [];
  beforeEach(() => localStorage.removeItem(THEME_KEY));
  afterEach(() => {
    open.splice(0).forEach((frame) => frame.remove());
    localStorage.removeItem(THEME_KEY);
  });

  it('the theme switch changes the whole page, announces it and is remembered on the next visit', async () => {
    const frame = await openPage('/demo/index.html');
    open.push(frame);
    const doc = frame.contentDocument!;
    const button = doc.querySelector<HTMLButtonElement>('.theme-switch')!;
    const before = pageBackground(doc);
    const wasDark = button.getAttribute('aria-pressed') === 'true';

    button.click();
    const pressed = String(!wasDark);
    expect(button.getAttribute('aria-pressed')).to.equal(pressed);
    expect(pageBackground(doc)).not.to.equal(before);
    const status = doc.querySelector('[role="status"]#page-status')!;
    expect(status.textContent).to.equal(wasDark ? 'Thème clair activé' : 'Thème sombre activé');
    expect(localStorage.getItem(THEME_KEY)).to.equal(wasDark ? 'light' : 'dark');

    const next = await openPage('/demo/en/gallery.html');
    open.push(next);
    expect(next.contentDocument!.documentElement.dataset.theme).to.equal(wasDark ? 'light' : 'dark');
    expect(next.contentDocument!.querySelector('.theme-switch')!.getAttribute('aria-pressed')).to.equal(pressed);
    expect(pageBackground(next.contentDocument!)).to.equal(pageBackground(doc));
  });

  it('a story on theme="auto" follows the switch, not only the system', async () => {
    const frame = await openPage('/demo/index.html');
    open.push(frame);
    const doc = frame.contentDocument!;
    const story = doc.querySelector('success-story[theme="auto"]') as Upgraded;
    await until(() => Boolean(story.shadowRoot?.querySelector('article')), 'the story renders');
    const article = () => doc.defaultView!.getComputedStyle(story.shadowRoot!.querySelector('article')!).backgroundColor;
    const before = article();
    doc.querySelector<HTMLButtonElement>('.theme-switch')!.click();
    expect(article()).not.to.equal(before);
  });

  it('the copy button puts the snippet on show in the clipboard and says it did', async () => {
    const frame = await openPage('/demo/en/index.html');
    open.push(frame);
    const win = frame.contentWindow! as Window & typeof globalThis;
    const copied: string[] = [];
    // The page's own clipboard: the test reads what the page wrote without a permission prompt.
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { copied.push(text); } } });
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLButtonElement>('button[data-copy]')!.click();
    await until(() => copied.length > 0, 'a copy');
    expect(copied).to.deep.equal([doc.getElementById('snippet')!.textContent]);
    expect(copied[0]).to.contain('<script type="module" src="https://cdn.jsdelivr.net/npm/success-story@');
    await until(() => doc.getElementById('copy-status')!.textContent !== '', 'a confirmation');
    expect(doc.getElementById('copy-status')!.textContent).to.equal('Copied to the clipboard ✓');
    expect(doc.getElementById('copy-status')!.getAttribute('role')).to.equal('status');
  });

  it('when the clipboard refuses, the code is selected and the reader is told how to copy it', async () => {
    const frame = await openPage('/demo/index.html');
    open.push(frame);
    const win = frame.contentWindow! as Window & typeof globalThis;
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new Error('denied'); } } });
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLButtonElement>('button[data-copy]')!.click();
    await until(() => doc.getElementById('copy-status')!.textContent !== '', 'a message');
    expect(doc.getElementById('copy-status')!.textContent).to.match(/^Copie impossible/);
    expect(win.getSelection()!.toString()).to.equal(doc.getElementById('snippet')!.textContent);
  });

  it('the Arabic page reads right to left and shows the translated story', async () => {
    const frame = await openPage('/demo/ar/index.html');
    open.push(frame);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.documentElement.lang).to.equal('ar');
    const story = doc.querySelector('success-story') as Upgraded;
    await until(() => Boolean(story.shadowRoot?.querySelector('article')), 'the story renders');
    expect(visibleText(story)).to.contain('جاك ما: تجرّأ على شيء من الجنون، ولا تستسلم أبدًا');
    expect(doc.defaultView!.getComputedStyle(story).direction).to.equal('rtl');
    expect(visibleText(doc.body)).to.contain('هذه القصة ترجمة عربية للقصة الفرنسية الأصلية');
  });
});

describe('demo data', () => {
  it('has a French, an English and an Arabic story, the Arabic quotes marked as translations', async () => {
    const stories = await demoStories();
    expect(stories.map((story) => story.lang)).to.deep.equal(['fr', 'en', 'ar']);
    for (const quote of stories[2].quotes!) expect(quote.original?.lang, quote.text).to.equal('fr');
  });

  it('never has two milestones in a row with the same date', async () => {
    for (const story of await demoStories()) {
      const dates = story.milestones!.map((milestone) => milestone.date);
      dates.slice(1).forEach((date, index) => expect(date, `${story.id}: ${dates.join(', ')}`).not.to.equal(dates[index]));
    }
  });
});
