/**
 * The documentation in a dark system setting (Chromium only: emulating prefers-color-scheme
 * needs CDP): the pages turn dark and axe, contrast included, still finds nothing.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { axeViolations, openPage, pageFiles } from '../helpers/docs.js';

const files = await pageFiles();

describe('documentation pages in dark mode', () => {
  let iframe: HTMLIFrameElement | undefined;
  before(() => emulateMedia({ colorScheme: 'dark' }));
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => iframe?.remove());

  for (const file of files) {
    it(`${file}: dark, and no axe violation`, async function () {
      this.timeout(40000);
      iframe = await openPage(file);
      const win = iframe.contentWindow!;
      const [red, green, blue] = win.getComputedStyle(iframe.contentDocument!.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      expect(red + green + blue, 'a dark background').to.be.lessThan(100);
      expect(await axeViolations(iframe), 'axe violations').to.deep.equal([]);
    });
  }
});
