import { describe, expect, test } from 'vitest';
import { countOf, formatDate, formatReadingTime, localIsoDay } from '../../src/lib/format.ts';
import { positionFromScroll, scrollFromPosition } from '../../src/lib/reading-position.ts';

describe('dates and reading time as the reader sees them', () => {
  test('an ISO date reads as a day, month and year, whatever the time zone', () => {
    expect(formatDate('2020-10-22')).toBe('22 October 2020');
    expect(formatDate('2020-10-22T23:30:00Z')).toBe('22 October 2020');
  });

  test('text that is not a date is shown as written rather than as "Invalid Date"', () => {
    expect(formatDate('autumn 2020')).toBe('autumn 2020');
  });

  test('"today" is the reader\'s local calendar day, zero-padded', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test('a count reads with its noun, thousands separated: "48,372 records"', () => {
    expect(countOf(48_372, 'record', 'records')).toBe('48,372 records');
    expect(countOf(1, 'unit', 'units')).toBe('1 unit');
    expect(countOf(0, 'unit', 'units')).toBe('0 units');
    expect(countOf(1_250_000, 'unit', 'units')).toBe('1,250,000 units');
  });

  test('reading time is in whole minutes', () => {
    expect(formatReadingTime(2)).toBe('2 min read');
  });
});

describe('reading position', () => {
  test('is the fraction of the scrollable height, clamped to 0…1', () => {
    expect(positionFromScroll(500, 2000, 1000)).toBe(0.5);
    expect(positionFromScroll(5000, 2000, 1000)).toBe(1);
    expect(positionFromScroll(-20, 2000, 1000)).toBe(0);
    expect(positionFromScroll(0, 600, 1000)).toBe(0);
  });

  test('restores to the same place on a page of another height (text size or width changed)', () => {
    const position = positionFromScroll(750, 4000, 1000);
    expect(scrollFromPosition(position, 7000, 1000)).toBe(1500);
  });
});
