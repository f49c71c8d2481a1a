import { describe, expect, it } from 'vitest';
import { alternativesOf, firstCharacters, groupedByFirstLetter, scannerFor } from '../../../../src/lib/content/extract/vocabulary/alternation.ts';
import { CUES } from '../../../../src/lib/content/extract/vocabulary/cues.ts';
import { ORGANISATIONS } from '../../../../src/lib/content/extract/vocabulary/organisations.ts';
import { seededRandom } from '../../../../bench/synthetic-corpus.ts';

/** Every match of `source` in `text`, as the scanners read them: where, and what. */
function matches(source: string, flags: string, text: string): string[] {
  const pattern = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

// Vocabulary-like lists with what makes grouping unsafe if done carelessly: a phrase that is
// the start of a longer one listed before or after it, optional letters, groups and classes at
// the start, Cyrillic, capitals, escapes.
const LISTS: { source: string; flags: string }[] = [
  { source: 'plans? to|planned to|plans?|offer(?:s|ed)?|option(?:s)? (?:for|to)|possible|potential|prepared to|proposal', flags: 'iu' },
  { source: 'sign(?:s|ed)?|(?:could|may|might) (?:also )?(?:buy|sign)|signing|s?ealed|supply|[sz]ale|\\bsale|заключил[аи]?|заказ(?:а|у)?|закупк\\p{L}*', flags: 'iu' },
  { source: 'May|may|Mi|mi|MI|March|marches', flags: 'u' },
  { source: 'a|an|and|another|(?:a|the) pair of|at least|а|ах|ахи', flags: 'iu' },
  // phrases that start with a group of words, spelt out before grouping
  { source: '(?:could|may|can) (?:also )?(?:buy|sign)|consider|(?:will|would)(?: (?:soon|\\p{L}+ly))? sign|(?:letter|statement) of intent|can|mayor', flags: 'iu' },
  // optional starts, spelt out with and without
  { source: '["«]?Ростех|Роствертол|(?:the )?remaining|the rest|(?:холдинг(?:а|у)?\\s+)?["«]?Вертол[её]ты России', flags: 'u' },
  // a phrase after one that cannot be read ("s?ales") or a group that may start with its letter
  { source: 'sx|s?ales|sales tax|(?:s|t)ales|sales force|tales', flags: 'iu' },
];
const WORDS = [
  ...new Set(LISTS.flatMap((l) => l.source.replace(/\\p\{L\}|\\b|[()?:*|[\]\\]/g, ' ').split(/\s+/)).filter(Boolean)),
  ...['sales tax', 'sales force', 'plans to', 'could also buy', 'the pair of', 'option for', 'can sign', 'will soon sign', 'would finally sign', 'letter of intent', '«Ростех', '"Ростех', 'the remaining', 'холдинга «Вертолеты России', 'Вертолёты России'],
];

describe('grouping a pattern’s phrases behind their first letter', () => {
  it('puts the phrases that start with one letter behind it, in the order they were listed', () => {
    expect(groupedByFirstLetter('plans? to|offer|plans?|option', 'i')).toBe('p(?:lans? to|lans?)|o(?:ffer|ption)');
    expect(groupedByFirstLetter('поставит|передал|поставлен', 'iu')).toBe('п(?:оставит|ередал|оставлен)');
  });

  it('spells out a group of words a phrase starts with, unless that would copy a capturing group', () => {
    expect(groupedByFirstLetter('(?:could|may) buy|can|mayor', 'i')).toBe('c(?:ould buy|an)|m(?:ay buy|ayor)');
    expect(groupedByFirstLetter('(?:could|may) (\\d+)|can', 'i')).toBe('(?:could|may) (\\d+)|can');
    // an optional start is tried with it, then without it
    expect(groupedByFirstLetter('["«]?Ростех|Роствертол', '')).toBe('["«]Ростех|Р(?:остех|оствертол)');
  });

  it('never moves a phrase before one that could match at the same place', () => {
    // the class in the middle may start with "p": "plot" stays after it
    expect(groupedByFirstLetter('plan|[pq]x|plot', 'i')).toBe('plan|[pq]x|plot');
    expect(groupedByFirstLetter('plan|(?:p|q)*x|plot', 'i')).toBe('plan|(?:p|q)*x|plot');
    // an escape or an optional start could be anything: nothing moves past it
    expect(groupedByFirstLetter('sale|\\bsign|supply', 'i')).toBe('sale|\\bsign|supply');
    expect(groupedByFirstLetter('sale|s?eal|supply', 'i')).toBe('sale|s?eal|supply');
    // without the i flag, "May" and "may" are different letters
    expect(groupedByFirstLetter('May|may|Mi', 'u')).toBe('M(?:ay|i)|may');
  });

  it('finds exactly the matches the ungrouped pattern finds, on 2,000 generated texts', () => {
    const random = seededRandom(11);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const joins = [' ', ' ', ', ', '-', '', ' the ', '. '];
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: 12 }, () => {
        const word = pick(WORDS);
        return random() < 0.3 ? word[0]!.toUpperCase() + word.slice(1) : word;
      }).reduce((all, word) => all + pick(joins) + word, '');
      for (const { source, flags } of LISTS) {
        expect(matches(groupedByFirstLetter(source, flags), flags, text), `${source} on “${text}”`).toEqual(matches(source, flags, text));
      }
    }
  });
});

