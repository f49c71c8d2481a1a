import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ImportView from '../../src/views/ImportView.svelte';
import { db } from '../../src/lib/db/schema.ts';

// Synthetic test text, not news.
const TEXT = [
  'A synthetic imported report',
  '',
  'In 2019 Testland signed a contract with Russian Helicopters for 12 Mi-171 helicopters.',
  '',
  'A second paragraph of made-up text.',
].join('\n');

beforeEach(async () => {
  await Promise.all([db.articles.clear(), db.readerState.clear(), db.contracts.clear(), db.claims.clear()]);
});

afterEach(() => cleanup());

async function paste(text: string) {
  await fireEvent.input(screen.getByLabelText('Paste the article’s text'), { target: { value: text } });
  await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('Import', () => {
  test('has a heading, a paste box, a file picker for text, Markdown and HTML, and states the size limit', () => {
    render(ImportView);
    expect(screen.getByRole('heading', { level: 1, name: 'Import an article' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('textbox', { name: 'Paste the article’s text' })).toBeInTheDocument();
    const file = screen.getByLabelText('Or choose a file');
    expect(file).toHaveAttribute('type', 'file');
    expect(file).toHaveAttribute('accept', '.txt,.md,.html,.htm,text/plain,text/markdown,text/html');
    expect(file).toHaveAccessibleDescription(/up to 2 MB/);
    for (const name of ['Title', 'Publication', 'Address (URL)']) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
  });

  test('pasted text is imported as the reader\'s own, with a link to it and its contracts counted', async () => {
    render(ImportView);
    await paste(TEXT);
    const status = await screen.findByText(/contracts? (was|were) found/);
    const link = within(status).getByRole('link', { name: 'A synthetic imported report' });
    expect(link).toHaveAttribute('href', '/article/imported-a-synthetic-imported-report');
    expect(status).toHaveTextContent('1 contract was found in it.');

    const stored = await db.articles.get('imported-a-synthetic-imported-report');
    expect(stored).toMatchObject({ origin: 'imported', publication: 'Imported' });
    expect(stored?.paragraphs).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Paste the article’s text' })).toHaveValue('');

    const list = screen.getByRole('region', { name: 'Your imported articles' });
    expect(await within(list).findByRole('link', { name: 'A synthetic imported report' })).toBeInTheDocument();
    expect(within(list).getByText('Yours')).toBeInTheDocument();
  });

  test('after an import the reader sees each record found, and can open why it is there', async () => {
    render(ImportView);
    await paste(TEXT);
    const record = await screen.findByRole('link', { name: 'signed: 12 Mi-171, Russia → unknown recipient, 2019' });
    expect(new URL(record.getAttribute('href')!, 'http://sortie.test').searchParams.get('record')).toMatch(/Mi-171/);
    const why = record.closest('li')!.querySelector('details')!;
    expect(within(why).getByText('Why')).toBeInTheDocument();
    const reasons = within(why).getAllByRole('listitem').map((item) => item.textContent);
    expect(reasons).toEqual(expect.arrayContaining(['signed: “signed a contract” in this sentence', '12 units: “12 Mi-171” in this sentence']));
  });

  test('empty text shows what is wrong and stores nothing', async () => {
    render(ImportView);
    await paste('   ');
    expect(await screen.findByText('The text is empty.')).toHaveAttribute('role', 'alert');
    expect(await db.articles.count()).toBe(0);
  });

  test('a picked file is imported, and a file kind it does not take is refused', async () => {
    render(ImportView);
    const picker = screen.getByLabelText('Or choose a file');
    const pdf = new File(['%PDF-1.4'], 'report.pdf', { type: 'application/pdf' });
    await fireEvent.change(picker, { target: { files: [pdf] } });
    await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Sortie imports .txt, .md and .html files, not .pdf files.')).toBeInTheDocument();

    const html = '<html><head><title>A synthetic page</title></head><body><p>Made-up text of a test page.</p></body></html>';
    await fireEvent.change(picker, { target: { files: [new File([html], 'page.html', { type: 'text/html' })] } });
    await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/No contracts were found in it\./)).toBeInTheDocument();
    expect((await db.articles.get('imported-a-synthetic-page'))?.paragraphs).toEqual(['Made-up text of a test page.']);
  });

  test('Delete asks first, in the page; Keep it keeps it and Yes, delete removes it', async () => {
    render(ImportView);
    await paste(TEXT);
    const list = screen.getByRole('region', { name: 'Your imported articles' });
    await fireEvent.click(await within(list).findByRole('button', { name: 'Delete “A synthetic imported report”' }));
    await fireEvent.click(within(list).getByRole('button', { name: 'Keep it' }));
    expect(await db.articles.count()).toBe(1);

    await fireEvent.click(within(list).getByRole('button', { name: 'Delete “A synthetic imported report”' }));
    await fireEvent.click(within(list).getByRole('button', { name: 'Yes, delete' }));
    expect(await within(list).findByText('Deleted “A synthetic imported report”.')).toBeInTheDocument();
    expect(await db.articles.count()).toBe(0);
    expect(await db.contracts.count()).toBe(0);
    expect(await within(list).findByText('You have not imported any articles.')).toBeInTheDocument();
  });

  test('a delete that a full device refuses says so in words, and keeps the article', async () => {
    render(ImportView);
    await paste(TEXT);
    const list = screen.getByRole('region', { name: 'Your imported articles' });
    // what Chromium gives a write on a device with no room left
    const full = Object.assign(new Error('The transaction was aborted.'), { name: 'QuotaExceededError' });
    const refuse = vi.spyOn(db.articles, 'delete').mockRejectedValue(full);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fireEvent.click(await within(list).findByRole('button', { name: 'Delete “A synthetic imported report”' }));
    await fireEvent.click(within(list).getByRole('button', { name: 'Yes, delete' }));
    expect(await within(list).findByText(/was not deleted: this device is out of storage space/)).toBeInTheDocument();
    expect(screen.queryByText(/QuotaExceededError|transaction was aborted/)).toBeNull();
    refuse.mockRestore();
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(1);
  });
});

