// Two tabs of Sortie importing at the same moment, in Chromium: an article's id is chosen inside
// its write, so two imports of the same title keep both, each with its own text.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from './harness.ts';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

// Synthetic texts written for this test: not news.
const TITLE = 'Synthetic same-title import';
// about 800 kB each, which takes the import worker most of a second to mine: the two imports
// are under way together, each between choosing its id and writing it
const text = (country: string) => {
  const filler = Array.from({ length: 8_000 }, (_, n) => `Paragraph ${n} of synthetic filler text about nothing in particular, with no deal in it at all.`);
  return `${TITLE}\n\n[Synthetic text written for an end-to-end test; not news.]\n\nIn 2022 ${country} signed a contract for 4 Ka-226T helicopters.\n\n${filler.join('\n\n')}\n`;
};

describe('two tabs', () => {
  test('importing articles of the same title at once keep both, each with its own text', async () => {
    const { context, origin } = session;
    const first = session.page;
    const second = await context.newPage();
    for (const [page, country] of [[first, 'Laos'], [second, 'Nepal']] as const) {
      await page.goto(origin + '/import');
      await page.getByText('Loading your articles…').waitFor({ state: 'detached' });
      await page.getByLabel('Or choose a file').setInputFiles({ name: `${country}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text(country)) });
    }
    // tapped in the same moment: a click through Playwright waits for a frame, which a tab in the
    // background does not draw, so each tab is told to click from its own script
    await Promise.all([first, second].map((page) => page.getByRole('button', { name: 'Import', exact: true }).evaluate((button: HTMLElement) => button.click())));
    for (const page of [first, second]) await page.locator('[role="status"] .done').waitFor({ timeout: 15_000 });

    await first.reload();
    const links = first.locator('section[aria-labelledby="imported-heading"] li > a');
    await links.first().waitFor();
    expect(await links.allInnerTexts()).toEqual([TITLE, TITLE]);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(2);
    const bodies: string[] = [];
    for (const href of hrefs) {
      await first.goto(origin + href!);
      bodies.push(await first.locator('article').innerText());
    }
    expect(bodies.map((body) => (body.includes('Laos') ? 'Laos' : body.includes('Nepal') ? 'Nepal' : '?')).sort()).toEqual(['Laos', 'Nepal']);
    await second.close();
  });
});
