// Search-engine benchmark: why Sortie uses MiniSearch, and what its index costs.
// Run with `npx tsx bench/search.ts`. The corpus is synthetic (bench/synthetic-corpus.ts).
//
// Part 1 compares MiniSearch, FlexSearch and Orama on the same documents, each configured for
// what the Search view needs (field boosts, prefix search, small typos) with its own
// tokenizer. Orama's saved index holds the documents too (it has no index-only mode), and
// FlexSearch answers its first 20 per field without ranking the whole set. FlexSearch and
// Orama are devDependencies only for this comparison; the app ships MiniSearch alone. Part 2 measures Sortie's own index (src/lib/search), including the
// round trip through IndexedDB (fake-indexeddb here).
import 'fake-indexeddb/auto';
import { create, insertMultiple, load, save, search as oramaSearch } from '@orama/orama';
import { build } from 'esbuild';
import { Document as FlexDocument, type DocumentOptions } from 'flexsearch';
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Article } from '../src/lib/content/article.ts';
import { packArticle } from '../src/lib/content/pack-article.ts';
import { parseCorpus } from '../src/lib/content/parse-article.ts';
import { createDb } from '../src/lib/db/schema.ts';
import { syncBundle } from '../src/lib/db/sync.ts';
import { ArticleIndex } from '../src/lib/search/article-index.ts';
import { ensureSearchIndex } from '../src/lib/search/persisted-index.ts';
import { search } from '../src/lib/search/search.ts';
import { syntheticSources } from './synthetic-corpus.ts';
import { kB, time, timeAsync } from './timing.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const PREFIX_QUERIES = ['helic', 'maint', 'squad', 'rosobor', 'coop'];
const TYPO_QUERIES = ['helicoptr', 'maintenence', 'squadorn', 'rosoboronexprot', 'cooperaton'];
const REPEAT = 20;

const ms = (value: number) => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`);
const gz = (text: string) => gzipSync(text).length;

/** Median time of one query, over every query in the list repeated REPEAT times. */
function medianQuery(queries: string[], run: (query: string) => unknown): number {
  for (const query of queries) run(query); // warm up
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++) for (const query of queries) times.push(time(() => run(query))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function medianAsync(queries: string[], run: (query: string) => Promise<unknown>): Promise<number> {
  for (const query of queries) await run(query);
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++) for (const query of queries) times.push((await timeAsync(() => run(query)))[1]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The library as a browser would download it: bundled from `entry`, minified, gzipped. */
async function librarySize(entry: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

// A type alias, not an interface: FlexSearch wants an index signature.
type Doc = {
  id: string;
  title: string;
  tags: string;
  body: string;
  comments: string;
};

interface Engine {
  name: string;
  /** What the app would import: bundled to measure the library's size. */
  entry: string;
  /** Builds the index and returns its serialized form (JSON text) and a query function. */
  build(docs: Doc[]): { serialize(): string; query(q: string, fuzzy: boolean): unknown[] };
  /** Loads a serialized index; returns a query function. */
  load(json: string): (q: string, fuzzy: boolean) => unknown[];
}

const miniOptions = {
  fields: ['title', 'tags', 'body', 'comments'],
  storeFields: ['title'],
};
const miniSearchOptions = (fuzzy: boolean) => ({
  prefix: true,
  fuzzy: fuzzy ? 0.2 : false,
  boost: { title: 3, tags: 2, comments: 0.5 },
});

const minisearch: Engine = {
  name: `MiniSearch ${versionOf('minisearch')}`,
  entry: `import MiniSearch from 'minisearch'; export { MiniSearch };`,
  build(docs) {
    const index = new MiniSearch<Doc>(miniOptions);
    index.addAll(docs);
    return { serialize: () => JSON.stringify(index), query: (q, fuzzy) => index.search(q, miniSearchOptions(fuzzy)) };
  },
  load(json) {
    const index = MiniSearch.loadJSON<Doc>(json, miniOptions);
    return (q, fuzzy) => index.search(q, miniSearchOptions(fuzzy));
  },
};

// FlexSearch has no edit-distance matching: typos are met by its strongest phonetic encoder
// (the lighter ones found none of the typo queries) and `suggest`.
const flexOptions: DocumentOptions<Doc> = {
  tokenize: 'forward',
  encoder: 'LatinExtra',
  document: { id: 'id', index: ['title', 'tags', 'body', 'comments'], store: ['title'] },
};
const flexQuery = (index: FlexDocument<Doc>) => (q: string, fuzzy: boolean) =>
  index.search(q, { limit: 20, suggest: fuzzy, enrich: true, merge: true }) as unknown[];

const flexsearch: Engine = {
  name: `FlexSearch ${versionOf('flexsearch')}`,
  entry: `export { Document } from 'flexsearch';`,
  build(docs) {
    const index = new FlexDocument<Doc>(flexOptions);
    for (const doc of docs) index.add(doc);
    return {
      serialize() {
        const parts: Record<string, string> = {};
        index.export((key, data) => {
          parts[key] = data;
        });
        return JSON.stringify(parts);
      },
      query: flexQuery(index),
    };
  },
  load(json) {
    const index = new FlexDocument<Doc>(flexOptions);
    for (const [key, data] of Object.entries(JSON.parse(json) as Record<string, string>)) index.import(key, data);
    return flexQuery(index);
  },
};

const oramaSchema = { id: 'string', title: 'string', tags: 'string', body: 'string', comments: 'string' } as const;
const oramaQuery = (db: ReturnType<typeof create<typeof oramaSchema>>) => (q: string, fuzzy: boolean) =>
  (
    oramaSearch(db, {
      term: q,
      properties: ['title', 'tags', 'body', 'comments'],
      boost: { title: 3, tags: 2, comments: 0.5 },
      tolerance: fuzzy ? 2 : 0,
      limit: 20,
    }) as { hits: unknown[] }
  ).hits;

const orama: Engine = {
  name: `Orama ${versionOf('@orama/orama')}`,
  entry: `export { create, insertMultiple, search, save, load, remove } from '@orama/orama';`,
  build(docs) {
    const db = create({ schema: oramaSchema });
    void insertMultiple(db, docs);
    return { serialize: () => JSON.stringify(save(db)), query: oramaQuery(db) };
  },
  load(json) {
    const db = create({ schema: oramaSchema });
    load(db, JSON.parse(json));
    return oramaQuery(db);
  },
};

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
}

const toDoc = (article: Article): Doc => ({
  id: article.id,
  title: article.title,
  tags: article.tags.join(' '),
  body: article.paragraphs.join('\n'),
  comments: article.comments.join('\n'),
});

const articles = parseCorpus(syntheticSources(ARTICLES));
const docs = articles.map(toDoc);

console.log(`### Search engines compared (${ARTICLES} synthetic articles, Node ${process.version})\n`);
console.log('| engine | library, min+gz | build | index, JSON gz | load | prefix query (median) | typo query (median) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const engine of [minisearch, flexsearch, orama]) {
  const size = await librarySize(engine.entry);
  const [built, buildMs] = time(() => engine.build(docs));
  const json = built.serialize();
  const [query, loadMs] = time(() => engine.load(json));
  const prefixMs = medianQuery(PREFIX_QUERIES, (q) => query(q, false));
  const typoMs = medianQuery(TYPO_QUERIES, (q) => query(q, true));
  const typoHits = TYPO_QUERIES.filter((q) => query(q, true).length > 0).length;
  console.log(
    `| ${engine.name} | ${kB(size)} | ${ms(buildMs)} | ${kB(gz(json))} (${kB(json.length)} raw) | ${ms(loadMs)} | ${ms(prefixMs)} | ${ms(typoMs)} (${typoHits}/${TYPO_QUERIES.length} typo queries found) |`,
  );
}

