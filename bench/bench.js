// Runs in the page: times what a reader's browser does with the shipped bundle.
const stage = document.getElementById('stage');
const story = await (await fetch('/demo/data/alibaba.json')).json();
const fr = story.stories[0];

const figures = fr.quotes
  .map((q) => `<figure data-value="${q.value}"><blockquote>${q.text}</blockquote><figcaption>${q.author}</figcaption></figure>`)
  .join('');

const settle = (els) => Promise.all(els.map((el) => el.updateComplete));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(setup, run, rounds = 7) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    stage.replaceChildren();
    const ctx = await setup();
    const t0 = performance.now();
    await run(ctx);
    times.push(performance.now() - t0);
  }
  stage.replaceChildren();
  return median(times);
}

const t0 = performance.now();
await import('/dist/success-story.js');
const results = { 'load and define the bundle (ms)': performance.now() - t0 };

results['upgrade 200 <value-quote> with 4 light-DOM quotes (ms)'] = await time(
  () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<value-quote>${figures}</value-quote>`.repeat(200);
    return holder;
  },
  async (holder) => {
    stage.append(holder);
    await settle([...holder.querySelectorAll('value-quote')]);
  },
);

results['render 50 <success-story> from a story property (ms)'] = await time(
  () => Array.from({ length: 50 }, () => document.createElement('success-story')),
  async (els) => {
    for (const el of els) el.story = fr;
    stage.append(...els);
    await settle(els);
    await settle(els.flatMap((el) => [...el.shadowRoot.querySelectorAll('value-quote')]));
  },
);

results['1000 next() on one <value-quote>, per call (ms)'] = await time(
  async () => {
    const el = document.createElement('value-quote');
    el.quotes = fr.quotes;
    stage.append(el);
    await el.updateComplete;
    return el;
  },
  async (el) => {
    for (let i = 0; i < 1000; i++) {
      el.next();
      await el.updateComplete;
    }
  },
  3,
) / 1000;

window.benchResults = results;
