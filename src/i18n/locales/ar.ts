import { queueStrings } from './queue.js';

queueStrings([
  'ar',
  {
    quotes: 'اقتباسات',
    quotesOf: 'اقتباسات: {values}',
    carousel: 'عرض دوّار',
    slide: 'شريحة',
    position: '{n} من {total}',
    goTo: 'الاقتباس {n}',
    pause: 'إيقاف الاقتباسات مؤقتًا',
    play: 'تشغيل الاقتباسات',
    previous: 'الاقتباس السابق',
    next: 'الاقتباس التالي',
    translatedFrom: 'مترجم من {language}',
    translated: 'مترجم',
    showOriginal: 'عرض النص الأصلي',
    hideOriginal: 'إخفاء النص الأصلي',
    storyLoading: 'جارٍ تحميل القصة…',
    storyError: 'تعذّر عرض هذه القصة.',
    // Arabic has a dual: two values are "القيمتان", three or more "القيم".
    milestones: { one: 'المحطة البارزة', two: 'المحطتان البارزتان', other: 'المحطات البارزة' },
    values: { one: 'القيمة', two: 'القيمتان', other: 'القيم' },
    sourceLabel: 'المصدر:',
  },
]);
