// Properties the extractor and the import reader keep for any text at all, checked by
// fast-check on generated strings: random characters, random graphemes, and sentences made of
// the vocabulary reports use (types, numbers, deal words, countries, marks) in any order. The
// runs are seeded, so a failure is the same on every machine; fast-check prints the text that
// broke the property, shrunk to its smallest form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../../../src/lib/content/extract/index.ts';
import { extractContracts } from '../../../../src/lib/content/extract/index.ts';
import { readImport } from '../../../../src/lib/import/read-import.ts';

const RUNS = { seed: Number(process.env.PROPERTY_SEED ?? 20261201), numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

/** Words and marks of deal reporting, English and Russian (synthetic: no report's text). */
const VOCABULARY = [
  'Mi-17', 'Mi-171Sh', 'Ми-171Ш', 'Ka-52', 'Ansat', 'Mi-8MTV-5', 'VK-2500', 'Mi-35M', 'helicopters', 'вертолетов', 'машин', 'units',
  'signed', 'a contract', 'for', 'the supply of', 'ordered', 'delivered', 'will supply', 'plans to buy', 'up to', 'more than', 'another',
  'the first', 'of', 'подписал', 'контракт на поставку', 'поставит', 'получил', 'планирует', 'первых', 'из',
  '12', 'twelve', 'двух', 'двадцать четыре', '1,000', '7.5', '$40 million', '2019', 'in 2013', 'в 2013 году', 'MAKS-2017', 'last year',
  'Egypt', 'Laos', 'Китаю', 'Перу', 'Rosoboronexport', '«Вертолеты России»', 'the Defence Ministry', 'for the needs of', 'Afghanistan',
  ',', '.', ';', '(', ')', '«', '»', '"', '-', '\n', ' ',
];

/** A deal sentence's parts in their usual order, each part drawn at random, noise between. */
const dealSentence = fc
  .tuple(
    fc.constantFrom('Rosoboronexport', 'Laos', '«Вертолеты России»', 'The ministry', 'Russia', 'Лаос'),
    fc.constantFrom('signed a contract for', 'will supply', 'ordered', 'delivered', 'plans to buy', 'подписал контракт на поставку', 'получил', 'поставит'),
    fc.constantFrom('12', 'twelve', 'up to 24', 'the first four of', 'двух', '1,000', 'another 6', 'more than 30', 'пяти'),
    fc.constantFrom('Mi-17', 'Ми-171Ш', 'Ka-52 helicopters', 'вертолетов Ми-8МТВ-5', 'Ansat', 'machines', 'VK-2500 engines'),
    fc.constantFrom('to Egypt', 'for Laos', 'Китаю', 'in 2013', 'at MAKS-2017', 'for the needs of Afghanistan', '', 'worth $40 million'),
    fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 6 }),
    fc.constantFrom('.', ';', '', ' (12 units).'),
  )
  .map(([who, verb, count, type, tail, noise, end]) => `${who} ${verb} ${count} ${type} ${tail} ${noise.join(' ')}${end}`);

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 60 }).map((words) => words.join(' ')),
  fc.array(dealSentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' ')),
);

const articles: fc.Arbitrary<ArticleText> = fc.record({
  id: fc.constant('synthetic'),
  title: text,
  paragraphs: fc.array(text, { minLength: 1, maxLength: 4 }),
  date: fc.constantFrom(undefined, '2021-06-30', '1999-01-01'),
});

describe('the extractor, on any text', () => {
  it('never throws, and gives the same records twice', () => {
    fc.assert(
      fc.property(articles, (article) => {
        const first = extractContracts(article);
        expect(extractContracts(article)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('quotes each record’s sentence at its own offsets, with the words that name the deal inside it', () => {
    let withRecords = 0;
    fc.assert(
      fc.property(articles, (article) => {
        const { records } = extractContracts(article);
        if (records.length > 0) withRecords++;
        for (const record of records) {
          for (const source of record.sources) {
            const block = source.paragraph === -1 ? article.title! : article.paragraphs[source.paragraph]!;
            expect(block.slice(source.start, source.end)).toBe(source.sentence);
            if (source.words) {
              expect(source.words.start).toBeGreaterThanOrEqual(source.start);
              expect(source.words.end).toBeLessThanOrEqual(source.end);
            }
          }
        }
      }),
      RUNS,
    );
    // the generated texts do make records: the property is not held by empty results
    expect(withRecords).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('counts in positive whole numbers, and dates only by a plausible year', () => {
    fc.assert(
      fc.property(articles, (article) => {
        for (const record of extractContracts(article).records) {
          expect(Number.isInteger(record.quantity) && record.quantity > 0).toBe(true);
          if (record.year !== null) expect(record.year >= 1950 && record.year <= 2099).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('the import reader, on any pasted text', () => {
  const today = new Date('2026-12-01T12:00:00Z');

  it('either reads it or refuses it with its own message, never a raw error', () => {
    fc.assert(
      fc.property(text, (pasted) => {
        try {
          readImport({ text: pasted, kind: 'paste' }, { today });
        } catch (error) {
          expect((error as Error).name).toBe('ImportError');
        }
      }),
      RUNS,
    );
  });

  it('reads its own reading again to the same title and paragraphs', () => {
    fc.assert(
      fc.property(text, (pasted) => {
        let first;
        try {
          first = readImport({ text: pasted, kind: 'paste' }, { today });
        } catch {
          return; // refused: nothing to read again
        }
        const again = readImport({ text: [first.title, ...first.paragraphs].join('\n\n'), kind: 'paste', date: first.date }, { today });
        expect([again.title, again.paragraphs]).toEqual([first.title, first.paragraphs]);
      }),
      RUNS,
    );
  });
});
