// What the filtered rows add up to, and whether that agrees with the totals articles claim.
import type { ClaimedTotal } from '../content/contract.ts';
import type { DealRow } from './rows.ts';

/** Records and units in a set of rows. */
export interface Totals {
  records: number;
  /** Sum of the quantities (every record has one). */
  units: number;
  /** Units per category. */
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
export function totals(rows: readonly Pick<DealRow, 'quantity' | 'category'>[]): Totals {
  const result: Totals = { records: rows.length, units: 0, byCategory: {} };
  for (const row of rows) {
    result.units += row.quantity;
    result.byCategory[row.category] = (result.byCategory[row.category] ?? 0) + row.quantity;
  }
  return result;
}

/** The checks of the claims made by the articles the rows come from. */
export function claimsFor(claims: readonly ClaimedTotal[], rows: readonly Pick<DealRow, 'reports'>[]): ClaimCheck[] {
  // only the claiming articles are looked for: a few, against tens of thousands of rows
  const claiming = new Set(claims.map((claim) => claim.articleId));
  const articles = new Set<string>();
  for (const row of rows) {
    for (const report of row.reports) if (claiming.has(report.articleId)) articles.add(report.articleId);
    if (articles.size === claiming.size) break;
  }
  return claims
    .filter((claim) => articles.has(claim.articleId))
    .map((claim) => ({
      claim,
      counted: claim.counted,
      difference: claim.counted - claim.min,
      agrees: claim.exact ? claim.counted === claim.min : claim.counted >= claim.min,
    }));
}
