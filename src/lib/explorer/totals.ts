// What the filtered rows add up to, and whether that agrees with the totals articles claim.
import type { ClaimedTotal } from '../content/contract.ts';
import { FacetIndex, type FacetRow } from './facets.ts';
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
export function totals(rows: readonly FacetRow[]): Totals {
  const index = new FacetIndex(rows);
  return totalsOf(index, index.matches({}));
}

/** The records and units of the rows a mask of an index keeps, with units per category: a loop over arrays. */
export function totalsOf(index: FacetIndex<FacetRow>, mask: Uint8Array): Totals {
  const { values, units, records } = index.tally('category', mask);
  const result: Totals = { records: 0, units: 0, byCategory: {} };
  values.forEach((category, code) => {
    if (records[code] === 0) return;
    result.records += records[code]!;
    result.units += units[code]!;
    result.byCategory[category] = units[code]!;
  });
  return result;
}

/**
 * The claims with the rows of each claiming article, found once per data, so that checking
 * which claims a filter keeps asks only the filter's mask (a few rows, not tens of thousands).
 */
export class ClaimIndex {
  readonly #claims: readonly ClaimedTotal[];
  /** Per claiming article, the positions of its rows. */
  readonly #rowsOf = new Map<string, number[]>();

  constructor(claims: readonly ClaimedTotal[], rows: readonly Pick<DealRow, 'reports'>[]) {
    this.#claims = claims;
    for (const claim of claims) this.#rowsOf.set(claim.articleId, []);
    rows.forEach((row, i) => {
      for (const report of row.reports) this.#rowsOf.get(report.articleId)?.push(i);
    });
  }

  /** The checks of the claims whose article has a row the mask keeps (every row, without one). */
  checks(mask?: Uint8Array): ClaimCheck[] {
    const kept = (i: number) => mask === undefined || mask[i] === 1;
    return this.#claims.filter((claim) => this.#rowsOf.get(claim.articleId)!.some(kept)).map(check);
  }
}

/** The checks of the claims made by the articles the rows come from. */
export function claimsFor(claims: readonly ClaimedTotal[], rows: readonly Pick<DealRow, 'reports'>[]): ClaimCheck[] {
  return new ClaimIndex(claims, rows).checks();
}

function check(claim: ClaimedTotal): ClaimCheck {
  return {
    claim,
    counted: claim.counted,
    difference: claim.counted - claim.min,
    agrees: claim.exact ? claim.counted === claim.min : claim.counted >= claim.min,
  };
}
