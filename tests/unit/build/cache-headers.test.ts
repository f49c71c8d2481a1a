import { describe, expect, test } from 'vitest';
import { cacheControlFor } from '../../../src/build/cache-headers.ts';

describe('cache headers', () => {
  test('the shell, the service worker and the manifests are revalidated on every load', () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/content/manifest.json', '/article/x']) {
      expect(cacheControlFor(path), path).toBe('no-cache');
    }
  });

  test('content-hashed files may be kept for good', () => {
    expect(cacheControlFor('/assets/index-Bvc6v6M2.js')).toContain('immutable');
    expect(cacheControlFor('/content/pack-e9ad24614a060d28.json')).toContain('immutable');
  });
});
