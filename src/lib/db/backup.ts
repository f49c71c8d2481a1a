// A copy of the reader's own data kept outside IndexedDB, for the day the browser deletes the
// database. Chromium does so when it finds its log corrupted at start, and a full disk corrupts
// it: a write cut off by the full disk leaves half a record at the end of the log, a later write
// (once there is room again) goes after it, and at the next start the half record is in the
// middle, "corruption", and the database is deleted and made again, empty. The copy is the
// reader-data file Settings exports, in the origin private file system (plain files, apart from
// the database's), rewritten a few seconds after the reader's data changes. When a start finds
// a database that is not the one the copy was made of, the database was made again: the copy is
// merged back into it, as "Import data" would.
import Dexie, { type ObservabilitySet } from 'dexie';
import { checkReaderData, exportReaderData, importReaderData, type ImportSummary, type ReaderDataFile } from './reader-data.ts';
import type { SortieDb } from './schema.ts';

/** Where the copy is kept: a file of the origin private file system, or a test's stand-in. */
export interface BackupStore {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

const FILE = 'reader-data-backup.json';
const DATABASE_ID = 'databaseId';

/** The origin private file system's copy, or null where the browser has none (Node, old browsers). */
export function fileBackupStore(): BackupStore | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null;
  const directory = () => navigator.storage.getDirectory();
  return {
    async read() {
      try {
        return await (await (await directory()).getFileHandle(FILE)).getFile().then((file) => file.text());
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return null;
        throw error;
      }
    },
    async write(text) {
      const writable = await (await (await directory()).getFileHandle(FILE, { create: true })).createWritable();
      await writable.write(text);
      await writable.close(); // the file is replaced only now: a write cut short leaves the old copy
    },
  };
}

/** The copy: the reader's data, and the database it was read from. */
interface Backup {
  databaseId: string;
  data: ReaderDataFile;
}

/** This database's id, made the first time it is asked for; a database made again gets a new one. */
async function databaseId(db: SortieDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(DATABASE_ID);
    if (typeof stored?.value === 'string') return stored.value;
    const made = crypto.randomUUID();
    await db.meta.put({ key: DATABASE_ID, value: made });
    return made;
  });
}

/** The copy as text; its export time is left at 1970, so that an unchanged copy reads the same. */
async function backupText(db: SortieDb): Promise<string> {
  const backup: Backup = { databaseId: await databaseId(db), data: await exportReaderData(db, new Date(0)) };
  return JSON.stringify(backup);
}

/** Writes the copy of the reader's data as it is now; returns the text written. */
export async function writeBackup(db: SortieDb, store: BackupStore): Promise<string> {
  const text = await backupText(db);
  await store.write(text);
  return text;
}

/**
 * At start: when the copy was made of another database than this one (the browser deleted the
 * database and made it again), merges the copy back in and says what came back. Null when there
 * is no copy, or it is this database's.
 */
export async function restoreAfterWipe(db: SortieDb, store: BackupStore): Promise<ImportSummary | null> {
  const text = await store.read();
  if (text === null) return null;
  let backup: Backup;
  try {
    const value = JSON.parse(text) as { databaseId?: unknown; data?: unknown };
    if (typeof value.databaseId !== 'string') return null;
    backup = { databaseId: value.databaseId, data: checkReaderData(value.data) };
  } catch {
    return null; // a copy this version cannot read restores nothing, and is replaced
  }
  const stored = await db.meta.get(DATABASE_ID);
  if (stored?.value === backup.databaseId) return null;
  // a database older than the copy's feature has no id and the reader's data in it: not wiped
  if (stored === undefined && (await db.readerState.count()) + (await db.settings.count()) + (await db.articles.where('origin').equals('imported').count()) > 0) return null;
  return importReaderData(db, backup.data);
}

/** "Your 3 bookmarks and 2 imported articles were restored …": what a restore tells the reader. */
export function restoredText(summary: ImportSummary): string {
  const bookmarks = summary.bookmarksAdded;
  const articles = summary.articlesAdded;
  const what = [
    bookmarks > 0 && `${bookmarks} ${bookmarks === 1 ? 'bookmark' : 'bookmarks'}`,
    articles > 0 && `${articles} imported ${articles === 1 ? 'article' : 'articles'}`,
  ].filter((part): part is string => typeof part === 'string');
  const restored = what.length > 0 ? `your ${what.join(' and ')} were brought back` : 'your reading state and settings were brought back';
  return `The browser had emptied Sortie’s database (it does so after the device runs out of space); ${restored} from Sortie’s own copy.`;
}

/**
 * Keeps the copy in step: a few seconds after a committed change to the reader's data, in this
 * tab or another, the copy is written again (not when nothing in it changed). Returns the
 * function that stops it.
 */
export function keepBackup(db: SortieDb, store: BackupStore, delayMs = 3_000): () => void {
  const tables = ['readerState', 'settings', 'articles', 'contracts'].map((table) => `idb://${db.name}/${table}/`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: string | null = null;
  const write = async () => {
    try {
      const text = await backupText(db);
      if (text === last) return;
      await store.write(text);
      last = text;
    } catch (error) {
      // a full disk keeps the last copy, which is what a restore needs
      console.warn('Sortie could not update its copy of your data:', error);
    }
  };
  const listener = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => tables.some((table) => part.startsWith(table)))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
