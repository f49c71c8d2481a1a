import { describe, expect, it } from 'vitest';
import { isDateLine, pageDateFromText } from '../../../src/lib/import/page-date.ts';

// Synthetic page tops, made up for the tests.
describe('pageDateFromText', () => {
  it('reads the dateline a copied page carries near its top, in the usual ways', () => {
    expect(pageDateFromText('Headline\nThursday, September 9, 2010\nBody.')).toBe('2010-09-09');
    expect(pageDateFromText('21 Jul, 2017 14:37\n\nHeadline')).toBe('2017-07-21');
    expect(pageDateFromText('Headline\n30.10.2014 13:55:31 | Agency')).toBe('2014-10-30');
    expect(pageDateFromText('2025-11-11 11:44:58\nЗаголовок')).toBe('2025-11-11');
    expect(pageDateFromText('Заголовок\n28 февраля 2014 года\nТекст.')).toBe('2014-02-28');
  });

  it('reads a "Posted on" line wherever it stands, and only the first', () => {
    expect(pageDateFromText(`Headline\n${'A paragraph.\n'.repeat(10)}Article Posted on : - Aug 22, 2012\nPosted on May 1, 2013`)).toBe('2012-08-22');
    expect(pageDateFromText(`Заголовок\n${'Абзац.\n'.repeat(10)}Опубликовано: 5 мая 2015`)).toBe('2015-05-05');
  });

  it('takes the article’s date, not the day the page was viewed that a site header shows', () => {
    expect(pageDateFromText('SITE.COM → Today: Monday, November 30, 2015, 2:02\nNews » 24 october 2013\nHeadline\nBody.')).toBe('2013-10-24');
    expect(pageDateFromText('Сегодня: 12 марта 2020\nЗаголовок\n5 мая 2015\nТекст.')).toBe('2015-05-05');
  });

  it('ignores dates inside long paragraphs, far down the page, or impossible ones', () => {
    expect(pageDateFromText(`Headline\n${'A long paragraph that mentions September 9, 2010 among many other words. '.repeat(2)}`)).toBeNull();
    expect(pageDateFromText(`${'line\n'.repeat(10)}May 3, 2011`)).toBeNull();
    expect(pageDateFromText('Headline\nFebruary 30, 2011')).toBeNull();
  });
});

describe('isDateLine', () => {
  it('knows a line that is a date and nothing more, with a weekday, time or zone', () => {
    expect(isDateLine('Monday, July 12, 2010')).toBe(true);
    expect(isDateLine('21 Jul, 2017 14:37 GMT')).toBe(true);
    expect(isDateLine('Updated 30.10.2014 13:55')).toBe(true);
    expect(isDateLine('28 февраля 2014 года')).toBe(true);
  });

  it('does not take a headline that carries a date for a dateline', () => {
    expect(isDateLine('Army signs helicopter deal on July 12, 2010')).toBe(false);
    expect(isDateLine('A synthetic headline')).toBe(false);
  });
});
