// A pulled report's text as the article a reader would get by pasting it into Import.
import type { Article } from '../../src/lib/content/article.ts';
import { ImportError, MAX_TITLE_CHARS, readImport } from '../../src/lib/import/read-import.ts';

/**
 * Reads a pulled text the way Import reads a paste: its first line is the title. A leading
 * ` date YYYY-MM-DD` line (the page's date as the search corpus knows it) becomes the date,
 * as a reader would type it in the Date field; without one the date is left unknown (1970).
 */
export function articleFromReport(id: string, text: string): Article {
  const dated = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/.exec(text);
  const day = dated?.[1];
  const date = day === undefined ? '1970-01-01' : day.length === 7 ? `${day}-01` : day;
  // the date line may run on into the headline (" date 2017-06-19 Russia Signs…"): keep the rest
  const body = dated ? text.slice(dated[0].length) : text;
  const input = { text: body.trim() === '' ? text : body, kind: 'txt' as const, date };
  try {
    return { ...readImport(input), id };
  } catch (error) {
    if (!(error instanceof ImportError) || !/title/.test(error.message)) throw error;
    // The first line is a paragraph: a reader would type a short title, here its opening words.
    const title = input.text.trim().split(/\s+/).slice(0, 12).join(' ').slice(0, MAX_TITLE_CHARS);
    return { ...readImport({ ...input, title }), id };
  }
}
