import { describe, expect, it } from 'vitest';
import type { ContractRecord } from '../../../../src/lib/content/contract.ts';
import { extractContracts } from '../../../../src/lib/content/extract/index.ts';

// Synthetic articles, made up for the tests.
const records = (...paragraphs: string[]): ContractRecord[] => extractContracts({ id: 'synthetic', paragraphs }).records;
const line = (r: ContractRecord) => `${r.status} ${r.quantity} ${r.model} → ${r.recipient ?? '?'} ${r.year ?? '-'}`;

describe('one record per deal', () => {
  it('merges a deal told in two sentences, filling each one’s gaps from the other', () => {
    const [only, ...rest] = records('Laos ordered 6 Mi-17V-5 from Rosoboronexport.', 'The 6 Mi-17V-5 were ordered in 2015 for US$ 90 million.');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ quantity: 6, recipient: 'Laos', year: 2015, value: { amount: 90e6, currency: 'USD' } });
    expect(only!.sources).toHaveLength(2);
  });

  it('keeps the more exact type of the two tellings, unless it was only inferred from "the helicopters"', () => {
    expect(records('Laos signed for 12 Mi-35. The 12 Mi-35M were ordered in May.').map((r) => r.model)).toEqual(['Mi-35M']);
    expect(records('Laos signed for 12 Mi-35 (photo: a Mi-35M). The contract for 12 helicopters was signed in May.').map((r) => r.model)).toEqual(['Mi-35']);
  });

  it('takes a deal’s type as a number-less sentence of the paragraph names it most exactly', () => {
    expect(records('Russia will deliver the remaining Mi-35M to Laos under the deal. So far it supplied 9 of 12 Mi-35s under the deal.').map(line)).toEqual([
      'signed 12 Mi-35M → Laos -',
    ]);
  });

  it('keeps two deals of the same size apart when their years differ, or one is told as additional to an earlier one', () => {
    expect(records('In 2011 Laos ordered 12 Mi-24. In 2013 Laos ordered 12 Mi-24 too.').map(line)).toEqual([
      'signed 12 Mi-24 → Laos 2011',
      'signed 12 Mi-24 → Laos 2013',
    ]);
    expect(records('The first contract, for 12 Mi-24, was for Laos.', 'Laos then ordered an additional 12 Mi-24.')).toHaveLength(2);
  });

  it('turns an option told before into a contract when the text says it is now signed', () => {
    expect(records('The deal gave the option to buy 12 more Mi-17V-5 for Laos.', 'The agreement on these 12 machines has now been signed.').map(line)).toEqual([
      'signed 12 Mi-17V-5 → Laos -',
    ]);
  });

  it('gives a record the year its type’s deal is told with elsewhere, and the buyer of the article’s other deals', () => {
    expect(records('Russia will deliver four Mi-35M to Laos in 2017.', 'Laos and Russia agreed to the Mi-35M deal in August 2015.').map(line)).toEqual([
      'signed 4 Mi-35M → Laos 2015',
    ]);
    expect(records('Laos ordered 6 Mi-17V-5.', 'It also ordered 2 Mi-26T2.').map((r) => r.recipient)).toEqual(['Laos', 'Laos']);
  });
});

describe('claimed totals', () => {
  const claims = (...paragraphs: string[]) =>
    extractContracts({ id: 'synthetic', paragraphs }).claims.map(({ text, min, exact, counted }) => ({ text, min, exact, counted }));

  it('reads "more than", "a total of", "some" and "12+" as claims and counts what the paragraph lists', () => {
    const text = (figure: string) => `Rosoboronexport signed contracts with Laos for ${figure} helicopters. They include 8 Mi-17 and 4 Ansat.`;
    expect(claims(text('12+'))).toEqual([{ text: '12+', min: 12, exact: false, counted: 12 }]);
    expect(claims(text('more than 12'))).toEqual([{ text: 'more than 12', min: 13, exact: false, counted: 12 }]);
    expect(claims(text('a total of 12'))).toEqual([{ text: 'a total of 12', min: 12, exact: true, counted: 12 }]);
    expect(claims(text('some 12'))).toEqual([{ text: 'some 12', min: 12, exact: false, counted: 12 }]);
  });

  it('counts only the kind of thing the claim names, and the next paragraph when its own lists none', () => {
    expect(claims('Russia signed contracts with Laos for 10 helicopters and 4 fighters: 10 Mi-17 and 4 Su-30.').map((c) => [c.text, c.counted])).toEqual([
      ['10', 10],
      ['4', 4],
    ]);
    expect(claims('The contract with Laos covers 10 new aircraft.', 'Russia will supply 6 Mi-17V-5 and 4 Ansat under it.').map((c) => [c.text, c.counted])).toEqual([['10', 10]]);
  });

  it('reads a count the next sentence breaks down into types as their total, not as a deal for the type told before', () => {
    const paragraphs = ['Laos already flies the Mi-26.', 'Laos placed an order for 48 new helicopters. It is for the supply of 42 Mi-28N and six Mi-26T2.'];
    expect(records(...paragraphs).map(line)).toEqual(['signed 42 Mi-28N → Laos -', 'signed 6 Mi-26T2 → Laos -']);
    expect(claims(...paragraphs)).toEqual([{ text: '48', min: 48, exact: true, counted: 48 }]);
  });

  it('reads no claim from a fleet, an offer or an option', () => {
    expect(claims('Laos operates 120 helicopters.')).toEqual([]);
    expect(claims('Russia offered Laos 12 helicopters. Laos ordered 8 Mi-17.')).toEqual([]);
  });
});
