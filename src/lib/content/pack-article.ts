import type { Article, PackedArticle } from './article.ts';
import { serialiseRecord } from './contract.ts';
import { extractContracts } from './extract/index.ts';
import { hashJson } from './hash.ts';

/** Mines an article's contracts, claims and deal mentions and readies it for a pack (or for an import). */
export function packArticle(article: Article): PackedArticle {
  const extraction = extractContracts(article);
  const records = extraction.records.map(serialiseRecord);
  const { claims, mentions } = extraction;
  return {
    ...article,
    contracts: records,
    claims,
    mentions,
    hash: hashJson({ article: article.hash, records, claims, mentions }),
  };
}
