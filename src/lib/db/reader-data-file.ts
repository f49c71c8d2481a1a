// The reader-data file: its format, the checks a file must pass (each refusal names the field
// and where it is), how two readings of an article's state merge, and what an import says to
// the reader. Pure: the writes are in reader-data.ts.
import type { Article } from '../content/article.ts';
import { dateProblem, isHttpUrl } from '../content/front-matter.ts';
import { hashJson, stableJson } from '../content/hash.ts';
import { countOf, localIsoDay } from '../format.ts';
import { formatBytes } from '../pwa/storage.ts';
import { isPreferenceValue, TEXT_SIZES, THEMES, type Preferences } from './preferences.ts';
import type { ReaderState, SettingRow, StoredArticle } from './schema.ts';

export const READER_DATA_FORMAT = 'sortie-reader-data';
export const READER_DATA_VERSION = 1;
/** The largest file `parseReaderData` reads: far above any reader's data, well below a tab's memory. */
export const MAX_READER_DATA_BYTES = 20_000_000;

/** A reader-data export: the reader's state, settings and imported articles, versioned. */
export interface ReaderDataFile {
  format: typeof READER_DATA_FORMAT;
  version: typeof READER_DATA_VERSION;
  /** ISO 8601 date-time of the export. */
  exportedAt: string;
  readerState: ReaderState[];
  settings: SettingRow[];
  /** Plain articles, without their mined records: an import mines them again. */
  importedArticles: Article[];
}

/** A reader-data file that cannot be used; the message says what is wrong and where. */
export class ReaderDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReaderDataError';
  }
}

/** What an import changed. */
export interface ImportSummary {
  /** Articles whose reading state (read, position, bookmark) was added or changed. */
  statesMerged: number;
  /** Bookmarks this device did not have. */
  bookmarksAdded: number;
  /** Bookmarks this device had that the file, more recent, has taken away. */
  bookmarksRemoved: number;
  /** Settings whose value changed. */
  settingsApplied: number;
  /** Imported articles newly stored, renamed ones included. */
  articlesAdded: number;
  /** Of those, stored under a new id because this device has a different article with theirs. */
  articlesRenamed: number;
  /** Imported articles this device already had, word for word. */
  articlesUnchanged: number;
  /** Articles not stored because their id is that of an article bundled with Sortie. */
  articlesSkipped: number;
  /** Bookmarks for articles this device does not have: kept, for articles still to come, and told. */
  bookmarksForMissing: number;
}

