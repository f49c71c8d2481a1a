// A database of its own for each test, deleted after it. Import after 'fake-indexeddb/auto'.
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { createDb, type SortieDb } from '../../src/lib/db/schema.ts';

const opened: Dexie[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A new, empty Sortie database with the current schema, deleted after the test. */
export function freshDb(): SortieDb {
  return deleteAfterTest(createDb(`test-${crypto.randomUUID()}`));
}

/** Deletes a database the test opened itself (an old schema, a second device) after the test. */
export function deleteAfterTest<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
