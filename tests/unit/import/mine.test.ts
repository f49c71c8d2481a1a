import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/content/article.ts';
import { packArticle } from '../../../src/lib/content/pack-article.ts';
import { listImportedArticles } from '../../../src/lib/db/imports.ts';
import { ImportCancelled, mineArticle } from '../../../src/lib/import/mine.ts';
import { importArticle } from '../../../src/lib/import/import-article.ts';
import { freshDb } from '../fresh-db.ts';

/** Synthetic text written for the test, not news. */
const TEXT = 'Synthetic import\n\nIn 2021 Rosoboronexport signed a contract with Laos for 6 Mi-17V-5 helicopters.';
const article: Article = {
  id: 'imported-synthetic',
  hash: 'h',
  title: 'Synthetic',
  date: '2021-01-01',
  publication: 'Imported',
  url: null,
  tags: [],
  paragraphs: [TEXT],
  comments: [],
  related: { previous: null, next: null },
  wordCount: 14,
  readingMinutes: 1,
};

describe('mining an import', () => {
  it('gives what packing in this thread gives, where there are no workers', async () => {
    expect(await mineArticle(article)).toEqual(packArticle(article));
  });

  it('stops at a cancel, and the import then stores nothing', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(mineArticle(article, cancelled.signal)).rejects.toBeInstanceOf(ImportCancelled);

    const db = freshDb();
    await expect(importArticle(db, { text: TEXT, kind: 'paste' }, { signal: cancelled.signal })).rejects.toThrow('The import was cancelled: nothing was stored.');
    expect(await listImportedArticles(db)).toEqual([]);
  });
});
