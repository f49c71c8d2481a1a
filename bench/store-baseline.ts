// The baseline for the browser benchmark's "every article stored" row: what fetching the same
// packs and writing their articles, records and claims costs with raw IndexedDB, one transaction
// per pack, into object stores with the app's keys and indexes, and nothing of the app around it
// (no Dexie, no tag summary, no views reading between batches). bench/browser.ts bundles this
// file and runs it in a page of the app's origin.

interface PackRef {
  file: string;
}
interface PackedArticle {
  id: string;
  contracts: object[];
  claims: object[];
  [field: string]: unknown;
}

const NAME = 'bench-raw-store';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(NAME, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const articles = db.createObjectStore('articles', { keyPath: 'id' });
      for (const field of ['date', 'origin', 'hash']) articles.createIndex(field, field);
      articles.createIndex('tags', 'tags', { multiEntry: true });
      db.createObjectStore('contracts', { keyPath: 'id' }).createIndex('articleId', 'articleId');
      db.createObjectStore('claims', { keyPath: 'id' }).createIndex('articleId', 'articleId');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(request.result);
  });
}

function write(db: IDBDatabase, articles: PackedArticle[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['articles', 'contracts', 'claims'], 'readwrite');
    const [articleStore, contractStore, claimStore] = ['articles', 'contracts', 'claims'].map((name) => tx.objectStore(name));
    for (const { contracts, claims, ...article } of articles) {
      articleStore!.put({ ...article, origin: 'bundled' });
      contracts.forEach((record, index) => contractStore!.put({ ...record, id: `${article.id}#${index}`, articleId: article.id }));
      claims.forEach((claim, index) => claimStore!.put({ ...claim, id: `${article.id}#${index}`, articleId: article.id }));
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Times fetching every pack of the manifest and storing it raw; then deletes what it stored. */
export async function run(): Promise<{ ms: number; articles: number }> {
  await new Promise((resolve) => (indexedDB.deleteDatabase(NAME).onsuccess = resolve));
  const started = performance.now();
  const manifest = (await (await fetch('/content/manifest.json', { cache: 'no-store' })).json()) as { packs: PackRef[] };
  const db = await open();
  let articles = 0;
  for (const ref of manifest.packs) {
    const pack = (await (await fetch(`/${ref.file}`, { cache: 'no-store' })).json()) as { articles: PackedArticle[] };
    await write(db, pack.articles);
    articles += pack.articles.length;
  }
  const ms = performance.now() - started;
  db.close();
  await new Promise((resolve) => (indexedDB.deleteDatabase(NAME).onsuccess = resolve));
  return { ms, articles };
}
