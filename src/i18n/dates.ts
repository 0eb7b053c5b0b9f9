import { formatLocale } from './lang.js';

// The HTML forms a <time datetime> accepts that people write in a timeline: a year, a month,
// a day, a date and time. Anything else ("Age 14", "Today") stays plain text.
const MACHINE_DATE = /^\d{4}(-\d\d(-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/;

/** A milestone's date trimmed when it is machine-readable (the `datetime` of its `<time>`), else undefined. */
export function machineDate(date: string | undefined): string | undefined {
  const trimmed = date?.trim();
  return trimmed && MACHINE_DATE.test(trimmed) && !isNaN(Date.parse(trimmed)) ? trimmed : undefined;
}

// Made once each, by the date's length (year, month or day) and language: a formatter costs
// far more to make than to use. No prototype: a page's `lang="__proto__"` is a key like any other.
const formatters: Record<string, Intl.DateTimeFormat> = Object.create(null);

/**
 * A year, month or day (`1999`, `1999-03`, `1999-03-15`) as a reader of language `tag` writes it
 * ("mars 1999", "١٥ مارس ١٩٩٩"), always in the Gregorian calendar: a partial date names a
 * Gregorian year or month, which has no single equivalent in another calendar. A date with a
 * time is shown as written.
 */
export function localDate(date: string, tag: string): string {
  if (!/^\d{4}(-\d\d){0,2}$/.test(date)) return date;
  // The three forms parse as midnight UTC, so they are shown in UTC.
  const formatter = (formatters[`${date.length} ${tag}`] ??= new Intl.DateTimeFormat(formatLocale(tag), {
    calendar: 'gregory',
    timeZone: 'UTC',
    year: 'numeric',
    month: date.length > 4 ? 'long' : undefined,
    day: date.length > 7 ? 'numeric' : undefined,
  }));
  return formatter.format(Date.parse(date));
}
