// The date a page copied as text states near its top, as news pages do under the headline:
// "Thursday, September 9, 2010", "21 Jul, 2017 14:37", "30.10.2014 13:55:31", "2025-11-11".

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\.?';
const PATTERNS: { pattern: RegExp; day: number; month: number; year: number }[] = [
  // September 9, 2010 / Jun 30, 2014
  { pattern: new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'iu'), month: 1, day: 2, year: 3 },
  // 21 Jul, 2017 / 9 September 2010 / 28 февраля 2014
  { pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'iu'), day: 1, month: 2, year: 3 },
  // 30.10.2014
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/, day: 1, month: 2, year: 3 },
  // 2025-11-11
  { pattern: /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/, year: 1, month: 2, day: 3 },
];
/** How many lines from the top a dateline may be, and how long its line may be. */
const LINES = 8;
const LINE_CHARS = 80;

const WEEKDAY = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье/giu;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?/g;

/**
 * Whether a line is a dateline and nothing more ("Monday, July 12, 2010", "21 Jul, 2017 14:37
 * GMT"): a date with at most two other words, such as a time zone or "Updated".
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (text.length > LINE_CHARS) return false;
  const match = PATTERNS.map(({ pattern }) => pattern.exec(text)).find((found) => found !== null);
  if (!match) return false;
  const rest = text.replace(match[0], ' ').replace(WEEKDAY, ' ').replace(TIME, ' ');
  return (rest.match(/\p{L}+/gu) ?? []).length <= 2;
}

/** "Today: Monday, November 30, 2015" in a site's header is the day the page was viewed, not its date. */
const TODAY_BEFORE = /(?:Today|Сегодня)\s*[:,]?\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)?,?\s*$/iu;

/** A line that says it dates the page, wherever it stands: "Article Posted on : - Aug 22, 2012", "Опубликовано: 5 мая 2015". */
const POSTED = /^(?:Article\s+)?(?:Posted|Published|Date published)(?:\s+on)?\b|^(?:Опубликовано|Дата публикации|Дата)(?!\p{L})/iu;

/** The page's date from a dateline near the top of the text (or a "Posted on" line anywhere), `YYYY-MM-DD`, or null. */
export function pageDateFromText(text: string): string | null {
  const all = text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
  return dateOfLines(all.slice(0, LINES)) ?? dateOfLines(all.filter((line) => line.length <= LINE_CHARS && POSTED.test(line)).slice(0, 1));
}

function dateOfLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const { pattern, day, month, year } of PATTERNS) {
      const match = pattern.exec(line);
      // a long line is a paragraph: its date counts only as the dateline it starts with
      if (!match || (line.length > LINE_CHARS && match.index > 0) || TODAY_BEFORE.test(line.slice(0, match.index))) continue;
      const m = /^\d+$/.test(match[month] ?? '') ? Number(match[month]) : MONTHS[(match[month] ?? '').slice(0, 3).toLowerCase()];
      const d = Number(match[day]);
      const y = Number(match[year]);
      if (!m || m > 12 || d < 1 || d > 31) continue;
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCDate() !== d) continue;
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    }
  }
  return null;
}
