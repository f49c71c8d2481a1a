import { matchRoute, type Route } from '../routes.ts';

const base = import.meta.env.BASE_URL;

/** The current route, kept in step with the address bar (history API, no hash URLs). */
class Router {
  #pathname = $state(location.pathname);
  #search = $state(location.search);
  #route = $derived<Route>(matchRoute(this.#pathname, base));

  get route(): Route {
    return this.#route;
  }

  /** The query string (`?…` or ''): views such as the explorer keep their state there. */
  get search(): string {
    return this.#search;
  }

  /** Goes to an in-app path without reloading the page. */
  navigate(href: string, { replace = false } = {}) {
    const url = new URL(href, location.href);
    if (url.href === location.href) return;
    const samePage = url.pathname === location.pathname;
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
    this.#pathname = url.pathname;
    this.#search = url.search;
    // A new page starts at the top; a new query on the same page (a filter) keeps the scroll.
    if (!samePage && !url.hash) window.scrollTo(0, 0);
  }

  /** Starts following link clicks and back/forward; returns the function that stops it. */
  listen(): () => void {
    const onPopState = () => {
      this.#pathname = location.pathname;
      this.#search = location.search;
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link || link.target || link.hasAttribute('download')) return;
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin || !url.pathname.startsWith(base)) return;
      // A jump within this page (the skip link) is the browser's to do: it moves focus too.
      if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
      event.preventDefault();
      this.navigate(url.href);
    };
    addEventListener('popstate', onPopState);
    document.addEventListener('click', onClick);
    return () => {
      removeEventListener('popstate', onPopState);
      document.removeEventListener('click', onClick);
    };
  }
}

export const router = new Router();
