/** A screen of the app, as named by a URL path. */
export type Route =
  | { name: 'latest' }
  | { name: 'article'; id: string }
  | { name: 'settings' }
  | { name: 'explorer' }
  | { name: 'search' }
  | { name: 'saved' }
  | { name: 'import' }
  | { name: 'not-found'; path: string };

/** Reads a URL path (below the app's base) as a route. */
export function matchRoute(pathname: string, base = '/'): Route {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '' || trimmed === 'index.html') return { name: 'latest' };
  if (trimmed === 'settings') return { name: 'settings' };
  if (trimmed === 'explorer') return { name: 'explorer' };
  if (trimmed === 'search') return { name: 'search' };
  if (trimmed === 'saved') return { name: 'saved' };
  if (trimmed === 'import') return { name: 'import' };
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
  /** Search, with the query in the URL so a search can be bookmarked and reopened offline. */
  search: (query = '', base = '/') => `${base}search${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  saved: (base = '/') => `${base}saved`,
  /** Import an article the reader captured elsewhere. */
  import: (base = '/') => `${base}import`,
  /** The explorer, with a query string from the explorer's URL state (`?…` or ''). */
  explorer: (query = '', base = '/') => `${base}explorer${query}`,
  /** An article with one sentence quoted from it highlighted and scrolled to. */
  quote: (id: string, source: { paragraph: number; start: number; end: number }, base = '/') =>
    `${base}article/${encodeURIComponent(id)}?quote=${source.paragraph}:${source.start}:${source.end}`,
};

/** The sentence a quote link points at (`?quote=paragraph:start:end`), or null if none or malformed. */
export function quoteFromSearch(search: string): { paragraph: number; start: number; end: number } | null {
  const match = /^(\d+):(\d+):(\d+)$/.exec(new URLSearchParams(search).get('quote') ?? '');
  if (!match) return null;
  const [paragraph, start, end] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return end > start ? { paragraph, start, end } : null;
}