/** The file's text: JSON indented by two spaces, readable and diffable. */
export function serializeReaderData(file: ReaderDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `sortie-reader-data-2026-11-27.json`, dated in the reader's own time zone. */
export function readerDataFileName(now = new Date()): string {
  return `sortie-reader-data-${localIsoDay(now)}.json`;
}

/** Reads and checks a file the reader chose; refuses one too large before reading it. */
export async function readReaderDataFile(file: Blob): Promise<ReaderDataFile> {
  checkSize(file.size);
  return parseReaderData(await file.text());
}

/** Reads an export; throws ReaderDataError saying what is wrong and where. */
export function parseReaderData(text: string): ReaderDataFile {
  // UTF-8 takes at least one byte per UTF-16 unit, so only long texts need counting.
  checkSize(text.length * 3 <= MAX_READER_DATA_BYTES ? text.length : new TextEncoder().encode(text).length);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReaderDataError(`This file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return checkReaderData(value);
}

/**
 * Checks a parsed export and returns a clean copy: only the fields Sortie knows, each article's
 * hash recomputed from its text.
 */
export function checkReaderData(value: unknown): ReaderDataFile {
  if (!isRecord(value) || value.format !== READER_DATA_FORMAT) {
    fail(`This is not a Sortie export: it has no "format": "${READER_DATA_FORMAT}".`);
  }
  if (!('version' in value)) fail('The file is missing its version.');
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail(`version is not a version number (Sortie writes ${READER_DATA_VERSION}).`);
  }
  if (version > READER_DATA_VERSION) {
    fail(
      `This export is from a newer version of Sortie (version ${version}); this app reads version ${READER_DATA_VERSION}. Update Sortie and try again.`,
    );
  }
  const exportedAt = value.exportedAt;
  if (!('exportedAt' in value)) fail('The file is missing its exportedAt.');
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    fail('exportedAt is not a date and time.');
  }
  return {
    format: READER_DATA_FORMAT,
    version: READER_DATA_VERSION,
    exportedAt,
    readerState: unique(list(value, 'readerState').map(checkState), 'readerState', 'articleId', (s) => s.articleId),
    settings: unique(list(value, 'settings').map(checkSetting), 'settings', 'key', (s) => s.key),
    importedArticles: unique(list(value, 'importedArticles').map(checkArticle), 'importedArticles', 'id', (a) => a.id),
  };
}

/**
 * One article's reading state merged from this device's row and a row from elsewhere: the row
 * changed last wins the bookmark and position (this device's on a tie); read stays read, from
 * the earlier time.
 */
export function mergeReaderState(here: ReaderState | undefined, incoming: ReaderState): ReaderState {
  if (!here) return { ...incoming };
  const winner = incoming.updatedAt > here.updatedAt ? incoming : here;
  const readTimes = [here.readAt, incoming.readAt].filter((time): time is number => time !== null);
  return {
    articleId: here.articleId,
    readAt: readTimes.length > 0 ? Math.min(...readTimes) : null,
    bookmarkedAt: winner.bookmarkedAt,
    position: winner.position,
    updatedAt: Math.max(here.updatedAt, incoming.updatedAt),
  };
}

/** " (2 new bookmarks, 1 bookmark removed)", or nothing when no bookmark changed. */
function bookmarkChanges(summary: ImportSummary): string {
  const changes = [
    summary.bookmarksAdded > 0 && count(summary.bookmarksAdded, 'new bookmark'),
    summary.bookmarksRemoved > 0 && `${count(summary.bookmarksRemoved, 'bookmark')} removed`,
  ].filter((part): part is string => typeof part === 'string');
  return changes.length > 0 ? ` (${changes.join(', ')})` : '';
}

/** The summary in words, for the reader. */
export function describeImport(summary: ImportSummary): string {
  const parts = [
    summary.statesMerged > 0 &&
      `reading state for ${count(summary.statesMerged, 'article')}` + bookmarkChanges(summary),
    summary.settingsApplied > 0 && count(summary.settingsApplied, 'setting'),
    summary.articlesAdded > 0 && count(summary.articlesAdded, 'imported article'),
  ].filter((part): part is string => typeof part === 'string');
  const sentences = [
    parts.length > 0
      ? `Imported ${joinList(parts)}.`
      : 'Nothing new to import: this device already has everything in the file.',
  ];
  if (summary.articlesRenamed > 0) {
    sentences.push(
      `${count(summary.articlesRenamed, 'article')} got a new id because this device has a different article with the same one.`,
    );
  }
  if (summary.articlesUnchanged > 0 && parts.length > 0) {
    sentences.push(`${count(summary.articlesUnchanged, 'article')} ${summary.articlesUnchanged === 1 ? 'was' : 'were'} already here.`);
  }
  if (summary.bookmarksForMissing > 0) {
    const n = summary.bookmarksForMissing;
    sentences.push(
      `${count(n, 'bookmark')} ${n === 1 ? 'is' : 'are'} for ${n === 1 ? 'an article' : 'articles'} this device does not have: kept, ${n === 1 ? 'it shows' : 'they show'} in Saved if ${n === 1 ? 'that article arrives' : 'those articles arrive'} with a content update.`,
    );
  }
  if (summary.articlesSkipped > 0) {
    sentences.push(
      `${count(summary.articlesSkipped, 'article')} ${summary.articlesSkipped === 1 ? 'was' : 'were'} skipped: ${summary.articlesSkipped === 1 ? 'its id is' : 'their ids are'} taken by articles that come with Sortie.`,
    );
  }
  return sentences.join(' ');
}

// ——— Articles ———

const ARTICLE_KEYS = [
  'id',
  'title',
  'date',
  'publication',
  'url',
  'tags',
  'paragraphs',
  'comments',
  'related',
  'wordCount',
  'readingMinutes',
] as const satisfies readonly (keyof Article)[];

export function articleFields(article: Omit<Article, 'hash'>): Omit<Article, 'hash'> {
  return Object.fromEntries(ARTICLE_KEYS.map((key) => [key, article[key]])) as Omit<Article, 'hash'>;
}

export function withHash(article: Omit<Article, 'hash'>): Article {
  const fields = articleFields(article);
  return { ...fields, hash: hashJson(fields) };
}

/** A stored article as a plain one: no origin, and the hash of its text (a stored row's covers its records). */
export function plainArticle(row: StoredArticle): Article {
  return withHash(row);
}

// ——— Checking a file ———

type Json = Record<string, unknown>;

function fail(message: string): never {
  throw new ReaderDataError(message);
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkSize(bytes: number) {
  if (bytes > MAX_READER_DATA_BYTES) {
    fail(`This file is larger than ${formatBytes(MAX_READER_DATA_BYTES)}, the most Sortie reads from a data file.`);
  }
}

function list(file: Json, key: string): unknown[] {
  if (!(key in file)) fail(`The file is missing its ${key}.`);
  const value = file[key];
  if (!Array.isArray(value)) fail(`${key} is not a list.`);
  return value;
}

function unique<T>(items: T[], path: string, key: string, of: (item: T) => string): T[] {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(of(item));
    if (earlier !== undefined) fail(`${path}[${i}].${key} "${of(item)}" is already used by ${path}[${earlier}].`);
    first.set(of(item), i);
  });
  return items;
}

/** Reads one field of an entry, failing if it is absent or `ok` says no. */
function field<T>(entry: Json, path: string, key: string, ok: (value: unknown) => value is T, what: string): T {
  if (!(key in entry)) fail(`${path} is missing its ${key}.`);
  const value = entry[key];
  if (!ok(value)) fail(`${path}.${key} is not ${what}.`);
  return value;
}

function entryAt(value: unknown, path: string, what: string): Json {
  if (!isRecord(value)) fail(`${path} is not ${what}.`);
  return value;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isName = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isTimeOrNull = (value: unknown): value is number | null => value === null || isTime(value);
const isFraction = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTexts = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isTitleOrNull = (value: unknown): value is string | null => value === null || isText(value);
/** A date as front matter accepts it (the article must parse again once imported). */
const isDate = (value: unknown): value is string => typeof value === 'string' && dateProblem(value) === null;
/** Only web addresses, as front matter accepts them: the article view links to it. */
const isWebAddressOrNull = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && isHttpUrl(value));

function checkState(value: unknown, i: number): ReaderState {
  const path = `readerState[${i}]`;
  const entry = entryAt(value, path, 'an article’s reading state');
  return {
    articleId: field(entry, path, 'articleId', isName, 'an article id'),
    readAt: field(entry, path, 'readAt', isTimeOrNull, 'a time or null'),
    bookmarkedAt: field(entry, path, 'bookmarkedAt', isTimeOrNull, 'a time or null'),
    position: field(entry, path, 'position', isFraction, 'a number between 0 and 1'),
    updatedAt: field(entry, path, 'updatedAt', isTime, 'a time'),
  };
}

const KNOWN_SETTINGS: { [K in keyof Preferences]: readonly Preferences[K][] } = { theme: THEMES, textSize: TEXT_SIZES };

function checkSetting(value: unknown, i: number): SettingRow {
  const path = `settings[${i}]`;
  const entry = entryAt(value, path, 'a setting');
  const key = field(entry, path, 'key', isName, 'a setting name');
  if (!('value' in entry)) fail(`${path} is missing its value.`);
  // own keys only: "constructor" or "toString" are no setting of Sortie's, whatever an object inherits
  if (Object.hasOwn(KNOWN_SETTINGS, key)) {
    const known = key as keyof Preferences;
    if (!isPreferenceValue(known, entry.value)) {
      const allowed = KNOWN_SETTINGS[known].map((choice) => `"${choice}"`).join(', ');
      fail(`${path}.value is not a ${key} Sortie knows (${allowed}).`);
    }
  }
  return { key, value: entry.value };
}

function checkArticle(value: unknown, i: number): Article {
  const path = `importedArticles[${i}]`;
  const entry = entryAt(value, path, 'an article');
  const id = field(entry, path, 'id', isName, 'an article id');
  const title = field(entry, path, 'title', isName, 'a title');
  const date = field(entry, path, 'date', isDate, 'an ISO 8601 date');
  const publication = field(entry, path, 'publication', isText, 'text');
  const url = field(entry, path, 'url', isWebAddressOrNull, 'a web address (http or https) or null');
  const tags = field(entry, path, 'tags', isTexts, 'a list of tags');
  const paragraphs = field(entry, path, 'paragraphs', isTexts, 'a list of paragraphs');
  if (paragraphs.length === 0) fail(`${path}.paragraphs has no text.`);
  const comments = field(entry, path, 'comments', isTexts, 'a list of comments');
  const related = field(entry, path, 'related', isRecord, 'a pair of related titles');
  const relatedPath = `${path}.related`;
  return withHash({
    id,
    title,
    date,
    publication,
    url,
    tags,
    paragraphs,
    comments,
    related: {
      previous: field(related, relatedPath, 'previous', isTitleOrNull, 'a title or null'),
      next: field(related, relatedPath, 'next', isTitleOrNull, 'a title or null'),
    },
    wordCount: field(entry, path, 'wordCount', isCount, 'a whole number'),
    readingMinutes: field(entry, path, 'readingMinutes', isCount, 'a whole number'),
  });
}

// ——— Small helpers ———

export function sameState(a: ReaderState, b: ReaderState): boolean {
  return (
    a.readAt === b.readAt && a.bookmarkedAt === b.bookmarkedAt && a.position === b.position && a.updatedAt === b.updatedAt
  );
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a !== undefined && stableJson(a) === stableJson(b);
}

function count(n: number, noun: string): string {
  return countOf(n, noun, `${noun}s`);
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

