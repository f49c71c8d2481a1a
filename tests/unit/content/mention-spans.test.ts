import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/lib/content/contract.ts';
import { layers, mentionSpans, segments, type MarkedRecord } from '../../../src/lib/content/mention-spans.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';

const SEED_NAME = '2020-10-22-putin-russia-china-military-cooperation.txt';
const SEED = packArticle(
  parseArticle(
    readFileSync(fileURLToPath(new URL(`../../../content/articles/${SEED_NAME}`, import.meta.url)), 'utf8'),
    SEED_NAME,
  ),
);
const SEED_RECORDS: MarkedRecord[] = [
  ...SEED.contracts.map((r, i) => ({ ...r, id: 'r' + i, order: i })),
  ...SEED.mentions.map((m, i) => ({ id: null, order: SEED.contracts.length + i, designation: m.designation, sources: [m.source] })),
];

/** The marked text of one paragraph, in order. */
function marked(paragraphs: string[], records: readonly MarkedRecord[], index: number): string[] {
  const text = paragraphs[index] ?? '';
  return (mentionSpans(paragraphs, records).get(index) ?? []).map((span) => text.slice(span.start, span.end));
}

/** A record of `designation` read from sentence `sentence` of `paragraph` (synthetic). */
function record(id: string, order: number, paragraph: string, sentence: string, designation: string): MarkedRecord {
  const start = paragraph.indexOf(sentence);
  const source: Source = { articleId: 'synthetic', paragraph: 0, start, end: start + sentence.length, sentence };
  return { id, order, designation, sources: [source] };
}

describe('the seed article', () => {
  it('marks Mi-171, Mi-171Sh, Mi-171 and Ansat in paragraph 4, the two Mi-171 in different places', () => {
    expect(marked(SEED.paragraphs, SEED_RECORDS, 4)).toEqual(['Mi-171', 'Mi-171Sh', 'Mi-171', 'Ansat']);
    const spans = mentionSpans(SEED.paragraphs, SEED_RECORDS).get(4)!;
    expect(spans.map((s) => s.recordIds)).toEqual([['r0'], ['r1'], ['r2'], ['r3']]);
    expect(spans[0]!.start).not.toBe(spans[2]!.start);
    // "Mi-171E" (within the 68) is not a mark of its own
    const text = SEED.paragraphs[4]!;
    expect(spans.some((s) => text.slice(s.start, s.end + 1) === 'Mi-171E')).toBe(false);
    expect(text.slice(spans[2]!.start - 3, spans[2]!.end)).toBe('14 Mi-171');
  });

  it('marks S-400 Triumph and Su-35 in paragraph 7, and nothing elsewhere; the S-400, with no number, links nowhere', () => {
    expect(marked(SEED.paragraphs, SEED_RECORDS, 7)).toEqual(['S-400 Triumph', 'Su-35']);
    expect(mentionSpans(SEED.paragraphs, SEED_RECORDS).get(7)!.map((s) => s.recordIds)).toEqual([[], ['r4']]);
    expect([...mentionSpans(SEED.paragraphs, SEED_RECORDS).keys()].sort()).toEqual([4, 7]);
  });

  it('reads records in their order, not the order they are given in', () => {
    expect(marked(SEED.paragraphs, [...SEED_RECORDS].reverse(), 4)).toEqual(['Mi-171', 'Mi-171Sh', 'Mi-171', 'Ansat']);
  });
});

