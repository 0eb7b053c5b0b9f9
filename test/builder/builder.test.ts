/**
 * The story builder as a marketer uses it: typing and clicking through the form, fixing a
 * mistake, coming back later, importing the demo's file, and pasting each snippet into a blank
 * page, where the same story must appear without a console error.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { openFrame } from '../helpers/frame.js';
import { axeViolations } from '../helpers/docs.js';
import { STORAGE_KEY, click, itemButton, openBuilder, storyParts, typeInto, typeText, until, type BuilderPage } from './builder-page.js';

const pages: BuilderPage[] = [];
const open = async (path?: string) => {
  const page = await openBuilder(path);
  pages.push(page);
  return page;
};
const byId = (page: BuilderPage, id: string) => page.doc.getElementById(id)!;
const phoneElement = (page: BuilderPage) => page.doc.querySelector('.device.phone .viewport > *') as HTMLElement & { updateComplete: Promise<unknown> };
const previewTitle = (page: BuilderPage) => phoneElement(page)?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();

const diagnosis = (page: BuilderPage) => JSON.stringify([previewTitle(page), byId(page, 'problem-count').textContent,
  [...page.doc.querySelectorAll<HTMLInputElement>('[aria-invalid]')].map((field) => `${field.dataset.path}=${field.value}`), page.errors]);

/** Selects a field's text and types over it, as a person does. */
async function replaceText(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  await typeText(text);
}

async function startOver(page: BuilderPage): Promise<void> {
  await click(page, byId(page, 'start-over'));
  expect(byId(page, 'confirm-start-over').hidden).to.equal(false);
  expect(page.doc.activeElement?.id, 'the focus goes to the safe choice').to.equal('confirm-no');
  await click(page, byId(page, 'confirm-yes'));
}

