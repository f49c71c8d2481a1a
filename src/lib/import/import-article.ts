import { storeNewImport } from '../db/imports.ts';
import type { SortieDb, StoredArticle } from '../db/schema.ts';
import { mineArticle, readArticle } from './mine.ts';
import type { ImportInput, ReadImportOptions } from './import-file.ts';

/**
 * Imports an article: reads it, gives it an id of its own and stores it as the reader's, with
 * the contracts mined from it. Nothing is stored when it throws.
 */
export async function importArticle(db: SortieDb, input: ImportInput, options?: ReadImportOptions): Promise<StoredArticle> {
  options?.onStep?.('reading');
  const { hash: _placeholderHash, id: _placeholderId, ...fields } = await readArticle(input, options);
  const signal = options?.signal;
  return storeNewImport(db, fields, async (article) => {
    options?.onStep?.('mining');
    const packed = await mineArticle(article, signal);
    options?.onStep?.('storing');
    return packed;
  });
}
