// Component-test fixtures: the real seed article, parsed by the real parser, served to the
// app's sync as an in-memory bundle.
import { readFileSync } from 'node:fs';
import type { Article, ContentManifest, ContentPack } from '../../src/lib/content/article.ts';
import { packArticle } from '../../src/lib/content/pack-article.ts';
import { parseArticle } from '../../src/lib/content/parse-article.ts';
import type { ContentSource } from '../../src/lib/state/library.svelte.ts';

export const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';

export function seedArticle(): Article {
  return parseArticle(readFileSync(SEED_FILE, 'utf8'), SEED_FILE);
}

/** A bundle holding exactly these articles, as the build would ship it. */
export function bundleOf(articles: Article[], version = 'test-1'): ContentSource {
  const manifest: ContentManifest = { version, packs: [{ file: 'content/pack-test.json', hash: version, count: articles.length }] };
  const pack: ContentPack = { articles: articles.map(packArticle) };
  return { fetchManifest: async () => manifest, fetchPack: async () => pack };
}
