import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromReport, dateInAddress } from '../../../bench/extraction/report-article.ts';
import { checkGold, scoreReport, summarise, type GoldReport, type Predicted } from '../../../bench/extraction/score.ts';

// Synthetic gold and records: the scorer's rules, not any real report.
const gold: GoldReport = {
  id: 'synthetic',
  url: 'https://example.org/synthetic',
  language: 'en',
  required: [
    ['Mi-17V-5', 12, 'Peru', 'Russia', 2015],
    ['Ka-52', 4, 'Egypt', 'Russia', null],
  ],
  optional: [['Mi-35M', 2, 'Peru']],
  why: ['made up for the test'],
};
const record = (fields: Partial<Predicted>): Predicted => ({
  model: 'Mi-17V-5', quantity: 12, recipient: 'Peru', supplier: 'Russia', year: 2015,
  status: 'signed', category: 'helicopter', sentence: 'A sentence.', ...fields,
});

describe('scoring a report', () => {
  it('counts a signed record matching model, quantity and recipient as right, once', () => {
    const score = scoreReport(gold, [record({}), record({})]);
    expect(score.truePositives).toBe(1);
    expect(score.falsePositives).toHaveLength(1);
    expect(score.missed).toEqual([['Ka-52', 4, 'Egypt', 'Russia', null]]);
  });

  it('never counts a delivery or a proposal, right or wrong, and says it was found with another status', () => {
    const score = scoreReport(gold, [record({ status: 'delivered' }), record({ model: 'Mi-26', status: 'proposed' })]);
    expect(score.truePositives).toBe(0);
    expect(score.falsePositives).toEqual([]);
    expect(score.foundWithOtherStatus).toEqual([{ gold: gold.required[0], status: 'delivered' }]);
  });

  it('lets an optional record pass and counts anything else signed as false', () => {
    const score = scoreReport(gold, [record({ model: 'Mi-35M', quantity: 2 }), record({ model: 'Mi-26', quantity: 1 })]);
    expect(score.falsePositives.map((r) => r.model)).toEqual(['Mi-26']);
  });

  it('ignores fighters, air defence and records with no quantity', () => {
    const score = scoreReport(gold, [record({ model: 'Su-35', category: 'fighter' }), record({ quantity: null })]);
    expect(score.falsePositives).toEqual([]);
    expect(score.truePositives).toBe(0);
  });

  it('judges the recipient on records right on model and quantity, and the year only where the gold states one', () => {
    const score = scoreReport(gold, [record({ recipient: 'Chile', year: 2016 }), record({ model: 'Ka-52', quantity: 4, recipient: 'Egypt', year: 2020 })]);
    expect(score.fields).toMatchObject([
      { recipient: true, supplier: true, year: null },
      { recipient: false, supplier: true, year: false, record: { recipient: 'Chile', year: 2016 } },
    ]);
  });
});

describe('summing scores', () => {
  it('gives precision, recall and F1 over all reports', () => {
    const summary = summarise([scoreReport(gold, [record({}), record({ model: 'Mi-26', quantity: 3 })])]);
    expect(summary).toMatchObject({ truePositives: 1, falsePositives: 1, missed: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe('a pulled report read as the article a reader would import', () => {
  it('takes its date from a date line, else the page’s dateline, else the page’s address, else leaves it unknown', () => {
    expect(articleFromReport('a', ' date 2017-06-19\nHeadline\nBody text.', 'https://example.org/2011/05/x').date).toBe('2017-06-19');
    expect(articleFromReport('b', 'Headline\nBody text.', 'https://example.org/news/2013/01/09/x').date).toBe('2013-01-09');
    expect(articleFromReport('c', 'Headline\nBody text.', 'https://example.org/?p=12003').date).toBe('1970-01-01');
  });

  it('reads a year and month in an address, and no other number, as its date', () => {
    expect(dateInAddress('https://worldnews.example.org/2011/05/slug.html')).toBe('2011-05-01');
    expect(dateInAddress('https://example.org/news/2016-12-29-slug')).toBe('2016-12-29');
    expect(dateInAddress('https://example.org/amp/society/2009/4/1/271321.html')).toBe('2009-04-01');
    expect(dateInAddress('https://example.org/2016/slug')).toBeNull();
    expect(dateInAddress('https://example.org/content9332')).toBeNull();
    expect(dateInAddress('https://2019.example.org/a/12/b')).toBeNull();
  });
});

describe('the development set', () => {
  const read = (file: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../bench/extraction/${file}`, import.meta.url)), 'utf8')) as GoldReport[];
  const dev = read('dev-set.json');
  const holdout = read('holdout.json');

  it('is well formed: ids, addresses, languages, records and reasons', () => {
    expect(checkGold(dev)).toEqual([]);
    expect(checkGold(holdout)).toEqual([]);
  });

  it('has at least 40 real reports, at least 8 in Russian, none also held out', () => {
    expect(dev.length).toBeGreaterThanOrEqual(40);
    expect(dev.filter((r) => r.language === 'ru').length).toBeGreaterThanOrEqual(8);
    const held = new Set(holdout.map((r) => r.url));
    expect(dev.filter((r) => held.has(r.url))).toEqual([]);
  });

  it('refuses a malformed entry with its id and field', () => {
    expect(checkGold([{ ...gold, required: [['Mi-17', 'twelve', 'Peru']] }])).toEqual([
      'synthetic: required[0] is not [model, quantity, recipient, supplier, year]',
    ]);
  });
});
