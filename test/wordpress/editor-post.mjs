// Writes the test post in WordPress's block editor as an author would: logs in, inserts the
// Success story block from the inserter, types into its form, picks a layout in the block
// sidebar, adds a Value quotes block, publishes, then opens the post again to see that WordPress
// finds both blocks valid. Used by check-site.mjs.
import { readFileSync } from 'node:fs';

const STORY = JSON.parse(readFileSync('demo/data/alibaba.json', 'utf8')).stories.find((story) => story.id === 'alibaba-en');
const TYPED = { title: STORY.title, paragraph: 'At 14, Jack Ma fell in love with English.', quote: STORY.quotes[0].text, author: STORY.quotes[0].author };

/** The editor's content: its iframe's document where there is one (WordPress 6.3+), else the page. */
const canvasOf = async (page) => (await (await page.$('iframe[name="editor-canvas"]'))?.contentFrame()) ?? page.mainFrame();

/** The form's fieldset whose legend is `legend`. */
async function fieldset(canvas, legend) {
  const handle = await canvas.evaluateHandle(
    (text) => [...document.querySelectorAll('.success-story-form fieldset')].find((set) => set.querySelector('legend')?.textContent === text),
    legend,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no "${legend}" fieldset in the form`);
  return element;
}

/** Clicks the button of `container` whose text is `text`. */
async function clickButton(container, text) {
  const buttons = await container.$$('button');
  for (const button of buttons) {
    if ((await button.evaluate((element) => element.textContent)) === text) return button.click();
  }
  throw new Error(`no "${text}" button`);
}

/** Waits until the editor's data stores and the plugin's blocks are there, and the welcome guide is closed. */
async function editorReady(page) {
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && window.wp.blocks.getBlockType('success-story/story'));
  await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/**
 * Writes and publishes the post; returns its link, its title, the number of quotes of its story
 * and texts a reader must find in it (empty link when the editor failed).
 */
export async function editorPost({ context, site, check, assert, screenshots }) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(`${site}/`) && !/^(data|blob):/.test(request.url())) errors.push(`request to ${request.url()}`);
  });
  const post = { link: '', title: TYPED.title, quoteCount: STORY.quotes.length, texts: [TYPED.title, TYPED.paragraph, TYPED.quote, STORY.milestones[2].label] };

  await page.goto(`${site}/wp-login.php`, { waitUntil: 'load' });
  await page.type('#user_login', 'admin');
  await page.type('#user_pass', 'admin-pass');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  await page.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await editorReady(page);

  await check('editor: the Success story block is inserted from the inserter', async () => {
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.type('.block-editor-inserter__search input', 'Success story');
    await page.click('.editor-block-list-item-success-story-story');
    await page.waitForFunction(() => window.wp.data.select('core/block-editor').getSelectedBlock()?.name === 'success-story/story');
    await page.click('button[aria-label="Toggle block inserter"]');
  });

  const canvas = await canvasOf(page);
  await check('editor: the form fills the story (title, summary paragraphs added, moved and removed, a quote)', async () => {
    await canvas.waitForSelector('.success-story-form');
    await canvas.type('.success-story-form > .components-base-control input', TYPED.title);
    const summary = await fieldset(canvas, 'Summary');
    await clickButton(summary, 'Add a paragraph');
    await (await summary.waitForSelector('textarea')).type(TYPED.paragraph);
    // A second paragraph, moved above the first, moved back down, then removed.
    await clickButton(summary, 'Add a paragraph');
    await (await summary.waitForSelector('[aria-label="Paragraph 2"] textarea')).type('Second.');
    const paragraphs = () => page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock().attributes.story.summary);
    await (await summary.$('button[aria-label="Move up: Paragraph 2"]')).click();
    assert(JSON.stringify(await paragraphs()) === JSON.stringify(['Second.', TYPED.paragraph]), 'not moved up');
    await (await summary.$('button[aria-label="Move down: Paragraph 1"]')).click();
    assert(JSON.stringify(await paragraphs()) === JSON.stringify([TYPED.paragraph, 'Second.']), 'not moved down');
    await (await summary.$('button[aria-label="Remove: Paragraph 2"]')).click();
    assert(JSON.stringify(await paragraphs()) === JSON.stringify([TYPED.paragraph]), 'not removed');
    const quotes = await fieldset(canvas, 'Quotes');
    await clickButton(quotes, 'Add a quote');
    await (await quotes.waitForSelector('textarea')).type(TYPED.quote);
    await (await quotes.$('input')).type(TYPED.author);
    const story = await page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock().attributes.story);
    assert(story.title === TYPED.title && story.summary[0] === TYPED.paragraph, JSON.stringify(story));
    assert(story.quotes[0].text === TYPED.quote && story.quotes[0].author === TYPED.author, JSON.stringify(story.quotes));
  });

  await check('editor: the block sidebar sets the layout', async () => {
    await page.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    const layout = await page.waitForSelector('.block-editor-block-inspector select');
    await layout.select('banner');
    const chosen = await page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock().attributes.layout);
    assert(chosen === 'banner', `layout ${chosen}`);
  });

  // The rest of the story as the form would store it, then the quotes block, as the inserter would add it.
  await page.evaluate(({ story, site }) => {
    const { select, dispatch } = window.wp.data;
    const block = select('core/block-editor').getSelectedBlock();
    const { id, lang, summary, subject, ...rest } = story;
    dispatch('core/block-editor').updateBlockAttributes(block.clientId, {
      story: {
        ...block.attributes.story,
        ...rest,
        subject: { ...subject, image: `${site}/wp-content/uploads/img/jack-ma.svg` },
        summary: [...block.attributes.story.summary, ...summary.slice(1)],
        quotes: [...block.attributes.story.quotes, ...story.quotes.slice(1)],
      },
    });
  }, { story: STORY, site });

  await check('editor: the preview is the element, showing the typed title and the story\'s parts', async () => {
    const shown = await canvas.waitForFunction(() => {
      const story = document.querySelector('.success-story-block success-story');
      const root = story?.shadowRoot;
      if (!root?.querySelector('[part~="article"]')) return false;
      const subject = root.querySelector('[part~="subject"]')?.textContent;
      return subject ? { heading: root.querySelector('slot[name="heading"]').assignedElements()[0]?.textContent, subject } : false;
    });
    const { heading, subject } = await shown.jsonValue();
    assert(heading === TYPED.title, `heading "${heading}"`);
    assert(subject.includes(STORY.subject.name), `subject "${subject}"`);
  });
  if (screenshots) {
    await canvas.evaluate(() => document.querySelector('.success-story-block')?.scrollIntoView());
    await page.screenshot({ path: `${screenshots}/wordpress-editor.png` });
    await canvas.evaluate(() => document.querySelector('.success-story-form')?.scrollIntoView());
    await page.screenshot({ path: `${screenshots}/wordpress-editor-form.png` });
  }

  await check('editor: the post with both blocks is published', async () => {
    await page.evaluate(async ({ quotes, title }) => {
      const { dispatch, select } = window.wp.data;
      const block = window.wp.blocks.createBlock('success-story/value-quotes', { quotes, interval: '2000', controls: 'full' });
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/editor').editPost({ title, status: 'publish' });
      await dispatch('core/editor').savePost();
      if (select('core/editor').getCurrentPost().status !== 'publish') throw new Error('not published');
    }, { quotes: STORY.quotes.map(({ text, author, value }) => ({ text, author, value })), title: `${TYPED.title} (blocks)` });
    post.link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
    post.id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
  });
  await check('editor: no console error and no request away from the site while writing the post', () => assert(errors.length === 0, errors.join(' | ')));

  await check('editor: the saved post opens again with both blocks valid', async () => {
    await page.goto(`${site}/wp-admin/post.php?post=${post.id}&action=edit`, { waitUntil: 'load' });
    await editorReady(page);
    const blocks = await page.waitForFunction(() => {
      const all = window.wp.data.select('core/block-editor').getBlocks();
      return all.length ? all.map((block) => [block.name, block.isValid]) : false;
    });
    const found = await blocks.jsonValue();
    assert(JSON.stringify(found) === JSON.stringify([['success-story/story', true], ['success-story/value-quotes', true]]), JSON.stringify(found));
    const canvasAgain = await canvasOf(page);
    assert(!(await canvasAgain.$('.block-editor-warning')), 'a block shows a warning');
  });
  await page.close();
  return post;
}
