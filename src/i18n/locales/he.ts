import { queueStrings } from './queue.js';

queueStrings([
  'he',
  {
    quotes: 'ציטוטים',
    quotesOf: 'ציטוטים: {values}',
    carousel: 'קרוסלה',
    slide: 'שקופית',
    position: '{n} מתוך {total}',
    goTo: 'ציטוט {n}',
    pause: 'השהיית הציטוטים',
    play: 'הפעלת הציטוטים',
    previous: 'הציטוט הקודם',
    next: 'הציטוט הבא',
    // The preposition מ־ is written joined to the name: "מצרפתית".
    translatedFrom: 'תורגם מ{language}',
    translated: 'תורגם',
    showOriginal: 'הצגת המקור',
    hideOriginal: 'הסתרת המקור',
    storyLoading: 'הסיפור נטען…',
    storyError: 'לא ניתן להציג את הסיפור הזה.',
    milestones: { one: 'אבן דרך', other: 'אבני דרך' },
    values: { one: 'ערך', other: 'ערכים' },
    sourceLabel: 'מקור:',
  },
]);
