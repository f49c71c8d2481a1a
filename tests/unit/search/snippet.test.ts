import { describe, expect, it } from 'vitest';
import { excerpt, matchedRanges, segments, snippetOf } from '../../../src/lib/search/snippet.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('matchedRanges', () => {
  it('covers exactly the words whose terms matched', () => {
    const text = 'The Ulan-Ude plant builds the Mi-171Sh; Ansat helicopters too.';
    expect(marked(text, matchedRanges(text, new Set(['ansat', 'mi-171sh'])))).toEqual(['Mi-171Sh', 'Ansat']);
  });

  it('marks only the matched part of a hyphenated word', () => {
    const text = 'at the Ulan-Ude Aviation Plant';
    expect(marked(text, matchedRanges(text, new Set(['ude', 'aviation'])))).toEqual(['Ude', 'Aviation']);
  });

  it('marks a designation written with a space as one match', () => {
    const text = 'and 14 Mi 171 helicopters';
    expect(marked(text, matchedRanges(text, new Set(['mi171'])))).toEqual(['Mi 171']);
  });
});

describe('excerpt', () => {
  const long = `${'Synthetic filler words. '.repeat(20)}The matched word sits here. ${'More synthetic filler. '.repeat(20)}`;
  const at = long.indexOf('matched');

  it('cuts about 200 characters around the match at word boundaries, with ellipses, and moves the ranges', () => {
    const snippet = excerpt(long, [[at, at + 7]]);
    expect(snippet.text.length).toBeLessThanOrEqual(202);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toMatch(/^…\S/);
    expect(snippet.text).toMatch(/\S…$/);
    expect(marked(snippet.text, snippet.highlights)).toEqual(['matched']);
  });

  it('keeps a short text whole', () => {
    expect(excerpt('Short text.', [[0, 5]])).toEqual({ text: 'Short text.', highlights: [[0, 5]] });
  });
});

describe('snippetOf', () => {
  const article = {
    title: 'Synthetic title',
    paragraphs: ['Nothing here.', 'One Ansat.', 'An Ansat and a Mi-171.'],
    comments: ['A synthetic comment about Ansat.'],
  };

  it('takes the body paragraph with the most distinct matched words', () => {
    const snippet = snippetOf(article, new Set(['ansat', 'mi-171']), false);
    expect(snippet.text).toBe('An Ansat and a Mi-171.');
  });

  it('takes a comment when only the comments matched, and the title when no paragraph did', () => {
    expect(snippetOf(article, new Set(['ansat']), true).text).toBe('A synthetic comment about Ansat.');
    expect(snippetOf(article, new Set(['title']), false)).toEqual({ text: 'Synthetic title', highlights: [[10, 15]] });
  });
});

describe('segments', () => {
  it('splits a snippet into plain and marked text that joins back to the snippet', () => {
    const parts = segments({ text: 'An Ansat here', highlights: [[3, 8]] });
    expect(parts).toEqual([
      { text: 'An ', marked: false },
      { text: 'Ansat', marked: true },
      { text: ' here', marked: false },
    ]);
  });
});

describe('matchedRanges on a hostile text', () => {
  it('marks the matches in one word of 300,000 parts without running out of stack', () => {
    expect(matchedRanges('a-b'.repeat(300_000), new Set(['a'])).length).toBeGreaterThan(0);
  });
});