// Synthetic sentences below: made up for the tests, not news.
describe('mentionSpans', () => {
  it('finds a Cyrillic designation as written', () => {
    const p = 'Вертолёты поставлены. Заказчик получил 12 Ми-171Ш и 4 Ми-171.';
    const s = 'Заказчик получил 12 Ми-171Ш и 4 Ми-171.';
    expect(marked([p], [record('a', 0, p, s, 'Ми-171Ш'), record('b', 1, p, s, 'Ми-171')], 0)).toEqual(['Ми-171Ш', 'Ми-171']);
    const spans = mentionSpans([p], [record('b', 0, p, s, 'Ми-171')]).get(0)!;
    expect(p.slice(spans[0]!.start - 2, spans[0]!.end)).toBe('4 Ми-171');
  });

  it('marks the words a source names, such as "four helicopters" pointing back to a type', () => {
    const p = 'The deal covers Mi-17 transports. Our partners will get four helicopters.';
    const s = 'Our partners will get four helicopters.';
    const at = p.indexOf('four helicopters');
    const r: MarkedRecord = { id: 'a', order: 0, designation: 'Mi-17', sources: [{ articleId: 'synthetic', paragraph: 0, start: p.indexOf(s), end: p.length, sentence: s, words: { start: at, end: at + 16 } }] };
    expect(marked([p], [r], 0)).toEqual(['four helicopters']);
  });

  it('marks every sentence that tells one deal, and never a headline', () => {
    const p = 'Laos ordered 6 Mi-17. The 6 Mi-17 will come in 2026.';
    const first = record('a', 0, p, 'Laos ordered 6 Mi-17.', 'Mi-17');
    const second = record('a', 0, p, 'The 6 Mi-17 will come in 2026.', 'Mi-17');
    const headline: Source = { articleId: 'synthetic', paragraph: -1, start: 0, end: 5, sentence: 'Title' };
    const both: MarkedRecord = { ...first, sources: [...first.sources, ...second.sources, headline] };
    expect(marked([p], [both], 0)).toEqual(['Mi-17', 'Mi-17']);
  });

  it('marks a deal with no number only where its type is, never its whole sentence', () => {
    const p = 'Laos signed for the supply of air defence systems.';
    expect(mentionSpans([p], [{ ...record('x', 0, p, p, 'S-400'), id: null }]).size).toBe(0);
  });

  it('falls back to the whole sentence when the designation is not in it', () => {
    const p = 'First sentence. The order covers 10 helicopters. Last one.';
    const s = 'The order covers 10 helicopters.';
    const spans = mentionSpans([p], [record('a', 0, p, s, 'Mi-17')]).get(0)!;
    expect(spans).toEqual([{ start: p.indexOf(s), end: p.indexOf(s) + s.length, recordIds: ['a'] }]);
  });

  it('gives records on the same words one mark with both ids', () => {
    const p = 'Egypt and Algeria ordered 10 Mi-17 helicopters.';
    expect(mentionSpans([p], [record('a', 0, p, p, 'Mi-17'), record('b', 1, p, p, 'Mi-17')]).get(0)).toEqual([
      { start: p.indexOf('Mi-17'), end: p.indexOf('Mi-17') + 5, recordIds: ['a', 'b'] },
    ]);
  });

  it('never overlaps: a sentence fallback over a found mention gives way', () => {
    const p = 'Peru ordered 8 Mi-171 and 2 Ka-226.';
    const spans = mentionSpans([p], [record('a', 0, p, p, 'Mi-171'), record('b', 1, p, p, 'Mi-35')]).get(0)!;
    expect(spans.map((s) => p.slice(s.start, s.end))).toEqual(['Mi-171']);
  });

  it('matches only whole words, plural "s" allowed', () => {
    const p = 'It bought Mi-171E and Mi-171-2 kits, then 6 Mi-171s.';
    expect(marked([p], [record('a', 0, p, p, 'Mi-171')], 0)).toEqual(['Mi-171']);
    expect(mentionSpans([p], [record('a', 0, p, p, 'Mi-171')]).get(0)![0]!.start).toBe(p.indexOf('Mi-171s'));
  });

  it('skips a record whose sentence is no longer in the paragraph', () => {
    const r = record('a', 0, 'Gone 5 Mi-8.', 'Gone 5 Mi-8.', 'Mi-8');
    expect(mentionSpans(['Different text now.'], [r]).size).toBe(0);
    expect(mentionSpans([], [r]).size).toBe(0);
  });

  it('marks a record stored as offsets alone (no copy of its sentence), and skips one whose offsets run past its paragraph', () => {
    const p = 'Earlier news. Chile ordered 6 Mi-171 helicopters. Later news.';
    const s = 'Chile ordered 6 Mi-171 helicopters.';
    const { sentence: _copy, ...offsets } = record('a', 0, p, s, 'Mi-171').sources[0]!;
    const stored: MarkedRecord = { id: 'a', order: 0, designation: 'Mi-171', sources: [offsets] };
    expect(marked([p], [stored], 0)).toEqual(['Mi-171']);
    expect(mentionSpans(['Chile ordered'], [stored]).size).toBe(0);
  });
});

describe('segments', () => {
  it('splits a paragraph into plain and marked pieces that join back into it', () => {
    const text = SEED.paragraphs[4]!;
    const spans = mentionSpans(SEED.paragraphs, SEED_RECORDS).get(4)!;
    const pieces = segments(text, spans);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.span !== null).map((p) => [p.text, p.span])).toEqual([
      ['Mi-171', 0],
      ['Mi-171Sh', 1],
      ['Mi-171', 2],
      ['Ansat', 3],
    ]);
  });

  it('keeps the text whole with no spans, spans at the edges, and bad spans', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', span: null }]);
    expect(segments('abc', [{ start: 0, end: 3 }])).toEqual([{ text: 'abc', span: 0 }]);
    const pieces = segments('abcdef', [{ start: 4, end: 6 }, { start: 0, end: 2 }, { start: 1, end: 3 }, { start: 5, end: 9 }]);
    expect(pieces).toEqual([
      { text: 'ab', span: 1 },
      { text: 'cd', span: null },
      { text: 'ef', span: 0 },
    ]);
    expect(segments('', [])).toEqual([]);
  });
});

describe('layers', () => {
  it('keeps marks inside the highlighted sentence, split at its edges', () => {
    const text = 'Aa. Bb Mi-8 cc. Dd.';
    const result = layers(text, [{ start: 7, end: 11 }], { start: 4, end: 15 });
    expect(result.map((l) => [l.highlighted, l.pieces.map((p) => [p.text, p.span])])).toEqual([
      [false, [['Aa. ', null]]],
      [true, [['Bb ', null], ['Mi-8', 0], [' cc.', null]]],
      [false, [[' Dd.', null]]],
    ]);
    const straddling = layers(text, [{ start: 2, end: 6 }], { start: 4, end: 15 });
    expect(straddling.flatMap((l) => l.pieces.filter((p) => p.span === 0).map((p) => p.text))).toEqual(['. ', 'Bb']);
    expect(straddling.flatMap((l) => l.pieces.map((p) => p.text)).join('')).toBe(text);
  });
});
