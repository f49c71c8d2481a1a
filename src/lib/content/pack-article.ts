import type { Article, PackedArticle } from './article.ts';
import { extractContracts } from './extract-contracts.ts';
import { hashJson } from './hash.ts';

/** Mines an article's contracts and claims and readies it for a pack (or for an import). */
export function packArticle(article: Article): PackedArticle {
  const { records, claims } = extractContracts(article);
  return {
    ...article,
    contracts: records,
    claims,
    hash: hashJson({ article: article.hash, records, claims }),
  };
}
