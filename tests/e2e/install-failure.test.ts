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
  test('the first visit\'s prompt and Settings say so, and why it most likely failed, while reading goes on', async () => {
    const { page, origin } = session;
    await page.goto(origin + '/');
    await page.locator('main article').first().waitFor();
    const prompt = page.getByRole('status').getByText('Not ready to read offline: the app could not be saved on this device');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.innerText()).toContain('most often for lack of storage space');
    expect(await page.getByText('Ready to read offline.').count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'OK' }).click();
    await prompt.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('No: the app could not be saved on this device').waitFor({ timeout: 30_000 });
    expect(await page.getByText('most often for lack of storage space').count()).toBe(1);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  });
});
