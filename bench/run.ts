// Benchmarks: prints a Markdown table of sizes and times (median of a few runs where cheap).
// Run with `npm run bench` after `npm run build`. Corpora are synthetic (bench/synthetic-corpus.ts).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildContentFiles } from '../src/build/content-packs.ts';
import type { ContentManifest, ContentPack } from '../src/lib/content/article.ts';
import { packArticle } from '../src/lib/content/pack-article.ts';
import { parseCorpus } from '../src/lib/content/parse-article.ts';
import { listArticles } from '../src/lib/db/reader.ts';
import { createDb } from '../src/lib/db/schema.ts';
import { syncBundle } from '../src/lib/db/sync.ts';
import { syntheticSources } from './synthetic-corpus.ts';
import { kB, time, timeAsync } from './timing.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const rows: [string, string][] = [];

const ms = (value: number) => `${value.toFixed(0)} ms`;

// The shell a phone downloads before the first article shows: what index.html loads.
try {
  const html = readFileSync('dist/index.html', 'utf8');
  const shell = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const gz = (file: string) => gzipSync(readFileSync(`dist/${file}`)).length;
  rows.push([`App shell (${shell.length} files index.html loads), gzipped`, kB(shell.reduce((sum, file) => sum + gz(file), 0))]);
  const lazy = readdirSync('dist/assets')
    .map((file) => `assets/${file}`)
    .filter((file) => /\.(js|css)$/.test(file) && !shell.includes(file));
  rows.push([`Loaded on demand (${lazy.length} files: views, extractor, search engine), gzipped`, kB(lazy.reduce((sum, file) => sum + gz(file), 0))]);
} catch {
  rows.push(['App shell', 'run `npm run build` first']);
}

const sources = syntheticSources(ARTICLES);
const [articles, parseMs] = time(() => parseCorpus(sources));
rows.push([`Parse ${ARTICLES} synthetic sources`, `${ms(parseMs)} (${(parseMs / ARTICLES).toFixed(2)} ms each)`]);

const [packed, extractMs] = time(() => articles.map(packArticle));
const records = packed.reduce((sum, article) => sum + article.contracts.length, 0);
rows.push([`Extract contracts from ${ARTICLES} articles (${records} records)`, `${ms(extractMs)} (${(extractMs / ARTICLES).toFixed(2)} ms each)`]);

const [{ manifest, files }, packMs] = time(() => buildContentFiles(packed));
const packBytes = manifest.packs.reduce((sum, ref) => sum + files.get(ref.file)!.length, 0);
rows.push([`Build packs for ${ARTICLES} articles`, `${ms(packMs)}, ${manifest.packs.length} packs, ${kB(packBytes)} total`]);

const packs = new Map(manifest.packs.map((ref) => [ref.file, JSON.parse(files.get(ref.file)!) as ContentPack]));
const fetchPack = async (ref: { file: string }) => packs.get(ref.file)!;
const db = createDb(`bench-${Date.now()}`);

const [first, firstMs] = await timeAsync(() => syncBundle(db, manifest, fetchPack));
rows.push([`First sync into IndexedDB (fake-indexeddb), ${first.written} articles`, ms(firstMs)]);

const [, sameMs] = await timeAsync(() => syncBundle(db, manifest, fetchPack));
rows.push(['Sync of an unchanged corpus', ms(sameMs)]);

// One edited article: only its pack is fetched, only it is written.
const edited = packed.map((a, i) => (i === 0 ? { ...a, hash: `${a.hash}-edited`, title: `${a.title} (edited)` } : a));
const next = buildContentFiles(edited);
for (const ref of next.manifest.packs) packs.set(ref.file, JSON.parse(next.files.get(ref.file)!) as ContentPack);
const [changed, changedMs] = await timeAsync(() => syncBundle(db, next.manifest as ContentManifest, fetchPack));
rows.push([`Sync after one article changed (${changed.packsFetched} pack fetched, ${changed.written} written)`, ms(changedMs)]);

const [, listMs] = await timeAsync(() => listArticles(db, { limit: 50 }));
rows.push(['Latest list, first 50 of the corpus', ms(listMs)]);

console.log(`| what (${ARTICLES} synthetic articles, Node ${process.version}) | number |`);
console.log('| --- | --- |');
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
db.close();
