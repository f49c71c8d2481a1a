// A pulled report's text as the article a reader would get by pasting it into Import.
import type { Article } from '../../src/lib/content/article.ts';
import { ImportError, readImport } from '../../src/lib/import/read-import.ts';

const UNTITLED = 'Untitled report';

/**
 * Reads a pulled text the way Import reads a paste: its first line is the title. A leading
 * ` date YYYY-MM-DD` line (the page's date as the search corpus knows it) becomes the date,
 * as a reader would type it in the Date field; without one the date is left unknown (1970).
 */
export function articleFromReport(id: string, text: string): Article {
  const dated = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/.exec(text);
  const day = dated?.[1];
  // no date line: the page's own dateline if it has one (as Import reads it), else unknown (1970)
  const date = day === undefined ? undefined : day.length === 7 ? `${day}-01` : day;
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