describe('reading a pattern’s alternatives and first letters', () => {
  it('splits only at the top level, not inside groups or classes', () => {
    expect(alternativesOf('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f']);
  });

  it('says which letters a match can start with, or that it cannot tell', () => {
    expect([...firstCharacters('Offer|(?:could|may)|[её]ще', true)!].sort()).toEqual(['c', 'm', 'o', 'е', 'ё'].sort());
    expect(firstCharacters('offer|\\bsign', true)).toBeNull();
    expect([...firstCharacters('(?:the )?remaining', true)!].sort()).toEqual(['r', 't']);
    expect(firstCharacters('x|(?:the)?', true)).toBeNull();
    expect(firstCharacters('[a-z]x', true)).toBeNull();
  });
});

describe('scanning several patterns together', () => {
  /** What one pattern's own scan finds where a match may start: the reference. */
  function ownScan(pattern: RegExp, text: string, mayStart: (text: string, at: number) => boolean): string[] {
    const found: string[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '' || !mayStart(text, m.index)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      found.push(`${m.index}:${m[0]}`);
    }
    return found;
  }
  const wordStart = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);

  it('finds for each of the deal words and organisations what its own scan finds, on 1,000 generated texts', () => {
    const families = [
      { patterns: CUES.map((c) => c.pattern), mayStart: wordStart },
      { patterns: ORGANISATIONS.map((o) => o.pattern), mayStart: (text: string, at: number) => wordStart(text, at) || /["«“„]/.test(text[at]!) },
    ];
    const random = seededRandom(3);
    for (const { patterns, mayStart } of families) {
      const scan = scannerFor(patterns, mayStart);
      // words of the vocabulary itself, cut and joined so that they meet inside other words too
      const words = [...new Set(patterns.flatMap((p) => p.source.replace(/\\p\{[LN]\}|\\[a-z]|[()?:*+|[\]\\{}0-9,]/g, ' ').split(/\s+/)).filter((w) => w.length > 1))];
      for (let n = 0; n < 500; n++) {
        const text = Array.from({ length: 10 }, () => {
          const word = words[Math.floor(random() * words.length)]!;
          const cased = random() < 0.2 ? word.toUpperCase() : random() < 0.3 ? word[0]!.toUpperCase() + word.slice(1) : word;
          return random() < 0.15 ? cased.slice(1) : cased;
        }).reduce((all, word) => all + ['', ' ', ' ', ', ', ' «', '» ', '"', 're'][Math.floor(random() * 8)] + word, '');
        const together = scan(text);
        patterns.forEach((pattern, index) => {
          expect(together.filter((m) => m.pattern === index).map((m) => `${m.start}:${m.text}`), `${pattern.source.slice(0, 40)} on “${text}”`).toEqual(ownScan(pattern, text, mayStart));
        });
      }
    }
  });
});
