// Every way text gets into Sortie, fed the hostile inputs of tests/fixtures/hostile-inputs.ts:
// a paste, a .md and an .html file, the search box, the explorer's URL, a reader-data file.
// After each: no input became markup in the page, no script of theirs ran, nothing was
// requested from another origin, and what the reader typed or pasted is shown as the text it
// is. A new entry point belongs in this file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FOREIGN, HOSTILE_INPUTS, INJECTED } from '../fixtures/hostile-inputs.ts';
import { openInstalledSession, type Session } from './harness.ts';

let session: Session;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await openInstalledSession();
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Nothing hostile happened in the page so far. */
async function nothingHappened() {
  const { page, origin, requests } = session;
  expect(await page.locator(INJECTED).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __hostile?: number }).__hostile)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.startsWith(FOREIGN))).toBe(false);
}

async function importFile(name: string, mimeType: string, body: string) {
  const { page, origin } = session;
  await page.goto(origin + '/import', { waitUntil: 'commit' });
  await page.getByLabel('Or choose a file').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported /).waitFor({ timeout: 30_000 });
}

const PARAGRAPHS = HOSTILE_INPUTS.join('\n\n');

describe('hostile text', () => {
  test('pasted, is stored and shown as the text it is', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import', { waitUntil: 'commit' });
    await page.getByLabel('Paste the article’s text').fill(`Hostile paste (synthetic)\n\n${PARAGRAPHS}`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').getByRole('link', { name: 'Hostile paste (synthetic)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hostile paste (synthetic)' }).waitFor();
    const shown = await page.locator('main article').textContent();
    for (const input of HOSTILE_INPUTS) expect(shown).toContain(input);
    await nothingHappened();
  });

  test('in a Markdown file and in an HTML page, is imported without becoming markup', async () => {
    await importFile('hostile.md', 'text/markdown', `# Hostile Markdown (synthetic)\n\n${PARAGRAPHS}\n`);
    await session.page.getByRole('status').getByRole('link', { name: 'Hostile Markdown (synthetic)' }).click();
    await session.page.locator('main article p').first().waitFor();
    await nothingHappened();
    await importFile('hostile.html', 'text/html', `<html><head><title>Hostile page (synthetic)</title></head><body>${HOSTILE_INPUTS.map((input) => `<p>${input}</p>`).join('')}</body></html>`);
    await session.page.getByRole('status').getByRole('link', { name: 'Hostile page (synthetic)' }).click();
    await session.page.locator('main article').waitFor();
    await nothingHappened();
  });

  test('typed into search, is searched for without becoming markup', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/search', { waitUntil: 'commit' });
    for (const input of HOSTILE_INPUTS.slice(0, 8)) {
      await page.getByRole('searchbox').fill(input);
      await page.waitForURL((url) => url.searchParams.get('q') === input);
      await nothingHappened();
    }
  });

  test('in the explorer’s address, filters nothing into markup', async () => {
    const { page, origin } = session;
    for (const input of HOSTILE_INPUTS) {
      const query = new URLSearchParams({ recipient: input, model: input, record: input, sort: input, chart: input });
      await page.goto(`${origin}/explorer?${query}`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1, name: 'Contract explorer' }).waitFor();
      await nothingHappened();
    }
  });

  test('in a reader-data file, is kept as text, or refused with a message naming the field', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/settings', { waitUntil: 'commit' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(exported) as { settings: { key: string; value: unknown }[]; importedArticles: { title: string }[] };
    const outcome = page.locator('p.outcome').filter({ hasText: /./ });

    // hostile titles: imported, and listed as the text they are
    const titled = { ...data, importedArticles: data.importedArticles.map((article, i) => ({ ...article, title: `${HOSTILE_INPUTS[i % HOSTILE_INPUTS.length]} (synthetic)` })) };
    await page.getByLabel('Import data').setInputFiles({ name: 'hostile-titles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(titled)) });
    await outcome.first().waitFor();
    await page.goto(origin + '/import', { waitUntil: 'commit' });
    // (the list is read from IndexedDB after the app has started: wait for it, not for the
    // "Loading" line, which is not there yet before the app has drawn anything)
    const imported = page.locator('section[aria-labelledby="imported-heading"] li > a');
    await imported.filter({ hasText: `${HOSTILE_INPUTS[0]} (synthetic)` }).first().waitFor();
    expect(await imported.allInnerTexts()).toContain(`${HOSTILE_INPUTS[0]} (synthetic)`);
    await nothingHappened();

    // hostile setting values: refused, naming the setting, and nothing imported
    await page.goto(origin + '/settings', { waitUntil: 'commit' });
    const set = { ...data, settings: [{ key: 'theme', value: HOSTILE_INPUTS[1] }] };
    await page.getByLabel('Import data').setInputFiles({ name: 'hostile-settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(set)) });
    await outcome.first().waitFor();
    expect(await outcome.first().innerText()).toMatch(/^Nothing was imported\..*theme/);
    await nothingHappened();
  });
});
