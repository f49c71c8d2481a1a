import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from './harness.ts';

// One precached file cannot be fetched: the service worker's install fails, as it does when the
// device has no room for the precache. The reader must be told, not left with "Not yet" for ever.
let session: Session;

beforeAll(async () => {
  session = await openSession();
  await session.context.route('**/pwa-512x512.png', (route) => route.abort('failed'));
});

afterAll(async () => {
  await session?.close();
});

describe('when the app cannot be saved for offline use', () => {
  test('Settings says so, and why it most likely failed, while reading goes on', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/');
    await page.locator('main article').first().waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('No: the app could not be saved on this device').waitFor({ timeout: 30_000 });
    expect(await page.getByText('most often for lack of storage space').count()).toBe(1);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  });
});
