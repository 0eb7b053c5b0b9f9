import { expect } from '@open-wc/testing';
import { localDate, machineDate } from '../../src/i18n/dates.js';

describe('i18n.dates', () => {
  it('a year, a month or a day in the language, in the Gregorian calendar', () => {
    const cases: [string, string, string][] = [
      ['1999', 'en', '1999'],
      ['1999-03', 'en', 'March 1999'],
      ['1999-03-15', 'en', 'March 15, 1999'],
      ['1999', 'fr', '1999'],
      ['1999-03', 'fr', 'mars 1999'],
      ['1999-03-01', 'fr', '1 mars 1999'],
      ['1999', 'ar', '١٩٩٩'],
      ['1999-03', 'ar', 'مارس ١٩٩٩'],
      ['1999-03-15', 'ar', '١٥ مارس ١٩٩٩'],
      ['2014-09', 'de', 'September 2014'],
      ['2014-09-19', 'ja', '2014年9月19日'],
    ];
    for (const [date, lang, shown] of cases) expect(localDate(date, lang), `${date} in ${lang}`).to.equal(shown);
    // Saudi Arabia's default calendar is the Hijri one: the year stays the Gregorian 1999, not 1419.
    expect(localDate('1999-03-15', 'ar-SA')).to.include('١٩٩٩');
  });

  it('a date with a time, and free text, stay as written', () => {
    expect(localDate('1999-03-15T10:00', 'fr')).to.equal('1999-03-15T10:00');
    expect(localDate('Age 14', 'fr')).to.equal('Age 14');
    expect(localDate('1999', 'en_US')).to.equal('1999');
  });

  it('only dates a browser can read get a datetime', () => {
    expect(machineDate(' 1999-03 ')).to.equal('1999-03');
    expect(machineDate('1999-03-15T10:00Z')).to.equal('1999-03-15T10:00Z');
    expect(machineDate('1999-13')).to.equal(undefined);
    expect(machineDate('March 1999')).to.equal(undefined);
    expect(machineDate(undefined)).to.equal(undefined);
  });
});
