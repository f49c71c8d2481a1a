import type { Article, PackedArticle } from './article.ts';
import { packMention, packRecord } from './contract.ts';
import { extractContracts } from './extract/index.ts';
import { hashJson } from './hash.ts';

/** Mines an article's contracts, claims and deal mentions and readies it for a pack (or for an import). */
export function packArticle(article: Article): PackedArticle {
  const extraction = extractContracts(article);
  // offsets alone: the sentences are the article's own text, kept once
  const records = extraction.records.map(packRecord);
  const mentions = extraction.mentions.map(packMention);
  const { claims } = extraction;
  return {
    ...article,
    contracts: records,
    claims,
    mentions,
    hash: hashJson({ article: article.hash, records, claims, mentions }),
  };
}
