import { describe, expect, it } from 'vitest';
import { findTypeMentions } from '../../../../src/lib/content/catalogue.ts';
import { quantityAfter, quantityBefore, type Quantity } from '../../../../src/lib/content/extract/quantities.ts';

// Synthetic phrases, made up for the tests.
/** The quantity read with the first type named in `text`. */
function of(text: string): Partial<Quantity> | null {
  const [mention] = findTypeMentions(text);
  if (!mention) throw new Error(`no type in ${text}`);
  const q = quantityBefore(text, 0, mention.start, { allowNoun: true }) ?? quantityAfter(text, mention.end, text.length);
  return q && { value: q.value, text: q.text, kind: q.kind, part: q.part, whole: q.whole, definite: q.definite };
}

describe('a quantity before its type', () => {
  it('reads across describing words and a generic noun', () => {
    expect(of('Laos ordered five military-transport Mi-171Sh')).toMatchObject({ value: 5, text: 'five' });
    expect(of('an extra 24 Su-35 fighters')).toMatchObject({ value: 24 });
    expect(of('four more Russian-built Mi-35M')).toMatchObject({ value: 4 });
    expect(of('10 units of the Mi-171Sh')).toMatchObject({ value: 10 });
    expect(of('24 helicopters Mi-171Sh')).toMatchObject({ value: 24 });
    expect(of('поставит 14 многоцелевых вертолетовМи-171')).toMatchObject({ value: 14 });
    expect(of('контракт на поставку двух вертолетов Ми-17')).toMatchObject({ value: 2, text: 'двух' });
  });

  it('reads across English describing words of any kind, as it does Russian ones', () => {
    expect(of('the sale of four advanced Mi-35 combat helicopters')).toMatchObject({ value: 4 });
    expect(of('a deal for 12 sophisticated Ka-52')).toMatchObject({ value: 12 });
    expect(of('six state-of-the-art Mi-28NE')).toMatchObject({ value: 6 });
    expect(of('two modern anti-submarine Ka-28')).toMatchObject({ value: 2 });
    // a describing word is no licence to reach past a verb or a sentence's other words
    expect(of('12 were sold and Mi-17')).toBeNull();
  });

  it('starts a number at a number word, never at the "and" before it', () => {
    expect(of('it repairs the fleet and two Mi-17')).toMatchObject({ value: 2, text: 'two' });
  });

  it('never takes a year, a sum of money or a number far off for a count', () => {
    expect(of('the 2019 Mi-17 contract')).toBeNull();
    expect(of('paid $40 Mi-17')).toBeNull();
    expect(of('in 12 months the company built Mi-17')).toBeNull();
  });

  it('says when the number is a bound, not exact, part of an order, the whole order, or one already told', () => {
    expect(of('a contract for up to 12 Mi-28NE')).toMatchObject({ value: 12, kind: 'bound' });
    expect(of('до 12 вертолетов Ми-17')).toMatchObject({ kind: 'bound' });
    expect(of('more than 800 Mi-17')).toMatchObject({ kind: 'approximate' });
    expect(of('the first four Mi-171Sh')).toMatchObject({ value: 4, part: true });
    expect(of('the second batch of three Ka-52')).toMatchObject({ value: 3, part: true, whole: false });
    expect(of('первые восемь Ми-171Ш')).toMatchObject({ part: true });
    expect(of('the last four of 15 Mi-28NE')).toMatchObject({ value: 15, whole: true });
    expect(of('the four Mi-35M')).toMatchObject({ definite: true });
  });
});

describe('a quantity after its type', () => {
  it('reads "(12 units)", "in the amount of", "в количестве", ", four of them" and "– 14 единиц"', () => {
    expect(of('Laos ordered Mi-17 (12 units) and more')).toMatchObject({ value: 12 });
    expect(of('Mi-171Sh helicopters in the amount of 12')).toMatchObject({ value: 12 });
    expect(of('вертолеты Ми-17В-5 в количестве 12 единиц')).toMatchObject({ value: 12 });
    expect(of('Mi-35M, four of them for the navy')).toMatchObject({ value: 4 });
    expect(of('Ми-171 – 14 единиц')).toMatchObject({ value: 14 });
    expect(of('Mi-17 (2019)')).toBeNull();
  });
});