// Part 2: Sortie's index as the app runs it, persisted in IndexedDB.
const db = createDb(`bench-search-${Date.now()}`);
const packed = articles.map(packArticle);
const packs = { articles: packed };
await syncBundle(db, { version: 'bench', packs: [{ file: 'bench.json', hash: 'bench', count: packed.length }] }, async () => packs);

const [, memoryMs] = time(() => {
  const inMemory = new ArticleIndex(async () => []);
  for (const article of articles) inMemory.add(article);
});
const [{ index }, firstMs] = await timeAsync(() => ensureSearchIndex(db));
const stored = (await db.searchIndex.get('articles'))!;
const storedJson = JSON.stringify(stored);
const [{ update }, loadMs] = await timeAsync(() => ensureSearchIndex(db));
if (update.built || update.saved) throw new Error('a second start rebuilt or re-saved an unchanged index');
const prefixMs = medianQuery(PREFIX_QUERIES, (q) => index.match(q));
const typoMs = medianQuery(TYPO_QUERIES, (q) => index.match(q));
const snippetMs = await medianAsync(PREFIX_QUERIES, (q) => search(index, q, { limit: 20 }));

await db.articles.update(packed[0]!.id, { hash: 'edited', title: 'Synthetic benchmark article, edited' });
const [, oneChangedMs] = await timeAsync(() => ensureSearchIndex(db));

console.log(`\n### Sortie's search index (MiniSearch, ${ARTICLES} synthetic articles)\n`);
console.log('| what | number |');
console.log('| --- | --- |');
console.log(`| Build the index in memory (Sortie's terms: folding, designation forms) | ${ms(memoryMs)} |`);
console.log(`| First run: read articles, build the index, store it in IndexedDB (fake-indexeddb) | ${ms(firstMs)} |`);
console.log(`| Stored index (JSON, gzipped) | ${kB(gz(storedJson))} (${kB(storedJson.length)} raw) |`);
console.log(`| Later start: load the stored index, check it against the articles' hashes | ${ms(loadMs)} |`);
console.log(`| Later start after one article changed: load, re-index it, save | ${ms(oneChangedMs)} |`);
console.log(`| Prefix query (ranked ids), median | ${ms(prefixMs)} |`);
console.log(`| Typo query (ranked ids), median | ${ms(typoMs)} |`);
console.log(`| Prefix query with the top 20 read from IndexedDB and their snippets, median | ${ms(snippetMs)} |`);
db.close();
