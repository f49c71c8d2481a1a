// Makes the web manifest's screenshots from the real, built app (run `npm run screenshots`
// after changing how Latest or Article look). Output: public/screenshots/*.png, committed.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const ARTICLE = '/article/2020-10-22-putin-russia-china-military-cooperation';
const server = await preview({ configFile: false, root: process.cwd(), preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync('public/screenshots', { recursive: true });

const shots = [
  { file: 'narrow-latest.png', path: '/', viewport: { width: 360, height: 740 }, scale: 2 },
  { file: 'wide-article.png', path: ARTICLE, viewport: { width: 1280, height: 800 }, scale: 1 },
];
for (const shot of shots) {
  // No service worker: its "ready offline" toast would be in the picture.
  const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.scale, serviceWorkers: 'block' });
  await page.goto(origin + shot.path);
  await page.locator('main h1').waitFor();
  await page.locator('main article').first().waitFor();
  await page.screenshot({ path: `public/screenshots/${shot.file}` });
  await page.close();
  console.log(`public/screenshots/${shot.file}: ${shot.viewport.width * shot.scale}x${shot.viewport.height * shot.scale}`);
}
await browser.close();
await server.close();
