// Build-time only (Node): turns content/articles/ into content-hashed JSON packs plus a
// small manifest, emitted into dist/content/ and served the same way by the dev server.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { ContentManifest, ContentPack, PackedArticle } from '../lib/content/article.ts';
import { packArticle } from '../lib/content/pack-article.ts';
import { parseCorpus } from '../lib/content/parse-article.ts';

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
  const names = readdirSync(dir).filter((name) => SOURCE_EXTENSIONS.test(name)).sort();
  const articles = parseCorpus(names.map((name) => ({ name: join(dir, name), source: readFileSync(join(dir, name), 'utf8') })));
  return articles.map(packArticle);
}

/**
 * Splits the corpus into packs. Oldest first, so a newly added article usually lands in the
 * last pack and every earlier pack keeps its hash (and stays cached).
 */
export function buildContentFiles(
  articles: PackedArticle[],
  { maxPackBytes = MAX_PRECACHE_BYTES } = {},
): { manifest: ContentManifest; files: ContentFiles } {
  const ordered = [...articles].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const files: ContentFiles = new Map();
  const packs: ContentManifest['packs'] = [];
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
    files.set(file, json);
    packs.push({ file, hash, count: pack.articles.length });
  }
  const manifest: ContentManifest = {
    version: sha256(packs.map((pack) => pack.hash).join('\n')).slice(0, 16),
    packs,
  };
  files.set('content/manifest.json', JSON.stringify(manifest));
  return { manifest, files };
}

function* groupIntoPacks(ordered: PackedArticle[]): Generator<PackedArticle[]> {
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

/** Vite plugin: emits the packs at build time and serves them from memory in dev. */
export function contentPacks(options: { dir?: string; maxPackBytes?: number } = {}): Plugin {
  let config: ResolvedConfig;
  let contentDir = '';
  let files: ContentFiles | undefined;

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
      try {
        load();
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      this.addWatchFile(contentDir);
    },
    generateBundle() {
      for (const [fileName, source] of load()) this.emitFile({ type: 'asset', fileName, source });
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
