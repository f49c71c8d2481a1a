// The explorer's row: a contract record with the stable id the caller gave it.
import type { ContractRecord } from '../content/extract-contracts.ts';

/** A contract record as the explorer shows it: a stable id, and the article's title for display. */
export type ContractRow = ContractRecord & { id: string; articleTitle?: string };

const collator = new Intl.Collator('en', { numeric: true });

/** Orders text the way a reader expects ("Mi-8" < "Mi-17" < "Mi-171"), code units breaking ties. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
