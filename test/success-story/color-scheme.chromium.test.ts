import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { STORY_FR, mount, part } from '../helpers/story-harness.js';

const background = (el: Element) => getComputedStyle(part(el, 'article')!).backgroundColor;

describe('success-story theme="auto" (Chromium only: emulating prefers-color-scheme needs CDP)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('follows prefers-color-scheme, while the light theme stays light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const dark = await mount(html`<success-story theme="dark" .story=${STORY_FR}></success-story>`);
    const auto = await mount(html`<success-story theme="auto" .story=${STORY_FR}></success-story>`);
    expect(background(auto)).to.equal(background(light));
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(auto)).to.equal(background(dark));
    expect(background(light)).to.equal('rgb(255, 255, 255)');
  });
});
