import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openInstalledSession, SEED_ID, SEED_TITLE, type Session, uncachedFetchFails } from './harness.ts';

let session: Session;

beforeAll(async () => {
  session = await openInstalledSession();
});

afterAll(async () => {
  await session?.close();
});

describe('after one visit, Sortie works with no network', () => {
  test('the first visit says, once, that the app is ready to read offline', async () => {
    const { page } = session;
    await page.getByText('Ready to read offline').waitFor();
    await page.reload();
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText('Ready to read offline').count()).toBe(0);
  });

  test('offline, a reload of / lists the articles from IndexedDB', async () => {
    const { page, context, origin } = session;
    await context.setOffline(true);
    expect(await uncachedFetchFails(page)).toBe(true);
    await page.goto(origin + '/');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  });

  test('offline, a deep link opened cold in a new tab renders the article body', async () => {
    const { context, origin } = session;
    const tab = await context.newPage();
    await tab.goto(`${origin}/article/${SEED_ID}`);
    await tab.getByText('Ulan-Ude Aviation Plant', { exact: false }).waitFor();
    expect(await uncachedFetchFails(tab)).toBe(true);
    await tab.close();
  });

  test('offline, /settings opens and says the app is ready offline', async () => {
    const { context, origin } = session;
    const tab = await context.newPage();
    await tab.goto(`${origin}/settings`);
    await tab.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await tab.getByText(/Ready to read offline:?\s*Yes/i).waitFor();
    await tab.close();
  });

  test('offline, search opened cold finds the seed, and its index runs in a worker, not on the page\'s thread', async () => {
    const { context, origin } = session;
    const tab = await context.newPage();
    await tab.goto(`${origin}/search?q=Ansat`);
    await tab.getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(await tab.locator('main li mark').first().textContent()).toBe('Ansat');
    expect(tab.workers().map((worker) => worker.url()).some((url) => /search-worker/.test(url))).toBe(true);
    // typed, the results follow the field at once
    await tab.getByRole('searchbox').fill('Ulan-Ude');
    await tab.locator('main ol[data-query="Ulan-Ude"] mark').first().waitFor();
    expect(await uncachedFetchFails(tab)).toBe(true);
    await tab.close();
  });

  test('search is drawn once as its index loads, so focus and typing are never thrown away', async () => {
    const { context, origin } = session;
    const tab = await context.newPage();
    // counts each Search heading put in the page (a string: the page has no helpers of the runner's)
    await tab.addInitScript(`
      window.searchHeadings = 0;
      new MutationObserver((changes) => {
        for (const change of changes) for (const node of change.addedNodes) {
          if (node.nodeType === 1 && (node.matches('h1') ? [node] : [...node.querySelectorAll('h1')]).some((h) => h.textContent === 'Search')) window.searchHeadings++;
        }
      }).observe(document, { childList: true, subtree: true });
    `);
    await tab.goto(`${origin}/search`);
    const field = tab.getByRole('searchbox');
    await field.focus();
    await field.pressSequentially('Ansat');
    await tab.getByRole('link', { name: SEED_TITLE }).waitFor();
    await tab.waitForURL((url) => url.searchParams.get('q') === 'Ansat');
    expect(await tab.evaluate(() => (window as unknown as { searchHeadings: number }).searchHeadings)).toBe(1);
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('Ansat');
    await tab.close();
  });

  test('offline, an address that does not exist shows the app\'s "Not found", not the browser\'s error page', async () => {
    const { context, origin } = session;
    const tab = await context.newPage();
    await tab.goto(`${origin}/no/such/page`);
    await tab.getByRole('heading', { name: 'Not found' }).waitFor();
    await tab.close();
    await context.setOffline(false);
  });

  test('a device whose database was emptied says so while the packs cannot be fetched, and gets its articles back once they can', async () => {
    const { page, context, origin } = session;
    // the browser empties the database (from a page of the origin that is not the app, so that
    // no connection holds it open)
    await page.goto(origin + '/icon.svg');
    await page.evaluate(`new Promise((resolve, reject) => { const r = indexedDB.deleteDatabase('sortie'); r.onsuccess = resolve; r.onerror = reject; })`);
    // the packs are not in the service worker's cache: with no network for them (a route also
    // keeps the browser's HTTP cache out of it) the articles cannot come back yet, and that is said
    await context.route('**/content/pack-*.json', (route) => route.abort('internetdisconnected'));
    await page.goto(origin + '/');
    await page.getByRole('alert').filter({ hasText: 'Could not bring in the latest articles (the network could not be reached)' }).waitFor();
    expect(await page.getByRole('link', { name: SEED_TITLE }).count()).toBe(0);
    await page.goto(origin + '/settings');
    await page.getByText(/Ready to read offline:?\s*Not all the articles: the network could not be reached/i).waitFor();

    await context.unroute('**/content/pack-*.json');
    await page.goto(origin + '/');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
  });

  test('Chrome finds the app installable and its manifest free of errors', async () => {
    const { page, context, origin } = session;
    await page.goto(origin + '/');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    await cdp.detach();
  });

  test('index.html and sw.js must be revalidated; hashed assets are immutable', async () => {
    const { origin } = session;
    const headers = async (path: string) => (await fetch(origin + path)).headers.get('cache-control');
    expect(await headers('/')).toBe('no-cache');
    expect(await headers('/sw.js')).toBe('no-cache');
    const html = await (await fetch(origin + '/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(await headers(script!)).toContain('immutable');
  });

  test('every request the app made stayed on its own origin', () => {
    const foreign = session.requests.filter((url) => !url.startsWith(session.origin + '/'));
    expect(foreign).toEqual([]);
  });
});
