import { describe, expect, it } from 'vitest';
import { letterOrDigitBefore, tokenSpans, wordSpans } from '../../../../src/lib/content/extract/letters.ts';
import { seededRandom } from '../../../../bench/synthetic-corpus.ts';

// The words and tokens the extractor read with these regexes before it read them by hand.
const WORD = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const TOKEN = /\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?\+?|[\p{L}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;

function byRegex(pattern: RegExp, text: string, from: number, to: number): string[] {
  return [...text.slice(from, to).matchAll(pattern)].map((m) => `${from + m.index}:${m[0]}`);
}
const shown = (spans: { start: number; text: string }[]) => spans.map((s) => `${s.start}:${s.text}`);

// Pieces that meet at every edge the two readers must agree on: stops between letters,
// joiners, thousands and decimals, other scripts' digits, spaces of every kind, a letter
// outside the first plane (two code units), and half of one.
const PIECES = [
  'U', 'S', '.', 'A', 'т', 'е', 'Ми', '-', '17', "'", '’', 's', 'Egypt', ' ', '\u00a0', '\t', '\u2009', ',', '000', '1', '12', '7', '+',
  '$', '(', ')', '٣', '½', '²', '𝐀', '\ud835', 'ё', '—', '«', '»', 'Ka', '52', 'x', 'V', '5', '\u2028',
];

describe('reading words and tokens by hand', () => {
  it('finds the words the word regex finds, on 5,000 generated texts and every slice of them', () => {
    const random = seededRandom(5);
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: 14 }, () => PIECES[Math.floor(random() * PIECES.length)]!).join('');
      const from = Math.floor(random() * 4);
      const to = text.length - Math.floor(random() * 4);
      expect(shown(wordSpans(text, from, to)), JSON.stringify(text)).toEqual(byRegex(WORD, text, from, to));
      expect(shown(tokenSpans(text, from, to)), JSON.stringify(text)).toEqual(byRegex(TOKEN, text, from, to));
    }
  });

  it('agrees on the edges of numbers and abbreviations', () => {
    for (const text of ['1,000,000,5', '1,000,000.', '12,34', '1234,567', '7.5+', 'U.S.A', 'U.S.A.', 'a.b', 'т.е.', "it's-a", 'x--y', '1,0000']) {
      expect(shown(tokenSpans(text, 0, text.length)), text).toEqual(byRegex(TOKEN, text, 0, text.length));
      expect(shown(wordSpans(text, 0, text.length)), text).toEqual(byRegex(WORD, text, 0, text.length));
    }
  });

  it('reads what reports write', () => {
    expect(shown(wordSpans('the U.S. sold Mi-17V-5s to Egypt’s air force, т.е. 12', 0, 54))).toEqual([
      '0:the', '4:U.S.', '9:sold', '14:Mi-17V-5s', '24:to', '27:Egypt’s', '35:air', '39:force', '46:т.е.', '51:12',
    ]);
    expect(shown(tokenSpans('worth $1,000,000 for 7.5 or 120+ Ми-8', 0, 37))).toEqual([
      '0:worth', '6:$', '7:1,000,000', '17:for', '21:7.5', '25:or', '28:120+', '33:Ми-8',
    ]);
  });

  it('tells a word start from the middle of a word', () => {
    expect(letterOrDigitBefore('designed', 2)).toBe(true);
    expect(letterOrDigitBefore('de-signed', 3)).toBe(false);
    expect(letterOrDigitBefore('signed', 0)).toBe(false);
    expect(letterOrDigitBefore('вертолёт', 3)).toBe(true);
  });
});
