import { describe, expect, it } from 'vitest';
import { isYear, mayHaveNumber, parseNumber, russianNumeral } from '../../../../src/lib/content/extract/numbers.ts';

describe('parseNumber', () => {
  it('reads numbers in digits and English words', () => {
    expect(parseNumber('68')).toBe(68);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('five')).toBe(5);
    expect(parseNumber('twenty-one')).toBe(21);
    expect(parseNumber('forty-six')).toBe(46);
    expect(parseNumber('a dozen')).toBe(12);
    expect(parseNumber('two dozen')).toBe(24);
    expect(parseNumber('half a dozen')).toBe(6);
    expect(parseNumber('a pair of')).toBe(2);
    expect(parseNumber('one hundred and twenty')).toBe(120);
    expect(parseNumber('several')).toBeNull();
  });

  it('reads Russian numerals in any case form, compound ones too', () => {
    expect(parseNumber('двух')).toBe(2);
    expect(parseNumber('трёх')).toBe(3);
    expect(parseNumber('трех')).toBe(3);
    expect(parseNumber('четырьмя')).toBe(4);
    expect(parseNumber('двадцать четыре')).toBe(24);
    expect(parseNumber('двадцати четырёх')).toBe(24);
    expect(parseNumber('сорока шести')).toBe(46);
    expect(parseNumber('сто двадцать один')).toBe(121);
    expect(parseNumber('пару')).toBe(2);
    expect(parseNumber('десяток')).toBe(10);
    expect(parseNumber('несколько')).toBeNull();
    expect(parseNumber('четыре двадцать')).toBeNull(); // not a numeral: the parts must fall in size
  });

  it('knows a year is not a count', () => {
    expect(isYear('2019')).toBe(true);
    expect(isYear('1986')).toBe(true);
    expect(isYear('1200')).toBe(false);
    expect(russianNumeral('Пять')).toBe(5);
  });
});

describe('mayHaveNumber, the first look before a sentence is read for counts', () => {
  it('sees digits, English number words, a pair and Russian numerals, at the start of a word', () => {
    for (const text of ['signed for 12', 'Seven more were ordered', 'a pair of Ka-52', 'a couple', 'Египет получит двух', 'пять машин', 'twenty-one']) {
      expect(mayHaveNumber(text), text).toBe(true);
    }
  });

  it('sees none inside other words: "often", "someone", "money", "attention", "кредит"', () => {
    for (const text of ['they often talk', 'someone said', 'money was found', 'attention', 'Repaired', 'кредит выдан']) {
      expect(mayHaveNumber(text), text).toBe(false);
    }
  });
});
