// Find, keep and bring your own, offline in Chromium: search, import an article from a file,
// and take the reader's data to a fresh profile.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openInstalledSession, openSession, SEED_ID, SEED_TITLE, type Session, uncachedFetchFails } from './harness.ts';

/** A synthetic article file, made for this test: not news. */
const IMPORTED_TITLE = 'Synthetic import test article';
const IMPORTED_FILE = {
  name: 'synthetic-import.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    `${IMPORTED_TITLE}\n\n[Synthetic text written for an end-to-end test; not news.]\n\n` +
      'In 2021 Rosoboronexport signed a contract with Egypt for 12 Ka-52 helicopters.\n',
  ),
};

let session: Session;
let exported: string;

beforeAll(async () => {
  session = await openInstalledSession({ offline: true });
});

afterAll(async () => {
  await session?.close();
});

/** The longest the page took to run a script, asked `times` times `pauseMs` apart: a page busy on its own thread answers late. */
async function slowestAnswer(page: Page, times: number, pauseMs: number): Promise<number> {
  let slowest = 0;
  for (let i = 0; i < times; i++) {
    const asked = Date.now();
    await page.evaluate(() => document.title);
    slowest = Math.max(slowest, Date.now() - asked);
    await page.waitForTimeout(pauseMs);
  }
  return slowest;
}

async function searchFor(query: string) {
  const { page } = session;
  await page.getByRole('searchbox').fill(query);
  await page.waitForURL((url) => url.searchParams.get('q') === query);
}

