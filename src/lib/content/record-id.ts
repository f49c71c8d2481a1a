import type { ContractRecord } from './extract-contracts.ts';

/**
 * A stable id for a record: its article, paragraph, sentence start, model and its position
 * among the article's records (two records can share a sentence and a model).
 * Kept apart from the extractor so the app shell can key rows without loading the extractor.
 */
export function recordId(record: ContractRecord, index: number): string {
  const { articleId, paragraph, start } = record.source;
  return `${articleId}:${paragraph}:${start}:${record.model}:${index}`;
}

/**
 * What makes two reports the same deal: same parties, model, engine, quantity, year and status.
 * Two articles reporting "68 Mi-171 for China, signed 2019" report one deal.
 */
export function dealKey(record: ContractRecord): string {
  const { supplier, recipient, model, engine, quantity, year, status } = record;
  return JSON.stringify([supplier, recipient, model, engine, quantity, year, status]);
}
