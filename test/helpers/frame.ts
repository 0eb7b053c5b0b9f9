/**
 * Opens a same-origin iframe on its own document, so a test can load bundles into a fresh
 * window (its own custom element registry) and watch for errors thrown while they run.
 */
export interface Frame {
  win: Window & typeof globalThis & { errors: string[] };
  doc: Document;
  /** Loads a script into the frame and resolves once it has run (or failed). */
  addScript(src: string, type?: 'module' | 'classic'): Promise<void>;
  remove(): void;
}

export async function openFrame(body = ''): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><head><script>
    window.errors = [];
    addEventListener('error', (e) => errors.push(String(e.message || e.error)));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Frame['win'];
  const doc = iframe.contentDocument!;
  return {
    win,
    doc,
    addScript(src, type = 'module') {
      return new Promise((resolve, reject) => {
        const script = doc.createElement('script');
        if (type === 'module') script.type = 'module';
        script.src = new URL(src, location.href).href;
        script.addEventListener('load', () => resolve());
        script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
        doc.head.append(script);
      });
    },
    remove: () => iframe.remove(),
  };
}
