import { describe, expect, it } from 'vitest';
import { search } from '../../../src/lib/search/search.ts';
import { segments } from '../../../src/lib/search/snippet.ts';
import { indexOf, seed, synthetic } from './articles.ts';

const titled = synthetic('titled', { title: 'Synthetic Ansat article', paragraphs: ['Synthetic words only.'] });
const bodyOnly = synthetic('body-only', { paragraphs: ['A synthetic paragraph that names the Ansat once.'] });
const s300 = synthetic('s-300', { paragraphs: ['A synthetic paragraph about the S-300 only.'] });
const index = indexOf([seed, titled, bodyOnly, s300]);

const ids = async (query: string) => (await search(index, query)).results.map((result) => result.id);
const marks = (result: { snippet: { text: string; highlights: [number, number][] } }) =>
  segments(result.snippet).filter((part) => part.marked).map((part) => part.text);

describe('search', () => {
  it('ranks a title match above a body-only match', async () => {
    const found = await ids('Ansat');
    expect(found[0]).toBe('titled');
    expect(found.indexOf('titled')).toBeLessThan(found.indexOf('body-only'));
  });

  it('finds words by their beginning as the reader types', async () => {
    expect(await ids('Ans')).toContain(seed.id);
    expect(await ids('Rosobor')).toEqual([seed.id]);
  });

  it('forgives a small typo', async () => {
    expect(await ids('Ansta')).toContain(seed.id);
    expect(await ids('Ulan-Ude Aviaton')).toEqual([seed.id]);
    expect(await ids('paratropers')).toEqual([seed.id]);
  });

  it('finds Latin text from a Cyrillic query', async () => {
    expect(await ids('Ми-171')).toEqual([seed.id]);
    expect(await ids('Ансат')).toContain(seed.id);
    expect(await ids('Ми-171Ш')).toEqual([seed.id]);
  });

  it('finds designations as written, run together or spaced, and not their neighbours', async () => {
    for (const query of ['Mi-171Sh', 'mi171sh', 'Mi–171Sh', 'S-400', 'S400', 'Su-35', 'mi 171', 'VK-2500']) {
      expect(await ids(query), query).toEqual([seed.id]);
    }
    expect(await ids('S-300')).toEqual(['s-300']);
  });

  it('finds a designation however the article writes it', async () => {
    const forms = indexOf([
      synthetic('run-together', { paragraphs: ['Synthetic: two Mi171Sh delivered.'] }),
      synthetic('spaced', { paragraphs: ['Synthetic: two Mi 171Sh delivered.'] }),
      synthetic('cyrillic', { paragraphs: ['Synthetic: two Ми–171Ш delivered.'] }),
    ]);
    for (const query of ['Mi-171Sh', 'mi171sh', 'Ми-171Ш', 'Mi-171']) {
      const { results } = await search(forms, query);
      expect(results.map((r) => r.id).sort(), query).toEqual(['cyrillic', 'run-together', 'spaced']);
      expect(results.map((r) => marks(r)[0]).sort(), query).toEqual(['Mi 171Sh', 'Mi171Sh', 'Ми–171Ш']);
    }
  });

  it('requires every word of the query', async () => {
    expect(await ids('Ansat Triumph')).toEqual([seed.id]);
    expect(await ids('Ansat zzzz')).toEqual([]);
  });

  it('highlights exactly the matched words, prefix and typo matches included', async () => {
    const [ansat] = (await search(index, 'Ulan-Ude Aviaton')).results;
    expect(marks(ansat!)).toEqual(['Ulan-Ude', 'Aviation']);
    const [cyrillic] = (await search(index, 'Ми-171Ш')).results;
    expect(marks(cyrillic!)).toEqual(['Mi-171Sh']);
    const [typo] = (await search(index, 'Ansta')).results.filter((result) => result.id === seed.id);
    expect(marks(typo!)).toEqual(['Ansat']);
    expect(typo!.snippet.text).toContain('21 Ansat helicopters');
  });

  it('says when only the reader comments matched, and shows the comment', async () => {
    const [result] = (await search(index, 'exceptional')).results;
    expect(result).toMatchObject({ id: seed.id, inComments: true });
    expect(marks(result!)).toEqual(['exceptional']);
    const [body] = (await search(index, 'Ansat')).results.filter((r) => r.id === seed.id);
    expect(body!.inComments).toBe(false);
  });

  it('returns the title, date and publication of each result, at most `limit` of them, and the total', async () => {
    const response = await search(index, 'synthetic', { limit: 2 });
    expect(response.total).toBe(3);
    expect(response.results).toHaveLength(2);
    const [result] = (await search(index, 'Valdai')).results;
    expect(result).toMatchObject({ id: seed.id, title: seed.title, date: '2020-10-22', publication: 'Asia Pacific Defence Reporter' });
  });

  it('finds nothing for an empty query or punctuation', async () => {
    expect(await search(index, '   ')).toEqual({ total: 0, results: [] });
    expect(await search(index, '—')).toEqual({ total: 0, results: [] });
  });
});
