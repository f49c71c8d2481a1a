import { describe, expect, it } from 'vitest';
import { clausesOf, MAX_SENTENCE_CHARS, splitSentences } from '../../../../src/lib/content/extract/sentences.ts';

// Synthetic text, made up for the tests.
describe('splitSentences', () => {
  it('keeps "Mr. Putin", "U.S. Army", decimals and "US$ 7 billion" inside their sentences', () => {
    const text = 'Mr. Putin spoke. The U.S. Army paid US$ 7.5 billion, about US$ 7 billion. “Done.” Next one';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Putin spoke.',
      'The U.S. Army paid US$ 7.5 billion, about US$ 7 billion.',
      '“Done.”',
      'Next one',
    ]);
  });

  it('keeps Russian abbreviations inside their sentences, and ends one after an agency name like "AK&M."', () => {
    expect(splitSentences('Завод им. Миля сдал 5 машин в 2019 г. и ещё две. Сообщает AK&M. Новая фраза.').map((s) => s.text)).toEqual([
      'Завод им. Миля сдал 5 машин в 2019 г. и ещё две.',
      'Сообщает AK&M.',
      'Новая фраза.',
    ]);
  });

  it('does not end a sentence at a quoted question followed by lower case', () => {
    expect(splitSentences('“Why?” he asked. Then left.').map((s) => s.text)).toEqual(['“Why?” he asked.', 'Then left.']);
  });

  it('ends a sentence whose full stop lost the space after it, but not inside "U.S.Navy"', () => {
    expect(splitSentences('The deal was signed on Monday.According to the ministry, it is final.').map((s) => s.text)).toEqual([
      'The deal was signed on Monday.',
      'According to the ministry, it is final.',
    ]);
    expect(splitSentences('It chose the U.S.Navy design.').map((s) => s.text)).toEqual(['It chose the U.S.Navy design.']);
  });

  it('gives offsets into the paragraph', () => {
    const text = '  First one.   Second “quoted.” ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a sentence with no full stop into pieces no longer than the limit, at spaces, losing nothing', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });
});

describe('clausesOf', () => {
  it('breaks at commas, semicolons, colons, brackets and spaced dashes, not inside numbers or editors’ brackets', () => {
    const text = 'Laos paid 1,000 units; plans include [the sale of] 32 – now (or later): done';
    const [sentence] = splitSentences(text);
    expect(clausesOf(sentence!).map((c) => text.slice(c.start, c.end).trim())).toEqual([
      'Laos paid 1,000 units',
      'plans include [the sale of] 32',
      'now',
      'or later',
      '',
      'done',
    ]);
  });
});
