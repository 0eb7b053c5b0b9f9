/**
 * Every documentation page, opened as a visitor would with its live examples upgraded: axe-core
 * finds no violation on the whole document, the skip link leads to the main content, the
 * page's structure is there, and nothing is requested from another origin.
 */
import { expect } from '@open-wc/testing';
import { axeViolations, openPage, pageFiles } from '../helpers/docs.js';

// Listed before the tests are declared, so that each page is a test of its own.
const files = await pageFiles();

describe('documentation pages', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  it('are thirteen: the overview, two elements, the data format, six guides, three notes', () => {
    expect(files).to.have.length(13);
    expect(files.filter((f) => f.startsWith('guide-'))).to.have.length(6);
  });

  for (const file of files) {
    it(`${file}: no axe violation, landmarks and a skip link, no third-party request`, async function () {
      this.timeout(40000);
      iframe = await openPage(file);
      const doc = iframe.contentDocument!;
      expect(await axeViolations(iframe), 'axe violations').to.deep.equal([]);

      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.querySelectorAll('h1'), 'one h1').to.have.length(1);
      expect(doc.querySelectorAll('header, nav, main, footer').length).to.be.greaterThan(3);
      const skip = doc.querySelector<HTMLAnchorElement>('body > a.skip-link')!;
      expect(doc.body.firstElementChild, 'the skip link comes first').to.equal(skip);
      expect(doc.querySelector(skip.hash)!.localName).to.equal('main');
      expect(doc.querySelector(`nav a[href="${file}"]`)!.getAttribute('aria-current')).to.equal('page');

      const requested = iframe.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requested.length, 'the page loads its stylesheet').to.be.greaterThan(0);
      expect(requested.filter((url) => new URL(url).origin !== location.origin), 'other origins').to.deep.equal([]);
    });
  }
});
