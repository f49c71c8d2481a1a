import { ContentError } from './article.ts';

/** The fields an article source declares between its two `---` lines. */
export interface FrontMatter {
  title: string;
  date: string;
  publication: string;
  url: string | null;
  tags: string[];
}

/** Front matter plus where the body begins (0-based index into the source's lines). */
export interface FrontMatterResult {
  frontMatter: FrontMatter;
  bodyStart: number;
}

type Key = keyof FrontMatter;

const KEYS: readonly Key[] = ['title', 'date', 'publication', 'url', 'tags'];
const REQUIRED: readonly Key[] = ['title', 'date', 'publication'];
const FIELD_LINE = /^([A-Za-z][\w-]*)\s*:(.*)$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const isBlank = (line: string) => line.trim() === '';
const isFence = (line: string) => line.trim() === '---';

/**
 * Reads the front matter at the top of `lines` (a source already split into lines,
 * BOM removed). Throws ContentError pointing at the offending line.
 */
export function readFrontMatter(lines: readonly string[], file: string): FrontMatterResult {
  let open = 0;
  while (open < lines.length && isBlank(lines[open] ?? '')) open++;
  if (open === lines.length || !isFence(lines[open] ?? '')) {
    throw new ContentError(file, 1, 'no front matter: the file must start with a "---" line');
  }

  // Find the closing line first: without it, body text would be misread as bad fields.
  const close = lines.findIndex((text, index) => index > open && isFence(text));
  if (close === -1) {
    throw new ContentError(file, open + 1, 'front matter is not closed (no second "---" line)');
  }

  const values = new Map<Key, { value: string; line: number }>();
  for (let index = open + 1; index < close; index++) {
    const trimmed = (lines[index] ?? '').trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    const line = index + 1;
    const match = FIELD_LINE.exec(trimmed);
    if (!match) {
      throw new ContentError(file, line, `expected "key: value" in the front matter, got "${clip(trimmed)}"`);
    }
    const key = match[1] ?? '';
    if (!isKey(key)) {
      throw new ContentError(file, line, `unknown field "${key}" (known fields: ${KEYS.join(', ')})`);
    }
    const earlier = values.get(key);
    if (earlier) {
      throw new ContentError(file, line, `duplicate field "${key}" (first given on line ${earlier.line})`);
    }
    values.set(key, { value: unquote((match[2] ?? '').trim()), line });
  }

  for (const key of REQUIRED) {
    const field = values.get(key);
    if (!field) throw new ContentError(file, open + 1, `missing required field "${key}"`);
    if (field.value === '') throw new ContentError(file, field.line, `field "${key}" is empty`);
  }

  const date = values.get('date');
  const url = values.get('url');
  const tags = values.get('tags');
  if (date) {
    const problem = dateProblem(date.value);
    if (problem) throw new ContentError(file, date.line, problem);
  }
  if (url && url.value !== '' && !isHttpUrl(url.value)) {
    throw new ContentError(file, url.line, `url "${clip(url.value)}" is not an http(s) URL`);
  }

  return {
    frontMatter: {
      title: values.get('title')?.value ?? '',
      date: date?.value ?? '',
      publication: values.get('publication')?.value ?? '',
      url: url && url.value !== '' ? url.value : null,
      tags: tags ? readTags(tags.value, file, tags.line) : [],
    },
    bodyStart: close + 1,
  };
}

/** Milliseconds since the epoch for a valid front-matter date; no offset is read as UTC. */
export function dateInstant(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) return Number.NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone, zh = '0', zm = '0'] = m;
  const offset = zone && zone !== 'Z' ? (zone.startsWith('-') ? -1 : 1) * (+zh * 60 + +zm) : 0;
  return Date.UTC(+(y ?? 0), +(mo ?? 1) - 1, +(d ?? 1), +h, +mi - offset, +s);
}

/** Why `value` is not an acceptable date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const m = ISO_DATE.exec(value);
  if (!m) {
    return `date "${clip(value)}" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM])`;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zh = '0', zm = '0'] = m;
  const month = +(mo ?? 0);
  const day = +(d ?? 0);
  const realDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(+(y ?? 0), month);
  if (!realDate) return `date "${value}" is not a real calendar date`;
  if (+h > 23 || +mi > 59 || +s > 59 || +zh > 14 || +zm > 59) return `date "${value}" is not a real time of day`;
  return null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function readTags(value: string, file: string, line: number): string[] {
  let list = value;
  if (list.startsWith('[') || list.endsWith(']')) {
    if (!(list.startsWith('[') && list.endsWith(']'))) {
      throw new ContentError(file, line, `tags list "${clip(value)}" is missing its "[" or "]"`);
    }
    list = list.slice(1, -1);
  }
  return list
    .split(',')
    .map((tag) => unquote(tag.trim()))
    .filter((tag) => tag !== '');
}

/** An absolute http(s) address with a host and no spaces: the only links an article may carry. */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
    return value.slice(1, -1).trim();
  }
  return value;
}

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key);
}

/** Keeps quoted input short in error messages. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
