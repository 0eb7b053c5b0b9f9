import { openFrame, type Frame } from '../helpers/frame.js';

// A story written in plain HTML for the slots, in the order the element lays its parts out.
const CMS = `
  <success-story>
    <hgroup slot="heading"><p>Success story · Développement commercial</p><h2>Jack Ma : oser être un peu fou</h2></hgroup>
    <p slot="subject">Jack Ma, fondateur d’Alibaba</p>
    <div slot="summary"><p>À 14 ans, Jack Ma guide les touristes étrangers à Hangzhou pour pratiquer l’anglais.</p>
      <p>En 1999, il fonde alibaba.com.</p></div>
    <ol><li>1999 : alibaba.com</li><li>Aujourd’hui : un groupe mondial</li></ol>
    <blockquote slot="quotes">La persévérance gagne le succès. — Michel Dupuy</blockquote>
    <a slot="cta" href="#">Découvrir le groupe Alibaba</a>
  </success-story>
  <p>Text after the story.</p>`;

/** A frame showing the plain-HTML story, laid out by the page stylesheet or not, before the element's script. */
export async function fallbackPage(withCss: boolean): Promise<Frame> {
  const frame = await openFrame(CMS);
  const iframe = frame.win.frameElement as HTMLIFrameElement;
  iframe.width = '700';
  iframe.height = '1400';
  if (withCss) {
    const link = frame.doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('/src/fallback.css', location.href).href;
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    frame.doc.head.append(link);
    await loaded;
  }
  await new Promise((r) => frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(r)));
  return frame;
}

/** Runs the element's script in the frame and resolves once the upgraded story has settled; throws if it did not upgrade. */
export async function upgrade(frame: Frame): Promise<HTMLElement> {
  await frame.addScript('/src/success-story.ts');
  const el = frame.doc.querySelector('success-story') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  if (!el.shadowRoot?.querySelector('[part=article]')) throw new Error('the story did not upgrade');
  await new Promise((r) => setTimeout(r, 300));
  return el;
}
