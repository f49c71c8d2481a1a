// The chart's bars: units by model or by year.
import { facetValue, UNKNOWN, type FacetRow } from './facets.ts';
import { compareText } from './rows.ts';

/** One bar: its label, the units it adds up to and how many records went into it. */
export interface Bar {
  label: string;
  units: number;
  records: number;
}

/** Units per model (most first) or per year (oldest first, `UNKNOWN` last). */
export function unitsBy(rows: readonly FacetRow[], by: 'model' | 'year'): Bar[] {
  const bars = new Map<string, Bar>();
  for (const row of rows) {
    const label = facetValue(row, by);
    const bar = bars.get(label) ?? { label, units: 0, records: 0 };
    bar.units += row.quantity;
    bar.records += 1;
    bars.set(label, bar);
  }
  return [...bars.values()].sort(by === 'model' ? byUnits : byYear);
}

function byUnits(a: Bar, b: Bar): number {
  return b.units - a.units || compareText(a.label, b.label);
}

function byYear(a: Bar, b: Bar): number {
  const ya = a.label === UNKNOWN ? Infinity : Number(a.label);
  const yb = b.label === UNKNOWN ? Infinity : Number(b.label);
  return ya === yb ? 0 : ya < yb ? -1 : 1;
}
