import { ContentError, type Article } from '../content/article.ts';
import { parseArticle } from '../content/parse-article.ts';
import { formatBytes } from '../pwa/storage.ts';
import { MAX_HTML_NESTING, nestingDepth, readHtmlPage, type DomParserClass } from './html-page.ts';
import { markdownToText } from './markdown-text.ts';
import { isDateLine, pageDateFromText } from './page-date.ts';
import { separateParagraphLines } from './paragraph-lines.ts';
import { localIsoDay } from '../format.ts';

/** The largest text or file Sortie imports: 2 MB, far more than any article. */
export const MAX_IMPORT_BYTES = 2_000_000;
/** A title longer than this is a paragraph, not a title. */
export const MAX_TITLE_CHARS = 200;
/** The publication an import gets when neither the reader nor the page names one. */
export const DEFAULT_PUBLICATION = 'Imported';

/** How the text arrived: pasted, or read from a file of this kind. */
export type ImportKind = 'paste' | 'txt' | 'md' | 'html';

/** What the reader gave to import: the text, and the facts they chose to fill in. */
export interface ImportInput {
  text: string;
  kind: ImportKind;
  /** The file's name, for messages; absent for pasted text. */
  fileName?: string;
  /** Size in bytes as read (a file's `size`); measured from `text` when absent. */
  size?: number;
  title?: string;
  /** ISO 8601 date; today when absent and the page names none. */
  date?: string;
  publication?: string;
  url?: string;
}

/** Options for tests: a DOMParser where the global one is missing, and a fixed "today". */
export interface ReadImportOptions {
  DOMParser?: DomParserClass;
  today?: Date;
  /** Aborted when the reader cancels: mining stops and nothing is stored. */
  signal?: AbortSignal;
}

/** Something the reader gave cannot be imported; the message says what, in words. */
export class ImportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
  }
}

const EXTENSIONS: Record<string, Exclude<ImportKind, 'paste'>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};
const MEDIA_TYPES: Record<string, Exclude<ImportKind, 'paste'>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
};
/** Parsed sources need a file name for their id; an import's id is replaced afterwards. */
const PARSE_NAME = 'imported.txt';

/** The kind of file a name (or, without an extension, a media type) says it is. */
export function importKindOf(fileName: string, mediaType = ''): Exclude<ImportKind, 'paste'> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const kind = extension === undefined ? MEDIA_TYPES[mediaType.split(';')[0]!.trim()] : EXTENSIONS[extension];
  if (kind) return kind;
  throw new ImportError(
    extension === undefined
      ? `Sortie imports .txt, .md and .html files: “${fileName}” has no extension to say which it is.`
      : `Sortie imports .txt, .md and .html files, not .${extension} files.`,
  );
}

