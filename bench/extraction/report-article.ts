// A pulled report's text as the article a reader would get by pasting it into Import.
import type { Article } from '../../src/lib/content/article.ts';
import { ImportError, readImport } from '../../src/lib/import/read-import.ts';

const UNTITLED = 'Untitled report';

/**
 * Reads a pulled text the way Import reads a paste: its first line is the title. The date is
 * what a reader would have in the Date field: a leading ` date YYYY-MM-DD` line (the page's
 * date as the search corpus knows it); else the page's own dateline, as Import reads it; else
 * the date in the page's address (`/2016/12/29/`, `/news/2013/01/09/`), which the reader saw
 * when copying it; else unknown (1970).
 */
export function articleFromReport(id: string, text: string, url?: string): Article {
  const article = readReport(id, text);
  const fromAddress = url === undefined ? null : dateInAddress(url);
  return article.date.startsWith('1970') && fromAddress ? readReport(id, text, fromAddress) : article;
}

/** `https://example.com/news/2013/01/09/slug` (or `/2009/4/1/`) → `2013-01-09`; a year and month alone → the 1st. */
export function dateInAddress(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$)/.exec(path);
  const two = (n: string) => n.padStart(2, '0');
  return m ? `${m[1]}-${two(m[2]!)}-${two(m[3] ?? '01')}` : null;
}

function readReport(id: string, text: string, fallbackDate?: string): Article {
  const dated = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/.exec(text);
  const day = dated?.[1];
  // no date line: the page's own dateline if it has one (as Import reads it), else unknown (1970)
  const date = day === undefined ? fallbackDate : day.length === 7 ? `${day}-01` : day;
  // the date line may run on into the headline (" date 2017-06-19 Russia Signs…"): keep the rest
  const body = dated ? text.slice(dated[0].length) : text;
  const input = { text: body.trim() === '' ? text : body, kind: 'txt' as const, date };
  const options = { today: new Date(1970, 0, 1) };
  try {
    return { ...readImport(input, options), id };
  } catch (error) {
    if (!(error instanceof ImportError) || !/title/.test(error.message)) throw error;
    // The first line is a paragraph, too long for a title: a reader would type one; the text
    // keeps its first paragraph, and the title adds nothing the text does not say.
    return { ...readImport({ ...input, title: UNTITLED }, options), id };
  }
}
