// What the filtered rows add up to, and whether that agrees with the totals articles claim.
import type { ClaimedTotal } from '../content/extract-contracts.ts';
import { reportsOf, type ContractRow } from './rows.ts';

/** Records and units in a set of rows. */
export interface Totals {
  records: number;
  /** Sum of the known quantities. */
  units: number;
  /** Records that state a quantity: `units` covers only these. */
  unitsKnown: number;
  /** Units per category (records without a quantity add 0). */
  byCategory: Record<string, number>;
}

/** A total an article claims, set against what its records add up to. */
export interface ClaimCheck {
  claim: ClaimedTotal;
  counted: number;
  /** `counted - claim.min`: 1 for 121 counted against "120+". */
  difference: number;
  /** Whether the count satisfies the claim: at least `min`, or exactly `min` for an exact claim. */
  agrees: boolean;
}

/** The records and units in the rows, with units per category. */
export function totals(rows: readonly ContractRow[]): Totals {
  const result: Totals = { records: rows.length, units: 0, unitsKnown: 0, byCategory: {} };
  for (const row of rows) {
    const units = row.quantity ?? 0;
    result.units += units;
    if (row.quantity !== null) result.unitsKnown += 1;
    result.byCategory[row.category] = (result.byCategory[row.category] ?? 0) + units;
  }
  return result;
}

/** The checks of the claims made by the articles the rows come from. */
export function claimsFor(claims: readonly ClaimedTotal[], rows: readonly ContractRow[]): ClaimCheck[] {
  const articles = new Set(rows.flatMap((row) => reportsOf(row).map((report) => report.source.articleId)));
  return claims
    .filter((claim) => articles.has(claim.articleId))
    .map((claim) => ({
      claim,
      counted: claim.counted,
      difference: claim.counted - claim.min,
      agrees: claim.exact ? claim.counted === claim.min : claim.counted >= claim.min,
    }));
}
