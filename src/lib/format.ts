const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "22 October 2020" for an ISO date or date-time; the text as given if it is not one. */
export function formatDate(iso: string): string {
  // Date.parse alone is lenient ("autumn 2020" parses in V8), so insist on ISO 8601 first.
  if (!/^\d{4}-\d{2}-\d{2}(T|$)/.test(iso)) return iso;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

// one formatter for every number: `toLocaleString` builds a new one each call, slow over hundreds
const numberFormat = new Intl.NumberFormat('en-GB');

/** "48,372": a number with thousands separated as British English does. */
export function numberText(n: number): string {
  return numberFormat.format(n);
}

/** "48,372 records", "1 record": a count and its noun, thousands separated as British English does. */
export function countOf(n: number, one: string, many: string): string {
  return `${numberText(n)} ${n === 1 ? one : many}`;
}

/** "3 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

/** The local calendar day as `YYYY-MM-DD` (for file names and default dates: the reader's today). */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
