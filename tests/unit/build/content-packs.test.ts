import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, test } from 'vitest';
import type { ContentManifest, ContentPack, PackedArticle } from '../../../src/lib/content/article.ts';
import { buildContentFiles, contentPacks, PACK_SIZE, readCorpus, sourcesInPackOrder, writeContentFiles } from '../../../src/build/content-packs.ts';
import { syntheticSources } from '../../../bench/synthetic-corpus.ts';

/** A synthetic article: test data made here, not news. */
function synthetic(n: number, text = `Synthetic body ${n}.`): PackedArticle {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(n / 28) % 12) + 1).padStart(2, '0');
  return {
    id: `synthetic-${String(n).padStart(5, '0')}`,
    title: `Synthetic article ${n}`,
    date: `${2000 + Math.floor(n / 336)}-${month}-${day}`,
    publication: 'Synthetic Test Corpus',
    url: null,
    tags: ['synthetic'],
    paragraphs: [text],
    comments: [],
    related: { previous: null, next: null },
    wordCount: 3,
    readingMinutes: 1,
    hash: `h-${n}-${text.length}`,
    contracts: [],
    claims: [],
    mentions: [],
  };
}

function packsOf(files: Map<string, string>, manifest: ContentManifest): ContentPack[] {
  return manifest.packs.map((ref) => JSON.parse(files.get(ref.file)!) as ContentPack);
}

describe('content packs', () => {
  test('every article lands in exactly one pack, at most PACK_SIZE to a pack', () => {
    const articles = Array.from({ length: PACK_SIZE * 2 + 7 }, (_, n) => synthetic(n));
    const { manifest, files } = buildContentFiles(articles);
    const packs = packsOf(files, manifest);
    expect(packs.map((pack) => pack.articles.length)).toEqual([PACK_SIZE, PACK_SIZE, 7]);
    const ids = packs.flatMap((pack) => pack.articles.map((a) => a.id));
    expect(new Set(ids)).toEqual(new Set(articles.map((a) => a.id)));
    expect(manifest.packs.map((ref) => ref.count)).toEqual([PACK_SIZE, PACK_SIZE, 7]);
  });

  test('a pack file is named by the hash of its contents', () => {
    const { manifest, files } = buildContentFiles([synthetic(1)]);
    const [ref] = manifest.packs;
    expect(ref!.file).toBe(`content/pack-${ref!.hash}.json`);
    expect(files.has(ref!.file)).toBe(true);
    expect(JSON.parse(files.get('content/manifest.json')!)).toEqual(manifest);
  });

  test('adding a newer article changes only the last pack, so earlier packs stay cached', () => {
    const articles = Array.from({ length: PACK_SIZE * 2 }, (_, n) => synthetic(n));
    const before = buildContentFiles(articles).manifest;
    const after = buildContentFiles([...articles, synthetic(PACK_SIZE * 2)]).manifest;
    expect(after.packs.slice(0, 2)).toEqual(before.packs.slice(0, 2));
    expect(after.packs).toHaveLength(3);
    expect(after.version).not.toBe(before.version);
  });

  test('the corpus version changes when one article changes and not otherwise', () => {
    const articles = [synthetic(1), synthetic(2)];
    const version = buildContentFiles(articles).manifest.version;
    expect(buildContentFiles([synthetic(2), synthetic(1)]).manifest.version).toBe(version);
    expect(buildContentFiles([synthetic(1), synthetic(2, 'Edited body.')]).manifest.version).not.toBe(version);
  });

  test('long articles close a pack early, so packs stay near 1 MB', () => {
    const long = 'Synthetic long paragraph. '.repeat(8000); // ~200 kB an article
    const articles = Array.from({ length: 12 }, (_, n) => synthetic(n, long));
    const { manifest } = buildContentFiles(articles);
    expect(manifest.packs.length).toBeGreaterThan(2);
    expect(manifest.packs.reduce((sum, ref) => sum + ref.count, 0)).toBe(12);
  });

  test('a pack over the precache limit fails loudly instead of being left out of the offline copy', () => {
    const huge = synthetic(1, 'x'.repeat(5000));
    expect(() => buildContentFiles([huge], { maxPackBytes: 4000 })).toThrow(
      /synthetic-00001 is \d+ bytes, over the 4000-byte precache limit/,
    );
  });

  test('the shipped corpus parses, and its articles travel with their mined contracts', () => {
    const corpus = readCorpus('content/articles');
    const seed = corpus.find((a) => a.id === '2020-10-22-putin-russia-china-military-cooperation');
    expect(seed).toBeDefined();
    const helicopters = seed!.contracts.filter((record) => record.category === 'helicopter');
    expect(helicopters.map((record) => record.quantity)).toEqual([68, 18, 14, 21]);
    expect(seed!.claims.map((claim) => [claim.text, claim.counted])).toEqual([['120+', 121]]);
  });

  test('a build, which mines and writes one pack at a time, writes the very files the in-memory split gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sortie-corpus-'));
    const out = mkdtempSync(join(tmpdir(), 'sortie-out-'));
    try {
      // 450 synthetic sources (bench/synthetic-corpus.ts: made up, not news): three packs at least
      for (const { name, source } of syntheticSources(450, 7)) writeFileSync(join(dir, name), source);
      const manifest = writeContentFiles(sourcesInPackOrder(dir), out);
      const expected = buildContentFiles(readCorpus(dir)).files;
      expect(manifest.packs.length).toBeGreaterThanOrEqual(3);
      const written = new Map(readdirSync(join(out, 'content')).map((name) => [`content/${name}`, readFileSync(join(out, 'content', name), 'utf8')]));
      expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, text] of expected) expect(written.get(file), file).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('two sources with the same id stop the build, naming both files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sortie-dup-corpus-'));
    try {
      const source = '---\ntitle: A synthetic title\ndate: 2020-01-02\npublication: Test\n---\nBody text.\n';
      writeFileSync(join(dir, 'Same Name.txt'), source);
      writeFileSync(join(dir, 'same-name.md'), source);
      expect(() => sourcesInPackOrder(dir)).toThrow(/same-name\.md:1: duplicate id "same-name": .*Same Name\.txt has the same id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a source file that cannot be parsed stops the build with file:line: reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sortie-bad-corpus-'));
    writeFileSync(join(dir, 'bad-date.txt'), '---\ntitle: A title\ndate: 2020-13-45\npublication: Test\n---\nBody text.\n');
    const run = build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      plugins: [contentPacks({ dir })],
      build: { write: false, outDir: join(dir, 'dist') },
    });
    await expect(run).rejects.toThrow(`${join(dir, 'bad-date.txt')}:3:`);
  });
});
