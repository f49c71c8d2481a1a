// Accessibility and phone fit on every view, in Chromium at 360 × 740: axe-core finds no
// violations (light and dark), controls are at least 44 px, nothing scrolls sideways, and the
// keyboard can skip to the content and follows navigation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openInstalledSession, PHONE, SEED_ID, SEED_TITLE, type Session } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every view, at a URL that shows it with content. */
const VIEWS = [
  { name: 'Latest', path: '/', ready: 'main article' },
  { name: 'Latest filtered by tag', path: '/?tag=Russia', ready: 'main nav li + li a' },
  { name: 'Article', path: `/article/${SEED_ID}`, ready: 'main article p' },
  { name: 'Explorer', path: '/explorer?category=*', ready: 'main table tbody tr' },
  { name: 'Explorer with a record open', path: '/explorer', ready: 'main table tbody tr', open: 'tbody th a' },
  { name: 'Settings', path: '/settings', ready: 'main h2' },
  { name: 'Search with results', path: '/search?q=Ansat', ready: 'main li mark' },
  { name: 'Saved', path: '/saved', ready: 'main h1' },
  { name: 'Import', path: '/import', ready: 'main textarea' },
  { name: 'Not found', path: '/no/such/page', ready: 'main h1' },
];

let session: Session;

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) allows it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Controls smaller than 44 × 44 px (links inside running text are exempt, as WCAG allows). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, summary, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=file]), nav a, label:has(input[type=checkbox]), label:has(input[type=radio])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null && !el.closest('[hidden]'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.height < 44 || box.width < 44;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`);
  });
}

async function show(page: Page, view: (typeof VIEWS)[number]) {
  await page.goto(session.origin + view.path);
  await page.locator(view.ready).first().waitFor();
  if (view.open) {
    await page.locator(view.open).first().click();
    await page.locator('#detail-heading').waitFor();
  }
  // Let the "ready offline" note fade so it does not cover what is measured.
  await page.evaluate(() => document.querySelectorAll('.prompts button').forEach((b) => (b as HTMLButtonElement).click()));
}

beforeAll(async () => {
  session = await openInstalledSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(VIEWS)('$name', (view) => {
  test('has no axe-core violations, light or dark', async () => {
    const { page } = session;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await show(page, view);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('fits 360 px without sideways scrolling, with controls of at least 44 px', async () => {
    const { page } = session;
    await show(page, view);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await smallTargets(page)).toEqual([]);
  });
});

describe('keyboard', () => {
  test('the first Tab reaches "Skip to content", which moves focus into the main content', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/');
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  test('following a link moves focus to the new page\'s heading', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
  });

  test('the focused control is visibly outlined', async () => {
    const { page } = session;
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('theme', () => {
  const background = () => session.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('follows the system, and the reader\'s choice in Settings overrides it either way', async () => {
    const { page, origin } = session;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(origin + '/settings');
    await page.getByRole('radio', { name: 'System' }).waitFor();
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(dark).not.toBe(light);

    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await background()).toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await background()).toBe(dark);
    await page.getByRole('radio', { name: 'System' }).check();
    expect(await background()).toBe(light);
  });
});