describe('story builder', function () {
  this.timeout(60000);
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(async () => {
    pages.splice(0).forEach((page) => page.remove());
    localStorage.removeItem(STORAGE_KEY);
    await resetMouse();
  });

  it('is filled with the keyboard and the mouse, and the preview shows what was typed', async () => {
    const page = await open();
    await startOver(page);
    expect(page.doc.activeElement).to.equal(page.field('title'));
    expect(page.field('title').value).to.equal('');
    await typeText('Une boulangerie qui ose');
    await sendKeys({ press: 'Tab' });
    await typeText('Success story');
    await typeInto(page, page.field('summary.0'), 'Premier paragraphe.');
    await click(page, page.doc.querySelector('[data-list="summary"] button.add')!);
    expect(page.doc.activeElement).to.equal(page.field('summary.1'));
    await typeText('Second paragraphe.');
    await typeInto(page, page.field('values.0'), 'Audace');
    await click(page, page.doc.querySelector('[data-list="values"] button.add')!);
    await typeText('Constance');
    await typeInto(page, page.field('quotes.0.text'), 'Oser, c’est déjà réussir.');
    await typeInto(page, page.field('quotes.0.author'), 'Marie Curieux');

    // Reordering and removing with the items' buttons; the focus stays where the reader is.
    await click(page, itemButton(page, 'summary', 1, 'up'));
    expect(page.field('summary.0').value).to.equal('Second paragraphe.');
    expect(page.doc.activeElement).to.equal(itemButton(page, 'summary', 0, 'down'));
    await click(page, itemButton(page, 'values', 0, 'remove'));
    expect(page.field('values.0').value).to.equal('Constance');
    await until(() => byId(page, 'builder-announcer').textContent === 'Supprimé : Valeur 1.', 'the removal is announced');

    await until(() => previewTitle(page) === 'Une boulangerie qui ose', `the preview shows the title (${diagnosis(page)})`);
    const parts = storyParts(phoneElement(page));
    expect(parts.kicker).to.equal('Success story');
    const paragraphs = [...phoneElement(page).shadowRoot!.querySelectorAll('[part~="summary"] p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).to.deep.equal(['Second paragraphe.', 'Premier paragraphe.']);
    expect(parts.values).to.equal('Constance');
    expect(parts.quote).to.equal('Oser, c’est déjà réussir.');
    expect([...page.errors, ...page.warnings]).to.deep.equal([]);
  });

  it('shows a mistake next to its field, announces it, keeps what was typed and the last good preview', async () => {
    const page = await open();
    const title = page.field('title');
    const goodTitle = title.value;
    await until(() => previewTitle(page) === goodTitle, 'the example is shown');
    title.focus();
    title.select();
    await sendKeys({ press: 'Backspace' });
    const error = byId(page, 'field-title-error');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(error.textContent).to.equal('Ce champ est obligatoire.');
    expect(error.closest('.field')!.contains(title), 'the message sits with its field').to.equal(true);
    await until(() => byId(page, 'builder-announcer').textContent === 'Ce champ est obligatoire.', 'the message is announced');
    await phoneElement(page).updateComplete;
    expect(previewTitle(page), 'the preview keeps the last good story').to.equal(goodTitle);
    expect(page.doc.querySelector('.preview-status')!.textContent).to.contain('dernière version valide');
    expect(page.field('subject.name').value, 'nothing else is lost').to.equal('Jack Ma');

    const link = page.field('cta.href');
    await replaceText(link, 'javascript:alert(1)');
    expect(byId(page, 'field-cta-href-error').textContent).to.contain('http:, https:, mailto:');

    await typeInto(page, title, 'Un nouveau titre');
    await until(() => !title.hasAttribute('aria-invalid'), 'the title is valid again');
    expect(error.textContent).to.equal('');
    expect(previewTitle(page), 'a link problem still holds the preview').to.equal(goodTitle);
    await replaceText(link, 'https://example.com/');
    await until(() => previewTitle(page) === 'Un nouveau titre', `the preview follows once all is good (${diagnosis(page)})`);
    expect([...page.errors, ...page.warnings]).to.deep.equal([]);
  });

  it('keeps the work across a reload, widget settings included', async () => {
    const page = await open();
    await typeInto(page, page.field('category'), ' et audace');
    const layout = page.doc.querySelector<HTMLSelectElement>('#widget-layout')!;
    layout.focus();
    layout.value = 'banner';
    layout.dispatchEvent(new Event('change', { bubbles: true }));
    const category = page.field('category').value;
    page.remove();

    const again = await open();
    expect(again.field('category').value).to.equal(category);
    expect(again.doc.querySelector<HTMLSelectElement>('#widget-layout')!.value).to.equal('banner');
    await until(() => phoneElement(again)?.getAttribute('layout') === 'banner', 'the preview uses the saved layout');
  });

  for (const [path, language] of [['/demo/builder/index.html', 'fr'], ['/demo/en/builder/index.html', 'en']]) {
    it(`imports the demo's JSON into every field (${language})`, async () => {
      const page = await open(path);
      await startOver(page);
      const text = await (await fetch('/demo/data/alibaba.json')).text();
      const story = JSON.parse(text).stories.find((candidate: { lang: string }) => candidate.lang === language);
      const paste = page.doc.querySelector('details.paste')!;
      await click(page, paste.querySelector('summary')!);
      byId(page, 'import-paste').focus();
      (byId(page, 'import-paste') as HTMLTextAreaElement).value = text;
      await click(page, byId(page, 'import-paste-button'));
      await until(() => byId(page, 'work-status').textContent!.includes(story.title), `the import is confirmed (${byId(page, 'work-status').textContent})`);

      const expected: [string, string][] = [];
      const walk = (value: unknown, at: string) => {
        if (typeof value == 'string') expected.push([at, value]);
        else for (const [key, inner] of Object.entries(value as object)) walk(inner, at ? `${at}.${key}` : key);
      };
      walk(story, '');
      expect(expected.length).to.be.greaterThan(40);
      for (const [field, value] of expected) expect(page.field(field)?.value, field).to.equal(value);
      expect(byId(page, 'work-status').textContent).to.contain(story.title);
      // The file's image path is relative to the file, not to this page: the elements warn about it.
      expect(page.errors).to.deep.equal([]);
    });
  }

  for (const element of ['success-story', 'value-quote']) {
    it(`copies three snippets of <${element}> that render the same story in a blank page`, async () => {
      const page = await open();
      if (element === 'value-quote') {
        const choice = page.doc.querySelector<HTMLSelectElement>('#widget-element')!;
        choice.value = 'value-quote';
        choice.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await until(() => phoneElement(page)?.localName === element && !!phoneElement(page).shadowRoot?.textContent, 'the preview is drawn');
      const expected = element === 'success-story' ? storyParts(phoneElement(page)) : (phoneElement(page) as unknown as { current: { text: string } }).current.text;

      // What the page puts on the clipboard, as it goes there.
      const copied: string[] = [];
      const clipboard = page.win.navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text);
      };
      // The downloaded story.json, for the snippet that points to it.
      let download = '';
      page.doc.addEventListener('click', (event) => {
        const link = event.target as HTMLAnchorElement;
        if (link.download) {
          event.preventDefault();
          download = link.href;
        }
      }, true);
      await click(page, byId(page, 'export'));
      expect(byId(page, 'work-status').textContent).to.equal('story.json téléchargé ✓');
      const json = await (await fetch(download)).text();
      const file = URL.createObjectURL(new Blob([json], { type: 'application/json' }));

      for (const kind of ['src', 'html', 'inline']) {
        const status = page.doc.querySelector(`[data-snippet-status="${kind}"]`)!;
        await click(page, page.doc.querySelector(`button[data-snippet="${kind}"]`)!);
        await until(() => !!status.textContent, `the ${kind} copy is confirmed`);
        expect(['Copié dans le presse-papiers ✓', 'Copie impossible : le code est sélectionné, copiez-le avec Ctrl+C.']).to.include(status.textContent);
        const snippet = copied.at(-1)!;
        expect(snippet).to.equal(page.doc.querySelector(`[data-snippet-code="${kind}"]`)!.textContent);

        const blank = await openFrame(snippet.replaceAll('https://cdn.jsdelivr.net/npm/', `${location.origin}/npm/`).replace('src="story.json"', `src="${file}"`));
        const logged: string[] = [];
        blank.win.console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
        const pasted = blank.doc.querySelector(element)!;
        await until(() => !!pasted.shadowRoot?.querySelector(element === 'success-story' ? '[part~="title"]' : '[part~="text"]'), `the ${kind} snippet renders`);
        const shown = element === 'success-story' ? storyParts(pasted) : (pasted as unknown as { current: { text: string } }).current.text;
        expect(shown, kind).to.deep.equal(expected);
        expect([...blank.win.errors, ...logged], kind).to.deep.equal([]);
        blank.remove();
      }
      expect([...page.errors, ...page.warnings]).to.deep.equal([]);
    });
  }

  it('gives a story in a language shipped as its own file that file, and writes its headings in that language', async () => {
    const page = await open();
    const code = () => page.doc.querySelector('[data-snippet-code="html"]')!.textContent!;
    expect(code(), 'French ships inside the elements').not.to.contain('/locales/');
    await replaceText(page.field('lang'), 'de');
    await until(() => code().includes('<h3>Werte</h3>'), `the HTML snippet has German headings: ${code().match(/<h3>[^<]*<\/h3>/g)}`);
    expect(code()).to.contain('<h3>Meilensteine</h3>');
    expect(code()).to.match(/<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/success-story@[^/]+\/dist\/locales\/de\.js"><\/script>/);

    const blank = await openFrame(code().replaceAll('https://cdn.jsdelivr.net/npm/', `${location.origin}/npm/`));
    const pause = () => blank.doc.querySelector('success-story')?.shadowRoot?.querySelector('value-quote')?.shadowRoot?.querySelector('[part~="pause"]');
    await until(() => pause()?.getAttribute('aria-label') === 'Zitatwechsel anhalten', 'the pasted story speaks German');
    expect(blank.win.errors).to.deep.equal([]);
    blank.remove();
  });

  for (const path of ['/demo/builder/index.html', '/demo/en/builder/index.html']) {
    it(`has no axe violation, light and dark (${path})`, async () => {
      const page = await open(path);
      await until(() => !!phoneElement(page)?.shadowRoot?.textContent, 'the preview is drawn');
      expect(await axeViolations(page.frame), 'light').to.deep.equal([]);
      const dark = page.doc.documentElement.dataset.theme !== 'dark';
      page.doc.querySelector<HTMLButtonElement>('.theme-switch')!.click();
      await click(page, page.doc.querySelector(`label[for="preview-${dark ? 'dark' : 'light'}"]`)!);
      expect(await axeViolations(page.frame), 'dark').to.deep.equal([]);
      localStorage.removeItem('demo-theme');
    });
  }
});
