import { describe, expect, it } from 'vitest';
import { FACET_KEYS, type Filters } from '../../../src/lib/explorer/facets.ts';
import { SORT_KEYS } from '../../../src/lib/explorer/sort.ts';
import { defaultState, readState, writeState, type ExplorerState } from '../../../src/lib/explorer/url-state.ts';

describe('readState', () => {
  it('opens on helicopters, newest first, units by model, no record', () => {
    const state: ExplorerState = {
      filters: { category: ['helicopter'] },
      sort: { key: 'year', dir: 'desc' },
      chart: 'model',
      record: null,
    };
    expect(readState('')).toEqual(state);
    expect(readState('?')).toEqual(state);
    expect(defaultState()).toEqual(state);
  });

  it('shows every category for category=*', () => {
    expect(readState('?category=*').filters).toEqual({});
    expect(readState('?category=*&recipient=China').filters).toEqual({ recipient: ['China'] });
  });

  it('reads repeated params as several values, sorted, without duplicates or empties', () => {
    expect(readState('?recipient=India&recipient=China&recipient=India&recipient=&category=fighter').filters).toEqual({
      recipient: ['China', 'India'],
      category: ['fighter'],
    });
  });

  it('reads sort, chart and record', () => {
    const state = readState(new URLSearchParams('sort=quantity&chart=year&record=seed%3A4%3A250%3AMi-171%3A0'));
    expect(state.sort).toEqual({ key: 'quantity', dir: 'asc' });
    expect(state.chart).toBe('year');
    expect(state.record).toBe('seed:4:250:Mi-171:0');
    expect(readState('?sort=-model').sort).toEqual({ key: 'model', dir: 'desc' });
  });

  it('falls back to the defaults for what it does not understand', () => {
    expect(readState('?sort=-price&chart=pie&record=&colour=red')).toEqual(defaultState());
    expect(readState('?sort=&chart=').sort).toEqual({ key: 'year', dir: 'desc' });
    expect(readState('?sort=--year').sort).toEqual({ key: 'year', dir: 'desc' });
  });
});

describe('writeState', () => {
  it('gives no query string for the default view', () => {
    expect(writeState(defaultState())).toBe('');
  });

  it('writes every filter in a fixed order, values sorted, defaults left out', () => {
    const state: ExplorerState = {
      filters: { status: ['signed'], family: ['Mi-8/17'], recipient: ['India', 'China'] },
      sort: { key: 'quantity', dir: 'desc' },
      chart: 'year',
      record: 'a:1',
    };
    expect(writeState(state)).toBe(
      '?recipient=China&recipient=India&family=Mi-8%2F17&category=*&status=signed&sort=-quantity&chart=year&record=a%3A1',
    );
    expect(writeState({ ...defaultState(), sort: { key: 'model', dir: 'asc' } })).toBe('?sort=model');
    expect(writeState({ ...defaultState(), filters: { category: ['fighter', 'helicopter'] } })).toBe(
      '?category=fighter&category=helicopter',
    );
  });

  it('gives the same URL for the same view however it was built', () => {
    const a: ExplorerState = { ...defaultState(), filters: { year: ['2019', '2015'], recipient: ['India', 'China'] } };
    const b: ExplorerState = { ...defaultState(), filters: { recipient: ['China', 'India', 'China', ''], year: ['2015', '2019'] } };
    expect(writeState(a)).toBe(writeState(b));
    expect(writeState(readState('?chart=year&recipient=India&sort=-year&recipient=China'))).toBe(
      '?recipient=China&recipient=India&chart=year',
    );
  });
});

// A seeded generator, so a failure names a state that can be replayed.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values that URL encoding could mangle (synthetic).
const VALUES = [
  'China', 'India', 'Mi-8/17', 'Mi-171Sh', 'Ми-171Ш', 'air defence', 'Unknown', '2019', '2009',
  'a&b=c', '100%', '+', '-year', '*', '?', '#x', ' spaced ', 'Côte d’Ivoire', '“quoted”',
];

function generateState(next: () => number): ExplorerState {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const values = (pool: readonly string[]) => {
    const count = 1 + Math.floor(next() * 3);
    return [...new Set(Array.from({ length: count }, () => pick(pool)))].sort();
  };
  const filters: Filters = {};
  for (const key of FACET_KEYS) {
    if (next() < 0.5) continue;
    filters[key] = values(key === 'category' ? VALUES.filter((v) => v !== '*') : VALUES);
  }
  if (next() < 0.2) filters.category = ['helicopter'];
  return {
    filters,
    sort: { key: pick(SORT_KEYS), dir: pick(['asc', 'desc'] as const) },
    chart: pick(['model', 'year'] as const),
    record: next() < 0.5 ? null : pick(['seed:4:250:Mi-171:0', 'x y/z?', '-', 'Ми']),
  };
}

describe('the URL round trip', () => {
  it('reads back every state it writes', () => {
    const next = random(20261127);
    for (let i = 0; i < 500; i += 1) {
      const state = generateState(next);
      const search = writeState(state);
      expect(readState(search), search).toEqual(state);
      expect(writeState(readState(search))).toBe(search);
    }
  });

  it('keeps a family with a slash', () => {
    const state: ExplorerState = { ...defaultState(), filters: { family: ['Mi-8/17'] } };
    expect(readState(writeState(state))).toEqual(state);
  });
});
