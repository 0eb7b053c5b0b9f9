import { queueStrings } from './queue.js';

queueStrings([
  'ja',
  {
    quotes: '引用',
    quotesOf: '引用：{values}',
    carousel: 'カルーセル',
    slide: 'スライド',
    position: '{total}件中{n}件目',
    goTo: '引用{n}',
    pause: '引用の切り替えを一時停止',
    play: '引用の切り替えを開始',
    previous: '前の引用',
    next: '次の引用',
    translatedFrom: '{language}から翻訳',
    translated: '翻訳',
    showOriginal: '原文を表示',
    hideOriginal: '原文を隠す',
    storyLoading: 'ストーリーを読み込んでいます…',
    storyError: 'このストーリーを表示できません。',
    milestones: '主な出来事',
    values: '価値観',
    sourceLabel: '出典：',
  },
]);
