import { createApp, ref } from 'vue';

const stories = ref([]);
const story = ref();
const log = ref([]);
const app = createApp({ setup: () => ({ stories, story, log }) });
// The two tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag === 'success-story' || tag === 'value-quote';
app.mount('#app');

fetch(new URL('../data/alibaba.json', location.href))
  .then((response) => response.json())
  .then((data) => {
    stories.value = data.stories;
    story.value = data.stories[0];
  });
