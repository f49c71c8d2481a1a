// What `npm run build` leaves in dist/: the installable manifest, icons, the service worker's
// precache list and the security policy. Runs after the build that `npm test` makes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dist = (path: string) => `dist/${path}`;
const html = readFileSync(dist('index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(dist('manifest.webmanifest'), 'utf8')) as {
  [key: string]: unknown;
  icons: { src: string; sizes: string; purpose?: string }[];
  screenshots: { src: string; sizes: string; form_factor: string }[];
  shortcuts: { name: string; url: string }[];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): string {
  const png = readFileSync(path);
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('the web app manifest', () => {
  test('names the app and opens it standalone at its own scope', () => {
    expect(manifest).toMatchObject({ short_name: 'Sortie', id: '/', start_url: '/', scope: '/', display: 'standalone' });
    for (const field of ['name', 'description', 'background_color']) expect(manifest[field]).toBeTruthy();
  });

  test("its theme colour is the page's theme-color", () => {
    const meta = /<meta name="theme-color" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(manifest.theme_color);
  });

  test('has 192 and 512 px icons for "any" and, separately, "maskable", each the size it claims', () => {
    for (const purpose of ['any', 'maskable']) {
      const icons = manifest.icons.filter((icon) => (icon.purpose ?? 'any') === purpose);
      expect(icons.map((icon) => icon.sizes).sort()).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of icons) expect(pngSize(dist(icon.src))).toBe(icon.sizes);
    }
    expect(manifest.icons.some((icon) => icon.purpose?.includes(' '))).toBe(false);
  });

  test('the page links a 180 px apple-touch-icon', () => {
    const href = /<link rel="apple-touch-icon" href="\/?([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(pngSize(dist(href!))).toBe('180x180');
  });

  test('has narrow and wide screenshots of the sizes it states', () => {
    expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of manifest.screenshots) expect(pngSize(dist(shot.src))).toBe(shot.sizes);
  });

  test('has shortcuts to Latest and Settings', () => {
    expect(manifest.shortcuts.map((shortcut) => shortcut.url)).toEqual(expect.arrayContaining(['/', '/settings']));
  });
});

describe('the service worker precache', () => {
  const sw = readFileSync(dist('sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);

  test('holds the shell, the content manifest, the icons and the web manifest, once each, and no content pack (their articles are kept in IndexedDB alone)', () => {
    const contentManifest = JSON.parse(readFileSync(dist('content/manifest.json'), 'utf8')) as { packs: { file: string }[] };
    const expected = ['index.html', 'content/manifest.json', 'manifest.webmanifest', ...manifest.icons.map((icon) => icon.src)];
    expect(urls).toEqual(expect.arrayContaining(expected));
    for (const pack of contentManifest.packs) expect(urls).not.toContain(pack.file);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(dist(url)), url).toBe(true);
  });

  test('falls back to the shell for every navigation, so deep links load offline', () => {
    expect(sw).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)/);
  });
});

describe('the security policy', () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
  const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `))?.split(' ').slice(1) ?? [];
  const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

  test("allows no origin but the app's own, and nothing inline by a blanket rule", () => {
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  test('runs one inline script, the first-screen one, allowed by its hash alone', () => {
    expect(inline('script')).toEqual([readFileSync('public/first-screen.js', 'utf8')]);
    expect(directive('script-src')).toEqual(["'self'", sha256(readFileSync('public/first-screen.js', 'utf8'))]);
  });

  test("inlines the page's own stylesheet, allowed by its hash alone, and links no other", () => {
    const styles = inline('style');
    expect(styles).toHaveLength(1);
    expect(styles[0]).toContain('--text-size'); // the app's own stylesheet (its text-size setting)
    expect(directive('style-src')).toEqual(["'self'", sha256(styles[0]!)]);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
  });
});
