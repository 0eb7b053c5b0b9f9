import { html, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  json, mount, pauseButton, dots, figures, slides, liveRegion, shown, warnings, $, $$,
} from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

const FIGURES = html`
  <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
  <figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>`;

describe('value-quote accessibility (WAI-ARIA APG carousel)', () => {
  beforeEach(() => sessionStorage.clear());

  it('the host is a labelled carousel region; each quote a group labelled "n of N"', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(el.getAttribute('role')).to.equal('region');
    expect(el.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(el.getAttribute('aria-label')).to.equal('Quotes: Persévérance, Pugnacité, Rigueur, Courage');
    expect(slides(el).map((f) => [f.getAttribute('role'), f.getAttribute('aria-roledescription'), f.getAttribute('aria-label')])).to.deep.equal([
      ['group', 'slide', '1 of 4'],
      ['group', 'slide', '2 of 4'],
      ['group', 'slide', '3 of 4'],
      ['group', 'slide', '4 of 4'],
    ]);
  });

  it('is localized in French', async () => {
    const wrap = await fixture(html`<div lang="fr"><value-quote quotes=${json()}></value-quote></div>`);
    const el = wrap.querySelector('value-quote')!;
    await el.updateComplete;
    expect(el.getAttribute('aria-roledescription')).to.equal('carrousel');
    expect(el.getAttribute('aria-label')).to.equal('Citations\u202f: Persévérance, Pugnacité, Rigueur, Courage');
    expect(slides(el)[1].getAttribute('aria-label')).to.equal('2 sur 4');
    expect(slides(el)[1].getAttribute('aria-roledescription')).to.equal('diapositive');
    expect(pauseButton(el)!.getAttribute('aria-label')).to.equal('Mettre les citations en pause');
  });

  it('keeps the role and label the author set', async () => {
    const el = await mount(html`<value-quote role="complementary" aria-label="Ce qu’ils disent" quotes=${json()}></value-quote>`);
    expect(el.getAttribute('role')).to.equal('complementary');
    expect(el.getAttribute('aria-label')).to.equal('Ce qu’ils disent');
    expect(el.getAttribute('aria-roledescription')).to.equal('carousel');
  });

  it('hides the quotes not on show from everyone', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(slides(el).map((f) => getComputedStyle(f).visibility)).to.deep.equal(['visible', 'hidden', 'hidden', 'hidden']);
  });

  it('live region: off while rotating, polite when paused or while focus is inside', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('off');
    pauseButton(el)!.focus();
    await el.updateComplete;
    expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('polite');
    pauseButton(el)!.blur();
    await el.updateComplete;
    expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('off');
    el.pause();
    await el.updateComplete;
    expect(liveRegion(el)!.getAttribute('aria-live')).to.equal('polite');
  });

  it('the pause button comes first in tab order; every control is a labelled <button>', async () => {
    const wrap = await fixture(html`<div><button id="before">before</button><value-quote controls="full" quotes=${json()}></value-quote></div>`);
    const el = wrap.querySelector('value-quote')!;
    await el.updateComplete;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(pauseButton(el));
    const controls = $$(el, '[part=controls] *[part~=button]');
    expect(controls.length).to.equal(7);
    for (const b of controls) {
      expect(b.localName).to.equal('button');
      expect(b.getAttribute('aria-label')).to.be.a('string').and.not.empty;
    }
  });

  it('arrow keys, Home and End move between quotes when focus is on the controls', async () => {
    const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
    pauseButton(el)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.index).to.equal(1);
    expect(el.paused, 'an arrow key is a reader choice').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.index).to.equal(3);
    await sendKeys({ press: 'Home' });
    expect(el.index).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(el.index).to.equal(3);
  });

  it('on a dot, arrow keys carry focus to the new current dot', async () => {
    const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
    dots(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(dots(el)[1]);
    expect(dots(el)[1].getAttribute('aria-current')).to.equal('true');
    expect(dots(el)[0].hasAttribute('aria-current')).to.equal(false);
  });

  it('arrow keys follow the reading direction in right-to-left text', async () => {
    const wrap = await fixture(html`<div dir="rtl"><value-quote quotes=${json()}></value-quote></div>`);
    const el = wrap.querySelector<ValueQuote>('value-quote')!;
    await el.updateComplete;
    pauseButton(el)!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.index).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.index).to.equal(0);
  });

  it('one quote renders a plain figure: no carousel semantics, no controls', async () => {
    const el = await mount(html`<value-quote text="La rigueur vient toujours à bout de l’obstacle." author="Léonard de Vinci"></value-quote>`);
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.hasAttribute('aria-roledescription')).to.equal(false);
    expect(el.hasAttribute('aria-label')).to.equal(false);
    expect(figures(el)).to.have.length(1);
    expect(slides(el)[0].hasAttribute('role')).to.equal(false);
    expect(slides(el)[0].hasAttribute('aria-label')).to.equal(false);
    expect($(el, '[part=controls]')).to.not.exist;
    expect(liveRegion(el)).to.equal(null);
    expect(shown(el)!.textContent).to.contain('Léonard de Vinci');
  });

  it('drops the carousel semantics it set when the list shrinks to one quote', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    el.value = 'courage';
    await el.updateComplete;
    expect(el.hasAttribute('role')).to.equal(false);
    expect(figures(el)).to.have.length(1);
  });

  describe('axe', () => {
    it('rotating', async () => {
      const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
      await expect(el).to.be.accessible();
    });

    it('paused', async () => {
      const el = await mount(html`<value-quote paused controls="full" quotes=${json()}></value-quote>`);
      await expect(el).to.be.accessible();
    });

    it('one quote', async () => {
      const el = await mount(html`<value-quote text="La persévérance gagne le succès." author="Michel Dupuy" value="Persévérance"></value-quote>`);
      await expect(el).to.be.accessible();
    });

    it('in error, showing its fallback', async () => {
      const warn = warnings();
      const el = await mount(html`<value-quote quotes="[not json">${FIGURES}</value-quote>`);
      warn.restore();
      expect(figures(el)).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('in error, with nothing to show', async () => {
      const warn = warnings();
      const el = await mount(html`<value-quote quotes="[not json"></value-quote>`);
      warn.restore();
      await expect(el).to.be.accessible();
    });
  });
});