/** Reads a picked file as import input: checks its kind and size before reading it. */
export async function readImportFile(file: File): Promise<Pick<ImportInput, 'text' | 'kind' | 'fileName' | 'size'>> {
  const kind = importKindOf(file.name, file.type);
  checkSize(file.size, file.name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { text: decode(bytes, kind), kind, fileName: file.name, size: file.size };
}

/**
 * Turns what the reader gave into an article with the same parser as bundled articles, so the
 * same furniture rules apply. Throws ImportError saying what is wrong. The article's id is a
 * placeholder: `importArticle` (import-article.ts) gives it a free one.
 */
export function readImport(input: ImportInput, options: ReadImportOptions = {}): Article {
  const { text, kind, fileName } = input;
  checkSize(input.size ?? new TextEncoder().encode(text).length, fileName);
  const binary = binaryProblem(text);
  if (binary) throw new ImportError(`${fileName === undefined ? 'This text' : 'This file'} looks binary, not text: ${binary}.`);
  if (text.trim() === '') {
    throw new ImportError(fileName === undefined ? 'The text is empty.' : `The file “${fileName}” is empty.`);
  }

  const source = text.replace(/^\uFEFF/, '');
  if (kind !== 'html' && startsWithFrontMatter(source)) return parseWithFrontMatter(source, kind);

  let body: string;
  let page: { title: string | null; date: string | null; publication: string | null; url: string | null } | null = null;
  if (kind === 'html') {
    const Parser = options.DOMParser ?? globalThis.DOMParser;
    if (!Parser) throw new ImportError('This browser cannot read web pages (it has no DOMParser).');
    if (nestingDepth(source) > MAX_HTML_NESTING) {
      throw new ImportError(
        `This page nests its elements more than ${MAX_HTML_NESTING.toLocaleString('en-GB')} levels deep, which no article needs: Sortie does not read it. Copy the article’s text and paste it instead.`,
      );
    }
    const read = readHtmlPage(source, Parser);
    if (read.text === '') throw new ImportError('No article text was found in this page.');
    ({ text: body, ...page } = read);
  } else {
    body = kind === 'md' ? markdownToText(source) : separateParagraphLines(source);
  }

  const lines = body.split(/\r\n|\r|\n/);
  // a page's date line on top ("Monday, July 12, 2010") is its date, not its title
  const first = lines.findIndex((line) => line.trim() !== '' && !isDateLine(line));
  const firstLine = oneLine(lines[first] ?? '');
  let title = oneLine(input.title ?? '') || page?.title || '';
  if (title === '') {
    // a first line that runs on into the next one is the start of a paragraph, not a title
    const second = lines.slice(first + 1).find((line) => line.trim() !== '') ?? '';
    if (first !== -1 && lines[first + 1]?.trim() !== '' && /^\s*\p{Ll}/u.test(second) && !/[.!?…:"”»]$/.test(firstLine)) {
      throw new ImportError('The text starts with a paragraph, not a title: type a title in the Title field.');
    }
    if (firstLine.length > MAX_TITLE_CHARS) {
      throw new ImportError(
        `The article needs a title: its first line is too long to be one (over ${MAX_TITLE_CHARS} characters). Type a title in the Title field.`,
      );
    }
    title = firstLine;
  }
  // The title is not body text: drop it when the text opens with it (the usual case for a page's <h1>),
  // and the dateline above it, which gives the date below.
  if (first !== -1 && firstLine.toLowerCase() === title.toLowerCase()) lines.splice(0, first + 1);

  const fields: [string, string | null][] = [
    ['title', title],
    ['date', oneLine(input.date ?? '') || pageDate(page?.date) || (kind === 'html' ? null : pageDateFromText(body)) || localIsoDay(options.today ?? new Date())],
    ['publication', oneLine(input.publication ?? '') || page?.publication || DEFAULT_PUBLICATION],
    ['url', oneLine(input.url ?? '') || page?.url || null],
  ];
  const header = ['---', ...fields.filter(([, value]) => value !== null).map(([key, value]) => `${key}: "${value}"`), '---'];
  try {
    return parseArticle([...header, ...lines].join('\n'), PARSE_NAME);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (error.reason.startsWith('empty body')) {
      throw new ImportError(
        kind === 'html' ? 'No article text was found in this page.' : 'There is no article text after the title.',
        { cause: error },
      );
    }
    const field = error.line > 1 && error.line < header.length ? header[error.line - 1]!.split(':')[0] : null;
    throw new ImportError(
      field ? `Check the ${field} field: ${error.reason}.` : `Line ${error.line - header.length}: ${error.reason}.`,
      { cause: error },
    );
  }
}

function checkSize(bytes: number, fileName: string | undefined): void {
  if (bytes <= MAX_IMPORT_BYTES) return;
  const what = fileName === undefined ? 'The pasted text' : `The file “${fileName}”`;
  // just over the limit, both round to "2 MB": then the bytes themselves tell the difference
  const [size, limit] = formatBytes(bytes) === formatBytes(MAX_IMPORT_BYTES)
    ? [`${bytes.toLocaleString('en-GB')} bytes`, `${MAX_IMPORT_BYTES.toLocaleString('en-GB')} bytes`]
    : [formatBytes(bytes), formatBytes(MAX_IMPORT_BYTES)];
  throw new ImportError(`${what} is ${size}: Sortie imports up to ${limit}.`);
}

/** Why `text` looks like a binary file read as text, or null when it looks like text. */
function binaryProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'it contains NUL bytes';
  const sample = text.slice(0, 65_536);
  // Control characters other than tab, line and page breaks, and U+FFFD for bytes that were not UTF-8.
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (sample.length > 0 && odd / sample.length > 0.1) {
    return `${Math.round((odd / sample.length) * 100)}% of its characters are control characters or unreadable bytes`;
  }
  return null;
}

function startsWithFrontMatter(source: string): boolean {
  return /^\s*---[ \t]*(?:\r\n|\r|\n|$)/.test(source);
}

/** Text that carries its own front matter is parsed as is (Markdown bodies reduced to text first). */
function parseWithFrontMatter(source: string, kind: ImportKind): Article {
  let text = source;
  if (kind === 'md') {
    const lines = source.split(/\r\n|\r|\n/);
    const open = lines.findIndex((line) => line.trim() === '---');
    const close = lines.findIndex((line, index) => index > open && line.trim() === '---');
    if (close !== -1) text = [...lines.slice(0, close + 1), markdownToText(lines.slice(close + 1).join('\n'))].join('\n');
  }
  try {
    return parseArticle(text, PARSE_NAME);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    if (error.reason.startsWith('empty body')) {
      throw new ImportError('There is no article text after the front matter.', { cause: error });
    }
    throw new ImportError(`Line ${error.line}: ${error.reason}.`, { cause: error });
  }
}

/** A page's date as the front matter accepts it: fractions of a second and `+0000` offsets tidied, else the day. */
function pageDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const tidy = value.trim().replace(/(T\d{2}:\d{2}:\d{2})\.\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/.test(tidy)) return tidy;
  return /^\d{4}-\d{2}-\d{2}(?!\d)/.exec(tidy)?.[0] ?? null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Bytes as text: UTF-16 when a byte-order mark says so, an HTML page's declared charset, else UTF-8. */
function decode(bytes: Uint8Array, kind: ImportKind): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (kind === 'html') {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const charset = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    if (charset) {
      try {
        return new TextDecoder(charset).decode(bytes);
      } catch {
        // An unknown label: read it as UTF-8.
      }
    }
  }
  return new TextDecoder().decode(bytes);
}
