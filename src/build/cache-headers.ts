// How long a browser may keep each file. Hashed files never change, so they are immutable;
// everything that names them (index.html, sw.js, the manifests) must be revalidated every time,
// or a phone could keep an old shell forever.
import type { Plugin } from 'vite';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** The Cache-Control header for a path served from dist/. */
export function cacheControlFor(pathname: string): string {
  if (/^\/assets\//.test(pathname) || /^\/content\/pack-[0-9a-f]+\.json$/.test(pathname)) return IMMUTABLE;
  return REVALIDATE;
}

/**
 * What every response says beyond caching: no other site may frame Sortie (a page's own CSP, in
 * a meta tag, cannot forbid that; only a header can), no file is read as another type, and a
 * link the reader follows out of an article tells the other site nothing of what they read.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Sets those headers on `vite preview`, the server `npm start` runs. */
export function cacheHeaders(): Plugin {
  return {
    name: 'sortie-cache-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // sirv, which serves the files next, keeps a header that is already set.
        res.setHeader('Cache-Control', cacheControlFor((req.url ?? '/').split('?')[0]!));
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}
