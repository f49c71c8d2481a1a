import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ExplorerView from '../../src/views/ExplorerView.svelte';
import { db } from '../../src/lib/db/schema.ts';
import { library } from '../../src/lib/state/library.svelte.ts';
import { router } from '../../src/lib/state/router.svelte.ts';
import { parseArticle } from '../../src/lib/content/parse-article.ts';
import { bundleOf, seedArticle } from './fixtures.ts';

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.meta.clear(), db.contracts.clear(), db.claims.clear()]);
  await library.sync(bundleOf([seedArticle()]));
  router.navigate('/explorer', { replace: true });
});

afterEach(() => cleanup());

async function bodyRows() {
  const table = await screen.findByRole('table');
  await within(table).findAllByRole('link');
  return within(table).getAllByRole('row').filter((row) => row.closest('tbody'));
}

describe('Explorer', () => {
  test('opens on the helicopter deals: four rows, 121 units, and the 120+ claim checked', async () => {
    render(ExplorerView);
    expect(await bodyRows()).toHaveLength(4);
    expect(screen.getByRole('table').querySelector('tfoot')).toHaveTextContent('121');
    const claims = screen.getByRole('region', { name: 'Claimed vs counted' });
    expect(claims).toHaveTextContent('120+');
    expect(claims).toHaveTextContent('121 counted');
  });

  test('a database from before the explorer kept its table shows every deal, and keeps the table it built for next time', async () => {
    await db.meta.delete('dealTable');
    render(ExplorerView);
    expect(await bodyRows()).toHaveLength(4);
    await vi.waitFor(async () => expect(await db.meta.get('dealTable')).toBeDefined());
  });

  test('ticking a model filters the table and writes the filter into the URL', async () => {
    render(ExplorerView);
    await bodyRows();
    const models = screen.getByRole('group', { name: 'Model' });
    await fireEvent.click(within(models).getByRole('checkbox', { name: /^Ansat\s+1$/ }));
    expect(location.search).toContain('model=Ansat');
    expect(await bodyRows()).toHaveLength(1);
    expect(screen.getByText('1 record, 21 units')).toBeInTheDocument();
  });

  test('a URL with all categories shows the Su-35 deal too, and not the S-400, told with no number', async () => {
    router.navigate('/explorer?category=*', { replace: true });
    render(ExplorerView);
    const rows = await bodyRows();
    expect(rows).toHaveLength(5);
    const names = rows.map((row) => row.querySelector('th')!.textContent);
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('Su-35')]));
    expect(names.some((name) => name?.includes('S-400'))).toBe(false);
  });

  test('an open record shows why it is there, each decision with the words it rests on', async () => {
    render(ExplorerView);
    const [first] = await bodyRows();
    const href = within(first!).getByRole('link').getAttribute('href')!;
    router.navigate(href, { replace: true });
    const detail = await screen.findByRole('region', { name: /→ China/ });
    const reasons = within(detail).getAllByRole('listitem').map((item) => item.textContent);
    expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^signed: “signed several contracts” earlier in this paragraph$/), expect.stringMatching(/^recipient China/)]));
  });

  test('sorting by units orders the rows by quantity, and says so to assistive technology', async () => {
    render(ExplorerView);
    await bodyRows();
    await fireEvent.click(screen.getByRole('button', { name: /^Units/ }));
    const quantities = (await bodyRows()).map((row) => Number(row.querySelectorAll('td')[0]!.textContent));
    expect(quantities).toEqual([68, 21, 18, 14]);
    expect(screen.getByRole('columnheader', { name: /Units/ })).toHaveAttribute('aria-sort', 'descending');
    expect(location.search).toContain('sort=-quantity');
  });

  test('a deal that a second article also reports is one row, counted once, with both sources', async () => {
    // Synthetic second report of the seed's 68 Mi-171 deal: test data, not news.
    const second = parseArticle(
      [
        '---',
        'title: Synthetic second report',
        'date: 2021-01-01',
        'publication: Synthetic Test Wire',
        '---',
        'In 2019 Russian Helicopters signed a contract with China for 68 Mi-171 helicopters.',
      ].join('\n'),
      'synthetic-second-report.txt',
    );
    await library.sync(bundleOf([seedArticle(), second], 'two-reports'));
    render(ExplorerView);
    expect(await bodyRows()).toHaveLength(4);
    expect(screen.getByRole('table').querySelector('tfoot')).toHaveTextContent('121');
    expect(screen.getByText('reported by 2 articles')).toBeInTheDocument();
  });

  test('with many deals it draws them a page at a time, while the totals count every one', async () => {
    // 120 synthetic one-deal articles: test data, not news
    const articles = Array.from({ length: 120 }, (_, i) =>
      parseArticle(
        ['---', `title: Synthetic deal ${i + 1}`, `date: 2021-01-${String((i % 28) + 1).padStart(2, '0')}`, 'publication: Synthetic Test Wire', '---', `In 2021 Rosoboronexport signed a contract with Laos for ${i + 2} Mi-17V-5 helicopters.`].join('\n'),
        `synthetic-deal-${i + 1}.txt`,
      ),
    );
    await library.sync(bundleOf(articles, 'many-deals'));
    render(ExplorerView);
    expect(await bodyRows()).toHaveLength(50);
    const units = articles.reduce((sum, _, i) => sum + i + 2, 0);
    expect(screen.getByRole('table').querySelector('tfoot')).toHaveTextContent(units.toLocaleString('en-GB'));
    expect(screen.getByText(/Showing 50 of 120 contracts/)).toBeInTheDocument();

    await fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(await bodyRows()).toHaveLength(100);
    // the keyboard goes on at the first new row
    expect(document.activeElement).toBe(within(screen.getByRole('table')).getAllByRole('link')[50]);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(await bodyRows()).toHaveLength(120);
    expect(screen.queryByText(/Showing/)).toBeNull();
  });

  test('on a phone the filters open with one tap and stay open while the reader ticks them', async () => {
    render(ExplorerView);
    await bodyRows();
    const panel = () => screen.getByRole('group', { name: 'Model' }).closest('details')!;
    expect(panel().open).toBe(false); // jsdom has no wide screen: the table comes first
    panel().open = true; // what a tap on its summary does in a browser
    await fireEvent(panel(), new Event('toggle'));
    await fireEvent.click(within(screen.getByRole('group', { name: 'Model' })).getByRole('checkbox', { name: /^Ansat\s+1$/ }));
    expect(await bodyRows()).toHaveLength(1);
    expect(panel().open).toBe(true);
  });

  test('the arrow keys move between the rows, Home and End to the first and the last', async () => {
    // 5 synthetic one-deal articles: test data, not news
    const articles = Array.from({ length: 5 }, (_, i) =>
      parseArticle(
        ['---', `title: Synthetic row ${i + 1}`, `date: 2021-02-0${i + 1}`, 'publication: Synthetic Test Wire', '---', `In 2021 Rosoboronexport signed a contract with Laos for ${i + 2} Mi-17V-5 helicopters.`].join('\n'),
        `synthetic-row-${i + 1}.txt`,
      ),
    );
    await library.sync(bundleOf(articles, 'rows'));
    render(ExplorerView);
    expect(await bodyRows()).toHaveLength(5);
    const links = within(screen.getByRole('table')).getAllByRole('link');
    links[0]!.focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[1]);
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(links[4]);
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(links[4]);
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(links[3]);
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(links[0]);
    // other keys are the link's own: Enter still opens the deal
    expect(await fireEvent.keyDown(document.activeElement!, { key: 'Enter' })).toBe(true);
  });

  test('Download CSV writes every deal the filters keep, drawn or not, each with the sentence that tells it', async () => {
    // 80 synthetic one-deal articles, 60 of them for Laos: test data, not news
    const articles = Array.from({ length: 80 }, (_, i) =>
      parseArticle(
        ['---', `title: Synthetic deal ${i + 1}`, 'date: 2021-02-01', 'publication: Synthetic Test Wire', '---', `In 2021 Rosoboronexport signed a contract with ${i < 60 ? 'Laos' : 'Peru'} for ${i + 2} Mi-17V-5 helicopters.`].join('\n'),
        `synthetic-export-${i + 1}.txt`,
      ),
    );
    await library.sync(bundleOf(articles, 'export-deals'));
    router.navigate('/explorer?recipient=Laos', { replace: true });
    const files: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:test'));
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    try {
      render(ExplorerView);
      expect(await bodyRows()).toHaveLength(50);
      await fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      await vi.waitFor(() => expect(files).toHaveLength(1));
      const lines = (await files[0]!.text()).trim().split('\r\n');
      expect(lines).toHaveLength(1 + 60);
      expect(lines.filter((line) => line.includes('signed a contract with Laos for'))).toHaveLength(60);
      expect(lines.some((line) => line.includes('Peru'))).toBe(false);
    } finally {
      created.mockRestore();
      revoked.mockRestore();
    }
  });
});

