/**
 * The locale files as a page uses them: `dist/locales/<lang>.js` loaded by a script tag (classic
 * or module) after the built bundle translates the elements already on the page; before it,
 * the bundle finds the table waiting. Milestone dates in the story's language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { BUNDLES, QUOTE_BUNDLES, all, bundleFrame, one, textOf, type BundleFrame, type BundledElement } from '../helpers/bundle-frame.js';
import { openFrame } from '../helpers/frame.js';

const LOCALES: Record<string, { pause: string; slide: string; values: string }> = {
  de: { pause: 'Zitatwechsel anhalten', slide: '1 von 2', values: 'Werte' },
  es: { pause: 'Pausar las citas', slide: '1 de 2', values: 'Valores' },
  it: { pause: 'Metti in pausa le citazioni', slide: '1 di 2', values: 'Valori' },
  pt: { pause: 'Pausar as citações', slide: '1 de 2', values: 'Valores' },
  nl: { pause: 'Citaten pauzeren', slide: '1 van 2', values: 'Waarden' },
  pl: { pause: 'Wstrzymaj cytaty', slide: '1 z 2', values: 'Wartości' },
  ar: { pause: 'إيقاف الاقتباسات مؤقتًا', slide: '١ من ٢', values: 'القيمتان' },
  he: { pause: 'השהיית הציטוטים', slide: '1 מתוך 2', values: 'ערכים' },
  ja: { pause: '引用の切り替えを一時停止', slide: '2件中1件目', values: '価値観' },
  zh: { pause: '暂停引语轮播', slide: '第 1 条，共 2 条', values: '价值观' },
};

const QUOTES = JSON.stringify([{ text: 'One.' }, { text: 'Two.' }]).replace(/"/g, '&quot;');
const story = (lang: string, milestones = [{ date: '1999-03', label: 'Founded' }]) => ({
  lang, title: 'T', values: ['A', 'B'], milestones, quotes: [{ text: 'One.' }, { text: 'Two.' }],
});

const pauseLabel = (quote: Element) => one(quote, '[part~=pause]')!.getAttribute('aria-label');
const slideLabel = (quote: Element) => all(quote, '[aria-roledescription]')[0].getAttribute('aria-label');
const valuesHeading = (el: Element) => textOf(one(el, 'section.values :is(h3, h4)'));
const innerQuote = (el: Element) => one<BundledElement>(el, 'value-quote')!;

for (const bundle of QUOTE_BUNDLES) {
  const withStory = (BUNDLES as readonly { src: string }[]).some(({ src }) => src === bundle.src);

  describe(`locale files after the ${bundle.name}`, () => {
    let frame: BundleFrame;
    before(async () => (frame = await bundleFrame(bundle)));
    after(() => frame.remove());
    afterEach(() => frame.doc.body.replaceChildren());

    Object.entries(LOCALES).forEach(([lang, expected], index) => {
      const type = index % 2 ? 'module' : 'classic';
      it(`${lang}.js by a ${type} script tag re-renders the elements on the page`, async () => {
        const quote = await frame.mount(`<value-quote lang="${lang}" quotes="${QUOTES}"></value-quote>`);
        const storyElement = withStory ? await frame.mount('<success-story></success-story>', (el) => (el.story = story(lang))) : undefined;
        expect(pauseLabel(quote), 'English until the table arrives').to.equal('Pause the quotes');
        if (storyElement) expect(valuesHeading(storyElement)).to.equal('Values');

        await frame.addScript(`/dist/locales/${lang}.js`, type);
        await waitUntil(() => pauseLabel(quote) === expected.pause, `${lang} pause label`);
        expect(slideLabel(quote)).to.equal(expected.slide);
        expect(quote.getAttribute('aria-roledescription')).to.not.equal('carousel');
        if (storyElement) {
          await waitUntil(() => valuesHeading(storyElement) === expected.values, `${lang} values heading`);
          await innerQuote(storyElement).updateComplete;
          expect(pauseLabel(innerQuote(storyElement)), 'the quote inside the story too').to.equal(expected.pause);
        }
        expect(frame.win.errors).to.deep.equal([]);
      });
    });

    it('registerStrings from the bundle: a page’s own table, keys left out in English', async () => {
      const quote = await frame.mount(`<value-quote lang="sw" quotes="${QUOTES}"></value-quote>`);
      if (bundle.type === 'classic') {
        (frame.win as unknown as { SuccessStory: { registerStrings(lang: string, table: object): void } }).SuccessStory.registerStrings('sw', { pause: 'Sitisha nukuu' });
      } else {
        const script = frame.doc.createElement('script');
        script.type = 'module';
        script.textContent = `import { registerStrings } from '${new URL(bundle.src, location.href)}'; registerStrings('sw', { pause: 'Sitisha nukuu' });`;
        frame.doc.head.append(script);
      }
      await waitUntil(() => pauseLabel(quote) === 'Sitisha nukuu', 'the page’s table');
      expect(slideLabel(quote)).to.equal('1 of 2');
      expect(one(quote, '[part~=controls]')!.outerHTML).to.not.contain('undefined');
    });
  });
}

describe('a locale file loaded before the bundle', () => {
  for (const bundle of QUOTE_BUNDLES) {
    it(`waits in the queue for the ${bundle.name}`, async () => {
      const frame = await openFrame(`<value-quote lang="ar" quotes="${QUOTES}"></value-quote>`);
      try {
        await frame.addScript('/dist/locales/ar.js', 'classic');
        await frame.addScript(bundle.src, bundle.type);
        const quote = frame.doc.querySelector('value-quote') as BundledElement;
        await waitUntil(() => quote.shadowRoot?.querySelector('[part~=pause]'), 'rendered');
        expect(pauseLabel(quote)).to.equal(LOCALES.ar.pause);
        expect(slideLabel(quote)).to.equal('١ من ٢');
      } finally {
        frame.remove();
      }
    });
  }
});

describe('one locale file for two copies of the elements on a page', () => {
  it('both copies hear it: <value-quote> from one, <success-story> from the other', async () => {
    const frame = await openFrame(`<value-quote lang="de" quotes="${QUOTES}"></value-quote><success-story lang="de"></success-story>`);
    try {
      await frame.addScript('/dist/value-quote.js');
      await frame.addScript('/dist/success-story.js');
      const quote = frame.doc.querySelector('value-quote') as BundledElement;
      const storyElement = frame.doc.querySelector('success-story') as BundledElement;
      storyElement.story = story('de');
      await storyElement.updateComplete;
      await frame.addScript('/dist/locales/de.js', 'classic');
      await waitUntil(() => valuesHeading(storyElement) === 'Werte' && pauseLabel(quote) === LOCALES.de.pause, 'both translated');
    } finally {
      frame.remove();
    }
  });
});

for (const bundle of BUNDLES) {
  describe(`milestone dates through the ${bundle.name}`, () => {
    let frame: BundleFrame;
    before(async () => (frame = await bundleFrame(bundle)));
    after(() => frame.remove());

    const cases: [lang: string, shown: string[]][] = [
      ['en', ['1999', 'March 1999', 'March 15, 1999', 'Age 14', '1999-03-15T10:00']],
      ['fr', ['1999', 'mars 1999', '15 mars 1999', 'Age 14', '1999-03-15T10:00']],
      ['ar', ['١٩٩٩', 'مارس ١٩٩٩', '١٥ مارس ١٩٩٩', 'Age 14', '1999-03-15T10:00']],
    ];
    for (const [lang, shown] of cases) {
      it(`${lang}: in the story's language, machine-readable in <time datetime>, free text as written`, async () => {
        const dates = ['1999', '1999-03', '1999-03-15', 'Age 14', '1999-03-15T10:00'];
        const el = await frame.mount('<success-story></success-story>', (el) => (el.story = story(lang, dates.map((date) => ({ date, label: 'x' })))));
        const items = all(el, '[part~=milestones] li');
        expect(items.map((li) => textOf(li.querySelector('.date')))).to.deep.equal(shown);
        expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).to.deep.equal([...dates.slice(0, 3), null, dates[4]]);
      });
    }
  });
}