describe('offline', () => {
  test('search finds the seed by "Ansat" and by the Cyrillic "Ми-171", with the match highlighted', async () => {
    const { page, origin } = session;
    expect(await uncachedFetchFails(page)).toBe(true);
    await page.goto(origin + '/search');
    await searchFor('Ansat');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(await page.locator('main mark').first().innerText()).toBe('Ansat');
    await searchFor('Ми-171');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  });

  test('an imported file becomes an article, found by search and mined for the explorer', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import');
    await page.getByLabel('Or choose a file').setInputFiles(IMPORTED_FILE);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('1 contract was found in it.').waitFor();

    await page.goto(origin + '/search');
    await searchFor('Synthetic import');
    await page.getByRole('link', { name: IMPORTED_TITLE }).waitFor();

    await page.goto(origin + '/explorer?recipient=Egypt');
    await page.locator('table tbody tr').first().waitFor();
    const row = await page.locator('table tbody tr').first().innerText();
    expect(row).toContain('Ka-52');
    expect(row).toContain('12');
  });

  test('mining a long text runs beside the page: Cancel stops it at once, and nothing is stored', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import');
    await page.getByText('Loading your articles…').waitFor({ state: 'detached' });
    const before = await page.locator('section[aria-labelledby="imported-heading"] li > a').allInnerTexts();
    // about 1.9 MB of synthetic deal sentences (not news): seconds of mining
    const sentence = (n: number) => `In ${2000 + (n % 25)} Laos signed a contract for ${2 + (n % 40)} Mi-17V-5 helicopters worth $${n} million. `;
    let body = 'Synthetic long import\n\n[Synthetic text written for an end-to-end test; not news.]\n\n';
    for (let n = 0; body.length < 1_900_000; n++) body += sentence(n) + (n % 8 === 7 ? '\n\n' : '');
    await page.getByLabel('Or choose a file').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(body) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // each step is told as it starts: mining 1.9 MB takes seconds
    await page.getByText('Finding the contracts in it…').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('The import was cancelled: nothing was stored.').waitFor({ timeout: 2_000 });
    expect(await page.locator('section[aria-labelledby="imported-heading"] li > a').allInnerTexts()).toEqual(before);
  });

  test('reading a slow Markdown file runs beside the page too, and a file with nothing but a title is refused in Sortie\'s words', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import');
    await page.getByText('Loading your articles…').waitFor({ state: 'detached' });
    const before = await page.locator('section[aria-labelledby="imported-heading"] li > a').allInnerTexts();
    // about 1.9 MB of emphasis marks (synthetic): seconds for any CommonMark reader
    const slow = `# Synthetic slow Markdown\n\n${'*a **b '.repeat(270_000)}\n`;
    await page.getByLabel('Or choose a file').setInputFiles({ name: 'slow.md', mimeType: 'text/markdown', buffer: Buffer.from(slow) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // the page answers while the file is read: a script asked to run, again and again, runs at
    // once (read in the page's own thread, it would wait the second or more the reading takes),
    // and Cancel stops the reading
    await page.getByText('Reading the text…').waitFor();
    expect(await slowestAnswer(page, 8, 50)).toBeLessThan(500);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('The import was cancelled: nothing was stored.').waitFor({ timeout: 2_000 });
    expect(await page.locator('section[aria-labelledby="imported-heading"] li > a').allInnerTexts()).toEqual(before);

    await page.getByLabel('Or choose a file').setInputFiles({ name: 'title-only.md', mimeType: 'text/markdown', buffer: Buffer.from('# Only a synthetic title\n') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('There is no article text after the title.').waitFor({ timeout: 5_000 });
  });

  test('reading a long web page runs beside the page, and the page\'s article and its deal come through', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import');
    await page.getByText('Loading your articles…').waitFor({ state: 'detached' });
    // about 1.9 MB (synthetic, not news): a deal sentence, then 230,000 tiny inline elements,
    // which Chromium's own parser takes most of a second over on the page's thread
    const html =
      '<html><head><title>Synthetic long page | Synthetic Site</title><meta property="og:site_name" content="Synthetic Site"></head>' +
      '<body><nav>Menu</nav><article><h1>Synthetic long page</h1><p>In 2021 Laos signed a contract for 6 Mi-17V-5 helicopters.</p>' +
      `<p>${'<b>x</b>'.repeat(230_000)}</p></article></body></html>`;
    await page.getByLabel('Or choose a file').setInputFiles({ name: 'long.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    // a script asked to run, again and again while the page is read and mined, runs at once
    expect(await slowestAnswer(page, 12, 25)).toBeLessThan(250);
    const done = page.locator('[role="status"] .done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toMatch(/^Imported Synthetic long page .*1 contract was found in it\.$/);
    await expect(page.locator('[role="status"] .records a').first().innerText()).resolves.toContain('6 Mi-17V-5');
    // deleted again: the export below holds the one article imported before
    await page.getByRole('button', { name: 'Delete “Synthetic long page”' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted “Synthetic long page”.').waitFor();
  });

  test('a page nested 50,000 elements deep is refused at once, and the tab stays responsive', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/import');
    const deep = `<html><body>${'<div>'.repeat(50_000)}<p>Synthetic text.</p>${'</div>'.repeat(50_000)}</body></html>`;
    await page.getByLabel('Or choose a file').setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(deep) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('This page nests its elements more than 1,000 levels deep').waitFor({ timeout: 5_000 });
    // the page answers a script straight away: nothing is still parsing
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
  });

  test('the reader\'s data exports to one file', async () => {
    const { page, origin } = session;
    await page.goto(`${origin}/article/${SEED_ID}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Saved' }).waitFor();
    await page.goto(origin + '/settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    exported = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(exported) as { format: string; importedArticles: { title: string }[] };
    expect(data.format).toBe('sortie-reader-data');
    expect(data.importedArticles.map((a) => a.title)).toEqual([IMPORTED_TITLE]);
  });
});

describe('on another device', () => {
  test('importing the file brings back the bookmark and the imported article, with its contracts', async () => {
    const other = await openSession();
    try {
      const { page, origin } = other;
      await page.goto(origin + '/');
      await page.getByRole('link', { name: SEED_TITLE }).waitFor();
      await page.goto(origin + '/settings');
      await page.getByLabel('Import data').setInputFiles({
        name: 'sortie-reader-data.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await page.getByRole('status').filter({ hasText: /^Imported .*1 imported article/ }).waitFor();
      await page.goto(origin + '/saved');
      await page.getByRole('link', { name: SEED_TITLE }).waitFor();
      await page.goto(origin + '/');
      await page.getByRole('link', { name: IMPORTED_TITLE }).waitFor();
      await page.goto(origin + '/explorer?recipient=Egypt');
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('table tbody tr').first().innerText()).toContain('Ka-52');
    } finally {
      await other.close();
    }
  });

  test('a file that is not a Sortie export is refused with a clear message, and nothing changes', async () => {
    const other = await openSession();
    try {
      const { page, origin } = other;
      await page.goto(origin + '/settings');
      await page.getByRole('heading', { name: 'Your data' }).waitFor();
      await page.getByLabel('Import data').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": "world"}'),
      });
      await page.getByText(/not a Sortie export/).waitFor();
      await page.goto(origin + '/saved');
      await page.getByText(/Nothing saved yet/).waitFor();
    } finally {
      await other.close();
    }
  });
});
