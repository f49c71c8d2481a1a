import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openInstalledSession, PHONE, SEED_ID, type Session, uncachedFetchFails } from './harness.ts';

let session: Session;

/** Rows of the contract table's body, as the text of their cells. */
async function tableRows(session: Session): Promise<string[][]> {
  return session.page.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
  );
}

beforeAll(async () => {
  session = await openInstalledSession({ offline: true });
});

afterAll(async () => {
  await session?.close();
});

describe('the contract explorer, offline', () => {
  test('shows the seed\'s four helicopter deals, 121 units, against the article\'s claim of 120+', async () => {
    const { page, origin } = session;
    expect(await uncachedFetchFails(page)).toBe(true);
    await page.goto(origin + '/explorer');
    await page.getByRole('heading', { level: 1, name: 'Contract explorer' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    const rows = await tableRows(session);
    expect(rows.map((cells) => [cells[0]!.split('\n')[0], cells[1]]).sort()).toEqual(
      [
        ['Ansat', '21'],
        ['Mi-171', '14'],
        ['Mi-171', '68'],
        ['Mi-171Sh', '18'],
      ].sort(),
    );
    expect(await page.locator('table tfoot').innerText()).toContain('121');
    const claims = page.getByRole('region', { name: /claimed vs counted/i });
    await expect(claims.innerText()).resolves.toMatch(/120\+[\s\S]*121/);
  });

  test('filters live in the URL, and the same URL reopens the same view', async () => {
    const { page } = session;
    await page.locator('summary', { hasText: 'Filters' }).click(); // collapsed on a phone
    await page.getByRole('checkbox', { name: /^Mi-171\s+\d+$/ }).check();
    await page.waitForURL(/model=Mi-171/);
    expect(await tableRows(session)).toHaveLength(2);
    const url = page.url();
    await page.goto(url);
    await page.locator('table tbody tr').first().waitFor();
    expect(await tableRows(session)).toHaveLength(2);
    expect(await page.locator('table tfoot').innerText()).toContain('82');
    await page.locator('summary', { hasText: 'Filters (2 active)' }).click();
    expect(await page.getByRole('checkbox', { name: /^Mi-171\s+\d+$/ }).isChecked()).toBe(true);
  });

  test('the CSV download holds exactly the filtered rows', async () => {
    const { page } = session;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3); // header + the two Mi-171 rows
    expect(lines[0]).toMatch(/^supplier,/);
    expect(lines.slice(1).every((line) => line.includes(',Mi-171,'))).toBe(true);
    expect(lines.slice(1).map((line) => /,(68|14),/.exec(line)?.[1]).sort()).toEqual(['14', '68']);
  });

  test('a record\'s detail quotes its sentence and links to it, highlighted, in the article', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Mi-171', exact: true }).first().click();
    const detail = page.getByRole('region', { name: /Mi-171/ });
    await expect(detail.locator('blockquote').innerText()).resolves.toContain('The number counts 68 Mi-171');
    await page.getByRole('link', { name: 'Read it in the article' }).click();
    const quoted = page.locator('mark#quoted');
    await quoted.waitFor();
    expect(await quoted.innerText()).toContain('The number counts 68 Mi-171');
    expect(await quoted.isVisible()).toBe(true);
    const box = await quoted.boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height);
  });

  test('in the article, a marked contract mention opens the explorer on it', async () => {
    const { page, origin } = session;
    await page.goto(`${origin}/article/${SEED_ID}`);
    await page.getByRole('link', { name: /^Ansat/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Contract explorer' }).waitFor();
    await expect(page.getByRole('region', { name: /Ansat/ }).locator('blockquote').innerText()).resolves.toContain('21 Ansat');
  });

  test('at 360 px wide the explorer does not scroll sideways', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/explorer?category=*');
    await page.locator('table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await tableRows(session)).toHaveLength(5); // four helicopter deals and the Su-35; the S-400 has no number
  });

  test('at 1280 px wide the filters sit beside the table, and every column is in view', async () => {
    const { page, origin } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      await page.goto(origin + '/explorer?category=*');
      await page.locator('table tbody tr').first().waitFor();
      const filters = (await page.locator('details.facets').boundingBox())!;
      const table = (await page.locator('table').boundingBox())!;
      expect(filters.x + filters.width).toBeLessThanOrEqual(table.x);
      expect(filters.y).toBeLessThan(table.y + table.height);
      // the table does not scroll sideways, and its last column ends inside the window
      const scroller = await page.locator('table').evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
      expect(scroller.scroll).toBeLessThanOrEqual(scroller.client);
      const last = (await page.locator('table thead th').last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(1280);
      expect(table.width).toBeGreaterThan(700);
    } finally {
      await page.setViewportSize(PHONE);
    }
  });

  test('every request stayed on the app\'s own origin', () => {
    expect(session.requests.filter((url) => !url.startsWith(session.origin + '/'))).toEqual([]);
  });
});
