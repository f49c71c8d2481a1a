// Build-time only (Node): turns content/articles/ into content-hashed JSON packs plus a
// small manifest, emitted into dist/content/ and served the same way by the dev server.
// A build streams: it parses every source once to put them in pack order, keeping only their
// paths, then reads, parses and mines them again one at a time, writing each pack as it fills,
// so its memory does not grow with the corpus.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ContentManifest, ContentPack, PackedArticle } from '../lib/content/article.ts';
import { packArticle } from '../lib/content/pack-article.ts';
import { parseArticle, uniqueIds } from '../lib/content/parse-article.ts';

/** Articles per pack: small enough that one edit re-downloads little, large enough to keep requests few. */
export const PACK_SIZE = 200;
/** A pack is closed early once it reaches this many bytes, so long articles still make small packs. */
export const PACK_TARGET_BYTES = 1024 * 1024;
/** The service worker precaches files up to this size; the PWA config uses the same number. */
export const MAX_PRECACHE_BYTES = 4 * 1024 * 1024;
const SOURCE_EXTENSIONS = /\.(txt|md)$/i;

/** The files the build emits: path under the output directory → contents. */
export type ContentFiles = Map<string, string>;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads and parses every article source in `dir` and mines its contracts; throws
 * ContentError on the first bad file.
 */
export function readCorpus(dir: string): PackedArticle[] {
  return sourcesInPackOrder(dir).map(readPacked);
}

/** One source read, parsed and mined. */
function readPacked(path: string): PackedArticle {
  return packArticle(parseArticle(readFileSync(path, 'utf8'), path));
}

/** Pack order: oldest first, then by id, so a newly added article usually lands in the last pack. */
function packOrder(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/**
 * The article sources of `dir` in pack order, each parsed once to date it (and to stop the
 * build on a bad file or a duplicate id, with ContentError); only their paths are kept.
 */
export function sourcesInPackOrder(dir: string): string[] {
  const names = readdirSync(dir).filter((name) => SOURCE_EXTENSIONS.test(name)).sort();
  const dated: { path: string; date: string; id: string }[] = [];
  const checkId = uniqueIds();
  for (const name of names) {
    const path = join(dir, name);
    const { id, date } = parseArticle(readFileSync(path, 'utf8'), path);
    checkId(id, path);
    dated.push({ path, date, id });
  }
  return dated.sort(packOrder).map((source) => source.path);
}

/** One pack file: its path under the output directory, its body, and its entry in the manifest. */
interface PackFile {
  file: string;
  json: string;
  ref: ContentManifest['packs'][number];
}

/**
 * Cuts articles, given in pack order, into packs, one at a time: `ordered` is read only as
 * far as the pack being filled. Throws when a pack would be over `maxPackBytes`.
 */
function* packFiles(ordered: Iterable<PackedArticle>, maxPackBytes: number): Generator<PackFile> {
  for (const group of groupIntoPacks(ordered)) {
    const pack: ContentPack = { articles: group };
    const json = JSON.stringify(pack);
    const bytes = new TextEncoder().encode(json).length;
    if (bytes > maxPackBytes) {
      // Workbox would silently leave an oversized file out of the precache: the app would
      // then miss those articles offline. Refuse instead.
      const ids = group.map((article) => article.id).join(', ');
      throw new Error(
        `content pack of ${ids} is ${bytes} bytes, over the ${maxPackBytes}-byte precache limit: shorten or split the article`,
      );
    }
    const hash = sha256(json).slice(0, 16);
    const file = `content/pack-${hash}.json`;
    yield { file, json, ref: { file, hash, count: pack.articles.length } };
  }
}

function manifestOf(packs: ContentManifest['packs']): ContentManifest {
  return { version: sha256(packs.map((pack) => pack.hash).join('\n')).slice(0, 16), packs };
}

/** Splits the corpus into packs, in memory (the dev server, tests, benchmarks). */
export function buildContentFiles(
  articles: PackedArticle[],
  { maxPackBytes = MAX_PRECACHE_BYTES } = {},
): { manifest: ContentManifest; files: ContentFiles } {
  const files: ContentFiles = new Map();
  const packs: ContentManifest['packs'] = [];
  for (const { file, json, ref } of packFiles([...articles].sort(packOrder), maxPackBytes)) {
    files.set(file, json);
    packs.push(ref);
  }
  const manifest = manifestOf(packs);
  files.set('content/manifest.json', JSON.stringify(manifest));
  return { manifest, files };
}

/**
 * Reads, parses and mines the sources (in pack order) one at a time and writes each pack into
 * `outDir` as it fills, then the manifest: the corpus is never all in memory.
 */
export function writeContentFiles(paths: readonly string[], outDir: string, { maxPackBytes = MAX_PRECACHE_BYTES } = {}): ContentManifest {
  function* mined(): Generator<PackedArticle> {
    for (const path of paths) yield readPacked(path);
  }
  const packs: ContentManifest['packs'] = [];
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), text);
  };
  for (const { file, json, ref } of packFiles(mined(), maxPackBytes)) {
    write(file, json);
    packs.push(ref);
  }
  const manifest = manifestOf(packs);
  write('content/manifest.json', JSON.stringify(manifest));
  return manifest;
}

function* groupIntoPacks(ordered: Iterable<PackedArticle>): Generator<PackedArticle[]> {
  let group: PackedArticle[] = [];
  let bytes = 0;
  for (const article of ordered) {
    const size = JSON.stringify(article).length;
    if (group.length > 0 && (group.length >= PACK_SIZE || bytes + size > PACK_TARGET_BYTES)) {
      yield group;
      group = [];
      bytes = 0;
    }
    group.push(article);
    bytes += size;
  }
  if (group.length > 0) yield group;
}

/**
 * Vite plugin: a build orders the sources at its start (a bad file stops it there) and writes
 * the packs as it writes the bundle, streaming; the dev server serves them from memory.
 */
export function contentPacks(options: { dir?: string; maxPackBytes?: number } = {}): Plugin {
  let config: ResolvedConfig;
  let contentDir = '';
  let files: ContentFiles | undefined;
  let ordered: string[] = [];

  const load = () =>
    (files ??= buildContentFiles(readCorpus(contentDir), { maxPackBytes: options.maxPackBytes }).files);

  return {
    name: 'sortie-content-packs',
    configResolved(resolved) {
      config = resolved;
      contentDir = resolve(config.root, options.dir ?? 'content/articles');
    },
    buildStart() {
      files = undefined;
      this.addWatchFile(contentDir);
      if (config.command !== 'build') return;
      try {
        ordered = sourcesInPackOrder(contentDir);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    writeBundle(outputOptions) {
      try {
        writeContentFiles(ordered, outputOptions.dir ?? config.build.outDir, { maxPackBytes: options.maxPackBytes });
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    configureServer(server) {
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentDir)) return;
        files = undefined;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!.replace(config.base, '');
        if (!path.startsWith('content/')) return next();
        let body: string | undefined;
        try {
          body = load().get(path);
        } catch (error) {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
          return;
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
  };
}
