// A copy of the reader's own data kept outside IndexedDB, for the day the browser deletes the
// database. Chromium does so when it finds its log corrupted at start, and a full disk corrupts
// it: a write cut off by the full disk leaves half a record at the end of the log, a later write
// (once there is room again) goes after it, and at the next start the half record is in the
// middle, "corruption", and the database is deleted and made again, empty. The copy lives in the
// origin private file system (plain files, apart from the database's): one small file for the
// reading state and settings, rewritten a few seconds after they change, and one file per
// imported article, written once. When a start finds a database that is not the one the copy
// was made of, the database was made again: the copy is merged back into it, as "Import data"
// would.
import Dexie, { type ObservabilitySet } from 'dexie';
import { checkReaderData, importReaderData, plainArticle, READER_DATA_FORMAT, READER_DATA_VERSION, type ImportSummary } from './reader-data.ts';
import type { ReaderState, SettingRow, SortieDb } from './schema.ts';

/** Where the copy is kept: a folder of the origin private file system, or a test's stand-in. */
export interface BackupStore {
  read(name: string): Promise<string | null>;
  write(name: string, text: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** The files of the copy, with their sizes in bytes. */
  list(): Promise<{ name: string; size: number }[]>;
}

const FOLDER = 'reader-data-copy';
const STATE = 'state.json';
const DATABASE_ID = 'databaseId';
const importFile = (id: string) => `import-${encodeURIComponent(id)}.json`;
const isImportFile = (name: string) => name.startsWith('import-') && name.endsWith('.json');

/** The origin private file system's folder, or null where the browser has none (Node, old browsers). */
export function fileBackupStore(): BackupStore | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null;
  const folder = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(FOLDER, { create: true });
  const missing = (error: unknown) => error instanceof DOMException && error.name === 'NotFoundError';
  return {
    async read(name) {
      try {
        return await (await (await folder()).getFileHandle(name)).getFile().then((file) => file.text());
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async write(name, text) {
      const dir = await folder();
      const existed = await dir.getFileHandle(name).then(
        () => true,
        (error: unknown) => (missing(error) ? false : Promise.reject(error)),
      );
      try {
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close(); // the file is replaced only now: a write cut short leaves the old one
      } catch (error) {
        // a new file is made empty before it is written: one whose write failed (a full disk)
        // must not stay behind as an empty file, which no restore can read
        if (!existed) await dir.removeEntry(name).catch(() => undefined);
        throw error;
      }
    },
    async remove(name) {
      try {
        await (await folder()).removeEntry(name);
      } catch (error) {
        if (!missing(error)) throw error;
      }
    },
    async list() {
      const files: { name: string; size: number }[] = [];
      for await (const handle of (await folder()).values()) {
        if (handle.kind === 'file') files.push({ name: handle.name, size: (await (handle as FileSystemFileHandle).getFile()).size });
      }
      return files;
    },
  };
}

/** The small part of the copy: the database it was read from, the reading state and the settings. */
interface StateCopy {
  databaseId: string;
  readerState: ReaderState[];
  settings: SettingRow[];
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

async function stateText(db: SortieDb): Promise<string> {
  const [states, settings] = await db.transaction('r', [db.readerState, db.settings], () => Promise.all([db.readerState.toArray(), db.settings.toArray()]));
  const copy: StateCopy = {
    databaseId: await databaseId(db),
    readerState: states.map(({ articleId, readAt, bookmarkedAt, position, updatedAt }) => ({ articleId, readAt, bookmarkedAt, position, updatedAt })),
    settings: settings.map(({ key, value }) => ({ key, value })),
  };
  return JSON.stringify(copy);
}

/**
 * Brings the copy up to the database: the state file when it changed (`lastState`, the text last
 * written, saves a write), a file for each imported article it lacks, none for one deleted.
 * Returns the state text now in the copy.
 */
export async function writeBackup(db: SortieDb, store: BackupStore, lastState: string | null = null): Promise<string> {
  const state = await stateText(db);
  if (state !== lastState) await store.write(STATE, state);
  const ids = (await db.articles.where('origin').equals('imported').primaryKeys()).map(String);
  const wanted = new Set(ids.map(importFile));
  const files = (await store.list()).filter((file) => isImportFile(file.name));
  // an empty file (an earlier version's write cut short by a full disk) is written again
  const kept = new Set(files.filter((file) => file.size > 0).map((file) => file.name));
  const missing = ids.filter((id) => !kept.has(importFile(id)));
  for (const row of await db.articles.bulkGet(missing)) if (row) await store.write(importFile(row.id), JSON.stringify(plainArticle(row)));
  for (const { name } of files) if (!wanted.has(name)) await store.remove(name);
  return state;
}

/**
 * At start: when the copy was made of another database than this one (the browser deleted the
 * database and made it again), merges the copy back in and says what came back. Null when there
 * is no copy, or it is this database's.
 */
export async function restoreAfterWipe(db: SortieDb, store: BackupStore): Promise<ImportSummary | null> {
  const text = await store.read(STATE);
  if (text === null) return null;
  let state: StateCopy;
  try {
    state = JSON.parse(text) as StateCopy;
    if (typeof state.databaseId !== 'string') return null;
  } catch {
    return null; // a copy this version cannot read restores nothing, and is replaced
  }
  const stored = await db.meta.get(DATABASE_ID);
  if (stored?.value === state.databaseId) return null;
  // a database from before the copy existed, with the reader's data in it, was not emptied
  if (stored === undefined && (await db.readerState.count()) + (await db.settings.count()) + (await db.articles.where('origin').equals('imported').count()) > 0) return null;
  const articles: unknown[] = [];
  for (const { name } of (await store.list()).filter((file) => isImportFile(file.name))) {
    const article = await store.read(name);
    if (article === null) continue;
    // one article's file cut short (written on a full disk) costs that article, not the rest
    try {
      articles.push(JSON.parse(article) as unknown);
    } catch {
      console.warn(`Sortie could not read its copy of ${name}; the rest of the copy is brought back.`);
    }
  }
  let file;
  try {
    file = checkReaderData({ format: READER_DATA_FORMAT, version: READER_DATA_VERSION, exportedAt: new Date(0).toISOString(), readerState: state.readerState, settings: state.settings, importedArticles: articles });
  } catch {
    return null;
  }
  return importReaderData(db, file);
}

/**
 * "Your 3 bookmarks and 2 imported articles were brought back …": what a restore tells the
 * reader; null when nothing came back (a copy of nothing restores nothing worth saying).
 */
export function restoredText(summary: ImportSummary): string | null {
  if (summary.statesMerged + summary.settingsApplied + summary.articlesAdded === 0) return null;
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
 * tab or another, the copy is brought up to date. Returns the function that stops it.
 */
export function keepBackup(db: SortieDb, store: BackupStore, delayMs = 3_000, lastState: string | null = null): () => void {
  const tables = ['readerState', 'settings', 'articles'].map((table) => `idb://${db.name}/${table}/`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = lastState;
  const update = async () => {
    try {
      last = await writeBackup(db, store, last);
    } catch (error) {
      // a full disk keeps the last copy, which is what a restore needs
      console.warn('Sortie could not update its copy of your data:', error);
    }
  };
  const listener = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => tables.some((table) => part.startsWith(table)))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
