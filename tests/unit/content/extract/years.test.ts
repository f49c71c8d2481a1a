import { describe, expect, it } from 'vitest';
import { relativeSigningYear, signingYears, valueOf } from '../../../../src/lib/content/extract/years.ts';

// Synthetic sentences, made up for the tests.
const years = (sentence: string) => signingYears(sentence).map((y) => y.year);

describe('signingYears', () => {
  it('takes a year the words tie to the signing', () => {
    expect(years('The deal was signed in December 2009.')).toEqual([2009]);
    expect(years('In 2008, Rosoboronexport struck a deal for 80 Mi-17V-5.')).toEqual([2008]);
    expect(years('The 2008 contract for 80 Mi-17V-5 was fulfilled.')).toEqual([2008]);
    expect(years('The first order, in 1998, was for five Ka-28s.')).toEqual([1998]);
    expect(years('The contract was signed at MAKS-2017.')).toEqual([2017]);
    expect(years('Контракт подписан в 2013 году.')).toEqual([2013]);
    expect(years('контракт 2012 года на поставку')).toEqual([2012]);
    expect(years('ВВС получили вторую пару Ми-26Т2 по контракту на поставку шести машин от 2013 года.')).toEqual([2013]);
    // a year told right after the deal's size, and one that opens a sentence naming the deal
    expect(years('The plant has handed over 90 Mi-17V-5 to Laos, starting with a deal for 40 machines in 2010.')).toEqual([2010]);
    expect(years('In early May 2014, the exporter announced an order from Laos for another 8 Mi-17.')).toEqual([2014]);
  });

  it('never takes a year of delivery, a deadline, a start, a span or a date line', () => {
    expect(years('Russia will deliver 10 Mi-17 by 2022.')).toEqual([]);
    expect(years('Deliveries will begin in 2018, the signed contract says.')).toEqual([]);
    expect(years('Laos has operated Mi-17s since 1979 and signed for more.')).toEqual([]);
    expect(years('It bought 11 Mi-8 between 1994 and 2002.')).toEqual([]);
    expect(years('November 2010: China has ordered nine more.')).toEqual([]);
    expect(years('Поставки по подписанному контракту начнутся в 2018 году.')).toEqual([]);
    expect(years('The Mi-17 first flew in 1975.')).toEqual([]);
    expect(years('Laos signed a contract for 12 Mi-17 to be delivered in 2015.')).toEqual([]);
    expect(years('In March 2015, deliveries under the contract began.')).toEqual([]);
    // the year of fulfilment after the signing's: "concluded in 2011 and in 2012 fulfilled"
    expect(years('В 2011 г. «Рособоронэкспортом» был заключен, а в 2012 г. выполнен контракт на поставку 12 Ми-24.')).toEqual([2011]);
  });

  it('reads "last year", "last July" and "в прошлом году" from the article’s date', () => {
    expect(relativeSigningYear('Last July the two sides signed the deal.', '2011-05-03')?.year).toBe(2010);
    expect(relativeSigningYear('Last March the two sides signed the deal.', '2011-05-03')?.year).toBe(2011);
    expect(relativeSigningYear('Контракт был подписан в прошлом году.', '2016-06-30')?.year).toBe(2015);
    expect(relativeSigningYear('under last year’s contract with the operator', '2019-05-20')?.year).toBe(2018);
    expect(relativeSigningYear('Last July the two sides signed the deal.', undefined)).toBeNull();
  });

  it('reads "signed in November", with no year, as the November before the article, or of its year', () => {
    expect(relativeSigningYear('The contract was signed in November, the minister said.', '2022-03-09')?.year).toBe(2021);
    expect(relativeSigningYear('The contract was signed in February, the minister said.', '2022-03-09')?.year).toBe(2022);
    expect(relativeSigningYear('The contract was signed in November 2019.', '2022-03-09')).toBeNull();
    expect(relativeSigningYear('Deliveries will begin in November.', '2022-03-09')).toBeNull();
  });
});

describe('valueOf', () => {
  it('reads dollars, euros and roubles written either way, in words or abbreviated', () => {
    expect(valueOf('for US$ 1.2 billion')).toEqual({ amount: 1.2e9, currency: 'USD', text: 'US$ 1.2 billion' });
    expect(valueOf('worth €40 million')).toEqual({ amount: 40e6, currency: 'EUR', text: '€40 million' });
    expect(valueOf('стоимостью 12,6 млрд рублей')).toEqual({ amount: 12.6e9, currency: 'RUB', text: '12,6 млрд рублей' });
    expect(valueOf('на сумму 367,5 миллионов долларов')).toMatchObject({ amount: 367.5e6, currency: 'USD' });
    expect(valueOf('a 15% share')).toBeNull();
  });
});
