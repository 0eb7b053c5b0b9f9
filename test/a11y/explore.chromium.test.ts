import { html, expect } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { json, mount, pauseButton, dots } from '../helpers/value-quote-harness.js';
import { STORY_EN, mount as mountStory } from '../helpers/story-harness.js';

describe('explore', () => {
  it('snapshot', async () => {
    const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
    console.log(JSON.stringify(await a11ySnapshot({ selector: 'value-quote' })));
    el.pause(); await el.updateComplete;
    console.log(JSON.stringify(await a11ySnapshot({ selector: 'value-quote' })));
    await executeServerCommand('emulate-media-features', { 'forced-colors': 'active' });
    console.log(matchMedia('(forced-colors: active)').matches);
    const s = getComputedStyle(dots(el)[0], '::before');
    const c = getComputedStyle(dots(el)[1], '::before');
    console.log(s.borderTopColor, s.backgroundColor, c.borderTopColor, c.backgroundColor, getComputedStyle(pauseButton(el)!).borderTopColor, getComputedStyle(pauseButton(el)!).color);
    const story = await mountStory(html`<success-story .story=${STORY_EN}></success-story>`);
    const cta = story.shadowRoot!.querySelector('[part=cta]')!;
    console.log(getComputedStyle(cta).backgroundColor, getComputedStyle(cta).color, getComputedStyle(cta).borderTopStyle);
    await executeServerCommand('emulate-media-features', {});
    console.log(matchMedia('(forced-colors: active)').matches);
    expect(1).to.equal(1);
  });
});
