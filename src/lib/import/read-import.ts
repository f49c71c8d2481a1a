import { ContentError, type Article } from '../content/article.ts';
import { parseArticle } from '../content/parse-article.ts';
import { MAX_HTML_NESTING, nestingDepth, readHtmlPage } from './html-page.ts';
import { markdownToText } from './markdown-text.ts';
import { isDateLine, pageDateFromText } from './page-date.ts';
import { separateParagraphLines } from './paragraph-lines.ts';
import { localIsoDay, numberText } from '../format.ts';
import { ImportError, checkSize, type ImportInput, type ImportKind, type ReadImportOptions } from './import-file.ts';

// Reads what the reader gave into an article. Runs in the import worker (mine-worker.ts), and
// here in Node; the page's side of an import needs only import-file.ts, re-exported here.
export { ImportError, MAX_IMPORT_BYTES, importKindOf, readImportFile, type ImportInput, type ImportKind, type ReadImportOptions } from './import-file.ts';

/** A title longer than this is a paragraph, not a title. */
export const MAX_TITLE_CHARS = 200;
/** The publication an import gets when neither the reader nor the page names one. */
export const DEFAULT_PUBLICATION = 'Imported';

/** Parsed sources need a file name for their id; an import's id is replaced afterwards. */
const PARSE_NAME = 'imported.txt';

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
    if (nestingDepth(source) > MAX_HTML_NESTING) {
      throw new ImportError(
        `This page nests its elements more than ${numberText(MAX_HTML_NESTING)} levels deep, which no article needs: Sortie does not read it. Copy the article’s text and paste it instead.`,
      );
    }
    const read = readHtmlPage(source);
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
