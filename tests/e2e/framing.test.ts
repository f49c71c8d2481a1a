import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSession, type Session } from './harness.ts';

let session: Session;
/** Another site: one page that puts Sortie's Settings in a frame. */
let attacker: Server;
/** Sortie's files served by a host that sends no headers at all. */
let bareHost: Server;
let attackerOrigin = '';
let bareOrigin = '';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

beforeAll(async () => {
  session = await openSession();
  bareHost = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const file = join('dist', extname(path) ? path : 'index.html');
    try {
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  bareOrigin = await listen(bareHost);
  attacker = createServer((req, res) => {
    const target = new URL(req.url ?? '/', 'http://x').searchParams.get('target') ?? '';
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><title>another site</title><iframe src="${target}" width="360" height="600"></iframe>`);
  });
  attackerOrigin = await listen(attacker);
});

afterAll(async () => {
  await session?.close();
  attacker?.close();
  bareHost?.close();
});

async function framedSettings(origin: string) {
  const { page } = session;
  await page.goto(`${attackerOrigin}/?target=${encodeURIComponent(`${origin}/settings`)}`);
  await page.locator('iframe').waitFor();
  await page.waitForTimeout(1500);
  return page.frames().find((frame) => frame !== page.mainFrame())!;
}

describe('another site framing Sortie', () => {
  test('is refused by the server’s headers: the frame never shows Settings or its Reset button', async () => {
    const response = await session.page.request.get(session.origin + '/');
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    const frame = await framedSettings(session.origin);
    // the browser shows its own error page in the frame: not one of Sortie's
    expect(frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator('text=Reset').count()).toBe(0);
    expect(await frame.locator('text=Settings').count()).toBe(0);
  });

  test('on a host that sends no headers, Sortie starts nothing in the frame and offers its own window', async () => {
    const frame = await framedSettings(bareOrigin);
    await frame.getByText('Sortie does not run inside another page.').waitFor();
    expect(await frame.getByRole('link', { name: 'Open Sortie in its own window' }).getAttribute('target')).toBe('_blank');
    expect(await frame.locator('text=Reset').count()).toBe(0);
    // and nothing was stored on its behalf
    const stored = await frame.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(stored).not.toContain('sortie');
  });

  test('the same files, not framed, run as ever', async () => {
    const { page } = session;
    await page.goto(bareOrigin + '/settings');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('does not run inside another page').count()).toBe(0);
  });
});
