/** A screen of the app, as named by a URL path. */
export type Route =
  | { name: 'latest' }
  | { name: 'article'; id: string }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** Reads a URL path (below the app's base) as a route. */
export function matchRoute(pathname: string, base = '/'): Route {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '' || trimmed === 'index.html') return { name: 'latest' };
  if (trimmed === 'settings') return { name: 'settings' };
  const article = /^article\/([^/]+)$/.exec(trimmed);
  if (article) {
    try {
      return { name: 'article', id: decodeURIComponent(article[1]!) };
    } catch {
      // A malformed escape is not an article id.
    }
  }
  return { name: 'not-found', path: pathname };
}

/** URL paths for links, below the app's base. */
export const paths = {
  latest: (base = '/') => base,
  article: (id: string, base = '/') => `${base}article/${encodeURIComponent(id)}`,
  settings: (base = '/') => `${base}settings`,
};
