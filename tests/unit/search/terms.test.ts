import { describe, expect, it } from 'vitest';
import { findTypeMentions } from '../../../src/lib/content/catalogue.ts';
import { fold, indexTerms, parseQuery, termsOf } from '../../../src/lib/search/terms.ts';

describe('fold', () => {
  it('lower-cases, strips accents and makes every dash a hyphen', () => {
    expect(fold('Défense')).toBe('defense');
    expect(fold('Mi–171Sh')).toBe('mi-171sh');
    expect(fold('Mi\u2011171')).toBe('mi-171');
  });

  it('folds Cyrillic type names to the Latin the catalogue recognises them by', () => {
    for (const [written, folded] of [
      ['Ми-171Ш', 'mi-171sh'],
      ['Ансат', 'ansat'],
      ['Су-35', 'su-35'],
      ['Ка-52', 'ka-52'],
    ]) {
      expect(fold(written!)).toBe(folded);
      // Same transliteration as the extractor: the catalogue finds the type in the Cyrillic.
      expect(findTypeMentions(written!)[0]?.model.toLowerCase()).toBe(folded);
    }
  });
});

describe('index terms', () => {
  it('keep a designation whole and also yield it run together and in parts', () => {
    expect(termsOf('Mi-171Sh')).toEqual(['mi-171sh', 'mi171sh', 'mi', '171sh', '171', 'sh']);
    expect(termsOf('S-400')).toEqual(['s-400', 's400', 's', '400']);
    expect(termsOf('Ulan-Ude')).toEqual(['ulan-ude', 'ulanude', 'ulan', 'ude']);
    expect(termsOf('Mi171Sh')).toEqual(['mi171sh', 'mi', '171', 'sh']);
    expect(termsOf('helicopters')).toEqual(['helicopters']);
    expect(termsOf('2019')).toEqual(['2019']);
  });

  it('give a designation written with a space its run-together form', () => {
    expect(indexTerms('14 Mi 171 helicopters')).toContain('mi171');
    expect(indexTerms('in 2019 they')).not.toContain('in2019');
  });
});

describe('parseQuery', () => {
  it('reads each word folded, with its run-together form and its swapped-letter spellings', () => {
    expect(parseQuery('Ми-171 ansta')).toEqual([
      { term: 'mi-171', joined: 'mi171', swaps: [] },
      { term: 'ansta', joined: null, swaps: ['nasta', 'asnta', 'antsa', 'ansat'] },
    ]);
    expect(parseQuery(' … ')).toEqual([]);
  });
});

describe('index terms of a hostile text', () => {
  it('are read from 300,000 spaced type names, and from one word of 300,000 parts, without running out of stack', () => {
    const spaced = indexTerms('Mi 8 '.repeat(300_000));
    expect(spaced.filter((term) => term === 'mi8')).toHaveLength(300_000);
    expect(indexTerms('a-b'.repeat(300_000)).length).toBeGreaterThan(0);
  });
});
