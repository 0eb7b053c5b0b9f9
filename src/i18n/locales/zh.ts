import { queueStrings } from './queue.js';

queueStrings(
  [
    'zh',
    {
      quotes: '引语',
      carousel: '轮播',
      slide: '幻灯片',
      position: '第 {n} 条，共 {total} 条',
      goTo: '第 {n} 条引语',
      pause: '暂停引语轮播',
      play: '播放引语轮播',
      previous: '上一条引语',
      next: '下一条引语',
      translatedFrom: '译自{language}',
      translated: '译文',
      showOriginal: '显示原文',
      hideOriginal: '隐藏原文',
      storyLoading: '正在加载故事…',
      storyError: '无法显示此故事。',
      milestones: '里程碑',
      values: '价值观',
      sourceLabel: '来源：',
    },
  ],
  // Traditional Chinese (Taiwan, Hong Kong, Macao: `zh-TW` finds `zh-Hant`).
  [
    'zh-Hant',
    {
      quotes: '引語',
      carousel: '輪播',
      slide: '投影片',
      position: '第 {n} 則，共 {total} 則',
      goTo: '第 {n} 則引語',
      pause: '暫停引語輪播',
      play: '播放引語輪播',
      previous: '上一則引語',
      next: '下一則引語',
      translatedFrom: '譯自{language}',
      translated: '譯文',
      showOriginal: '顯示原文',
      hideOriginal: '隱藏原文',
      storyLoading: '正在載入故事…',
      storyError: '無法顯示此故事。',
      values: '價值觀',
    },
  ],
);
