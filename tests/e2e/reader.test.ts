import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, PHONE, SEED_ID, SEED_TITLE, type Session } from './harness.ts';

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

describe('reading the bundled article in Chromium', () => {
  test('the Latest list shows the seed article, read from IndexedDB', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/');
    await expect(page.getByRole('link', { name: SEED_TITLE }).waitFor()).resolves.toBeUndefined();
    const stored = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('sortie');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const keys = open.result.transaction('articles').objectStore('articles').getAllKeys();
            keys.onsuccess = () => resolve(keys.result as string[]);
          };
        }),
    );
    expect(stored).toEqual([SEED_ID]);
    await page.getByText('Unread', { exact: true }).waitFor();
  });

  test('the article page shows the clean text and no e-mail address', async () => {
    const { page } = session;
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: SEED_TITLE }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('Ulan-Ude Aviation Plant');
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toContain('LEAVE A REPLY');
    expect(page.url()).toBe(`${session.origin}/article/${SEED_ID}`);
  });

  test('reader comments are collapsed and labelled as reader comments', async () => {
    const { page } = session;
    await expect(page.getByRole('heading', { name: 'Reader comments' }).isVisible()).resolves.toBe(true);
    const comment = page.getByText('THe US is the single biggest threat', { exact: false });
    await expect(comment.isVisible()).resolves.toBe(false);
    await page.getByText('Show 1 reader comment').click();
    await expect(comment.isVisible()).resolves.toBe(true);
  });

  test('at 360 px wide nothing scrolls sideways', async () => {
    const width = await session.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  });

  test('opening the article marks it read in the list', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Latest' }).click();
    await page.getByRole('heading', { level: 1, name: 'Latest' }).waitFor();
    await page.getByText('Read', { exact: true }).waitFor();
  });

  test('the reading position is restored when the article is opened again', async () => {
    const { page, origin } = session;
    await page.goto(`${origin}/article/${SEED_ID}`);
    await page.getByText('Ulan-Ude Aviation Plant', { exact: false }).waitFor();
    const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(scrollable).toBeGreaterThan(400);
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(scrollable / 2));
    await page.waitForTimeout(600); // the position is saved once scrolling settles
    await page.goto(origin + '/');
    await page.goto(`${origin}/article/${SEED_ID}`);
    await page.getByText('Ulan-Ude Aviation Plant', { exact: false }).waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    const restored = await page.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - innerHeight));
    expect(restored).toBeGreaterThan(0.4);
    expect(restored).toBeLessThan(0.6);
  });

  test('a deep link opened cold loads the article, and an unknown id shows "Not found"', async () => {
    const { context, origin } = session;
    const fresh = await context.newPage();
    await fresh.goto(`${origin}/article/${SEED_ID}`);
    await fresh.getByText('Ulan-Ude Aviation Plant', { exact: false }).waitFor();
    await fresh.goto(`${origin}/article/no-such-article`);
    await fresh.getByRole('heading', { name: 'Not found' }).waitFor();
    await fresh.goto(`${origin}/no/such/page`);
    await fresh.getByRole('heading', { name: 'Not found' }).waitFor();
    await fresh.close();
  });

  test('every request the app made stayed on its own origin', () => {
    const foreign = session.requests.filter((url) => !url.startsWith(session.origin + '/'));
    expect(session.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
