// The demo's pages, as the audit and the screenshots visit them, and the Chromium they use.

/** Every page of the demo, by a short name and its path under the served folder. */
export const DEMO_PAGES = [
  { name: 'home-fr', path: '/demo/index.html' },
  { name: 'home-en', path: '/demo/en/index.html' },
  { name: 'site-fr', path: '/demo/site.html' },
  { name: 'site-en', path: '/demo/en/site.html' },
  { name: 'cms-fr', path: '/demo/cms.html' },
  { name: 'cms-en', path: '/demo/en/cms.html' },
  { name: 'landing-fr', path: '/demo/landing.html' },
  { name: 'landing-en', path: '/demo/en/landing.html' },
  { name: 'gallery-fr', path: '/demo/gallery.html' },
  { name: 'gallery-en', path: '/demo/en/gallery.html' },
  { name: 'builder-fr', path: '/demo/builder/index.html' },
  { name: 'builder-en', path: '/demo/en/builder/index.html' },
  { name: 'arabic', path: '/demo/ar/index.html' },
  { name: 'integrations', path: '/demo/integrations/index.html' },
  { name: 'script-module', path: '/demo/integrations/script-module.html' },
  { name: 'script-classic', path: '/demo/integrations/script-classic.html' },
  { name: 'wordpress', path: '/demo/integrations/wordpress.html' },
  { name: 'vue', path: '/demo/integrations/vue.html' },
];

/** The reference docs as the demo serves them (built by `npm run build:docs`), audited like the demo. */
export const DOCS_PAGES = [
  'index', 'value-quote', 'success-story', 'data-format', 'accessibility', 'security', 'browsers',
  'guide-script-tag', 'guide-npm', 'guide-cms', 'guide-react', 'guide-vue', 'guide-svelte',
].map((page) => ({ name: `docs-${page}`, path: `/dist/docs/${page}.html` }));

/** The system Chromium, or CHROME_PATH. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless as root in a container, with nothing downloaded. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
