// What the page's side of an import needs before anything is parsed: the kinds of file, the
// size limit, reading a picked file's bytes as text, and Sortie's refusals. Reading the text
// into an article (read-import.ts, with the Markdown and HTML parsers) runs in the import worker.
import { numberText } from '../format.ts';
import { formatBytes } from '../pwa/storage.ts';

/** The largest text or file Sortie imports: 2 MB, far more than any article. */
export const MAX_IMPORT_BYTES = 2_000_000;
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

/** Where an import is: its text read, its contracts found, the article stored. */
export type ImportStep = 'reading' | 'mining' | 'storing';

/** Options: a fixed "today" for tests, a Cancel, and word of each step as it starts. */
export interface ReadImportOptions {
  today?: Date;
  onStep?: (step: ImportStep) => void;
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

/** Refuses a text or file over the import limit, giving its size and the limit so that "over" reads as over. */
export function checkSize(bytes: number, fileName: string | undefined): void {
  if (bytes <= MAX_IMPORT_BYTES) return;
  const what = fileName === undefined ? 'The pasted text' : `The file “${fileName}”`;
  // just over the limit, both round to "2 MB": then the bytes themselves tell the difference
  const [size, limit] = formatBytes(bytes) === formatBytes(MAX_IMPORT_BYTES)
    ? [`${numberText(bytes)} bytes`, `${numberText(MAX_IMPORT_BYTES)} bytes`]
    : [formatBytes(bytes), formatBytes(MAX_IMPORT_BYTES)];
  throw new ImportError(`${what} is ${size}: Sortie imports up to ${limit}.`);
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
