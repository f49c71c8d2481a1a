// The baseline for the browser benchmark's search rows: what loading the stored index and
// answering a query costs with MiniSearch alone, in the page's own thread, with nothing of the
// app around it (no worker, no snippets, no drawing). bench/browser.ts bundles this file and runs
// it in a page of the app's origin, on the index the app stored.
import MiniSearch from 'minisearch';
import { ArticleIndex, ENGINE_OPTIONS, type IndexedDocument, type SerializedIndex } from '../src/lib/search/article-index.ts';

type Row = SerializedIndex;

function storedIndex(): Promise<Row> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sortie');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('searchIndex').objectStore('searchIndex').get('articles');
      get.onerror = () => reject(get.error);
      get.onsuccess = () => {
        open.result.close();
        if (get.result) resolve(get.result as Row);
        else reject(new Error('no stored search index'));
      };
    };
  });
}

/**
 * Times a raw read of the stored index, its load, one query, then each of `queries` alone; and
 * each of them as the app asks the engine (`ArticleIndex.match`: prefix from two letters, typos
 * from four, swapped letters), with no reading of articles, no snippets and no drawing.
 */
export async function run(queries: string[]): Promise<{ load: number; queries: number[]; appQueries: number[] }> {
  const started = performance.now();
  const row = await storedIndex();
  const engine = MiniSearch.loadJSON<IndexedDocument>(row.engine, ENGINE_OPTIONS);
  engine.search(queries[0]!, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
  const load = performance.now() - started;
  const times = queries.map((query) => {
    const start = performance.now();
    engine.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
    return performance.now() - start;
  });
  const index = new ArticleIndex(async () => [], row);
  for (const query of queries) index.match(query); // once each first, as the plain queries were
  const appTimes = queries.map((query) => {
    const start = performance.now();
    index.match(query);
    return performance.now() - start;
  });
  return { load, queries: times, appQueries: appTimes };
}
