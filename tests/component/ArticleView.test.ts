import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ArticleView from '../../src/views/ArticleView.svelte';
import { getReaderState } from '../../src/lib/db/reader.ts';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { router } from '../../src/lib/state/router.svelte.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

const seed = seedArticle();

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear(), db.contracts.clear(), db.claims.clear()]);
  router.navigate(`/article/${seed.id}`, { replace: true });
  await library.sync(bundleOf([seed]));
});

afterEach(() => cleanup());

describe('Article', () => {
  test('shows the title, metadata and every paragraph of the body', async () => {
    render(ArticleView, { id: seed.id });
    expect(await screen.findByRole('heading', { level: 1, name: seed.title })).toBeInTheDocument();
    expect(screen.getByText(/22 October 2020/)).toBeInTheDocument();
    expect(screen.getByText(/Ulan-Ude Aviation Plant/)).toBeInTheDocument();
    const article = screen.getByRole('article');
    for (const paragraph of seed.paragraphs) expect(article).toHaveTextContent(paragraph.slice(0, 40));
    expect(article.textContent).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/);
  });

  test('keeps reader comments apart, labelled and collapsed until asked for', async () => {
    render(ArticleView, { id: seed.id });
    const section = await screen.findByRole('region', { name: 'Reader comments' });
    expect(section).toHaveTextContent('not part of the article');
    const details = section.querySelector('details')!;
    expect(details.open).toBe(false);
    await fireEvent.click(within(section).getByText('Show 1 reader comment'));
    expect(details.open).toBe(true);
    const body = screen.getByRole('article').querySelector('.body')!;
    expect(body.textContent).not.toContain('THe US is the single biggest threat');
  });

  test('lists the related previous and next titles', async () => {
    render(ArticleView, { id: seed.id });
    const related = await screen.findByRole('complementary');
    expect(related).toHaveTextContent('IAI Unveils New Passive Coherent Location System (PCL)');
    expect(related).toHaveTextContent('Defence Engineers and Scientists Honoured');
  });

  test('opening the article marks it read', async () => {
    expect((await getReaderState(db, seed.id))?.readAt ?? null).toBeNull();
    render(ArticleView, { id: seed.id });
    await screen.findByRole('heading', { level: 1, name: seed.title });
    await vi.waitFor(async () => expect((await getReaderState(db, seed.id))?.readAt).toBeTypeOf('number'));
  });

  test('an unknown id shows "Not found" once the articles are in', async () => {
    render(ArticleView, { id: 'no-such-article' });
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  test('marks each contract mention as a link that opens the explorer on that record', async () => {
    render(ArticleView, { id: seed.id });
    const ansat = await screen.findByRole('link', { name: /^Ansat: open in the contract explorer/ });
    const url = new URL(ansat.getAttribute('href')!, 'http://sortie.test');
    expect(url.pathname).toBe('/explorer');
    expect(url.searchParams.get('record')).toMatch(/Ansat/);
    const marks = screen.getAllByRole('link', { name: /open in the contract explorer/ }).map((link) => link.textContent);
    expect(marks).toEqual(['Mi-171', 'Mi-171Sh', 'Mi-171', 'Ansat', 'Su-35']);
  });

  test('marks a deal named with no number, the S-400, without linking it: it has no explorer row', async () => {
    render(ArticleView, { id: seed.id });
    await screen.findByRole('link', { name: /^Su-35: open in the contract explorer/ });
    const mark = screen.getByText('S-400 Triumph');
    expect(mark.closest('a')).toBeNull();
    expect(mark).toHaveAttribute('title', 'Named as a deal, with no number: not in the explorer');
  });

  test('a quote link highlights exactly the quoted sentence', async () => {
    const sentence = seed.paragraphs[4]!.indexOf('The number counts');
    const end = seed.paragraphs[4]!.indexOf('Ansat helicopters.') + 'Ansat helicopters.'.length;
    router.navigate(`/article/${seed.id}?quote=4:${sentence}:${end}`, { replace: true });
    render(ArticleView, { id: seed.id });
    const quoted = await screen.findByText((_, element) => element?.id === 'quoted');
    expect(quoted.textContent).toBe(seed.paragraphs[4]!.slice(sentence, end));
  });
});
