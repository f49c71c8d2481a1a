// The chart's bars: units by model or by year.
import { FacetIndex, UNKNOWN, type FacetRow } from './facets.ts';
import { compareText } from './rows.ts';

/** One bar: its label, the units it adds up to and how many records went into it. */
export interface Bar {
  label: string;
  units: number;
  records: number;
}

/** Units per model (most first) or per year (oldest first, `UNKNOWN` last). */
export function unitsBy(rows: readonly FacetRow[], by: 'model' | 'year'): Bar[] {
  const index = new FacetIndex(rows);
  return barsOf(index, index.matches({}), by);
}

/** The bars of the rows a mask of an index keeps: a loop over arrays. */
export function barsOf(index: FacetIndex<FacetRow>, mask: Uint8Array, by: 'model' | 'year'): Bar[] {
  const { values, units, records } = index.tally(by, mask);
  const bars: Bar[] = [];
  values.forEach((label, code) => {
    if (records[code]! > 0) bars.push({ label, units: units[code]!, records: records[code]! });
  });
  return bars.sort(by === 'model' ? byUnits : byYear);
}

function byUnits(a: Bar, b: Bar): number {
  return b.units - a.units || compareText(a.label, b.label);
}

function byYear(a: Bar, b: Bar): number {
  const ya = a.label === UNKNOWN ? Infinity : Number(a.label);
  const yb = b.label === UNKNOWN ? Infinity : Number(b.label);
  return ya === yb ? 0 : ya < yb ? -1 : 1;
}
