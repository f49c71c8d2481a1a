import type { Article } from './content/article.ts';
import { paths } from './routes.ts';

/** What became of a share: sent through the system sheet, copied, cancelled, or left to the reader. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

/** The parts of `navigator` a share uses; tests pass their own. */
export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>>;

/**
 * Shares a link with the system share sheet where there is one, else copies it to the
 * clipboard. 'manual' means neither worked and the reader has to copy the link by hand.
 */
export async function shareLink(
  link: { title: string; url: string },
  nav: ShareNavigator = globalThis.navigator,
): Promise<ShareOutcome> {
  const data = { title: link.title, url: link.url };
  if (typeof nav.share === 'function' && nav.canShare?.(data) !== false) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: their choice, not a failure.
      if ((error as { name?: string })?.name === 'AbortError') return 'cancelled';
      // NotAllowedError and the like: the sheet is unavailable here, so try the clipboard.
    }
  }
  if (typeof nav.clipboard?.writeText === 'function') {
    try {
      await nav.clipboard.writeText(link.url);
      return 'copied';
    } catch {
      // Permission refused or no focus: fall through to copying by hand.
    }
  }
  return 'manual';
}

/**
 * The link to share for an article: its original page, which anyone can open, or, for an
 * article without one, its page in Sortie.
 */
export function articleShareUrl(article: Pick<Article, 'id' | 'url'>, pageUrl: string, base = '/'): string {
  return article.url ?? new URL(paths.article(article.id, base), pageUrl).href;
}
