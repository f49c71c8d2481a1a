import { describe, expect, it } from 'vitest';
import { isDealTable, patchTable, tableOf, tableRecord, type TableRecord } from '../../../src/lib/explorer/deal-table.ts';
import { dealRows, mergeReports } from '../../../src/lib/explorer/rows.ts';
import { seedRows } from './rows.ts';

// Synthetic records (made-up deals, not news).
const record = (fields: Partial<TableRecord> & { id: string; articleId: string }): TableRecord => ({
  supplier: 'Russia', recipient: 'Egypt', designation: 'Mi-17', model: 'Mi-17', family: 'Mi-8/17', category: 'helicopter',
  engine: null, status: 'signed', quantity: 10, year: 2015, articleTitle: `Synthetic ${fields.articleId}`, ...fields,
});
const a1 = record({ id: 'a:0:0:Mi-17:0', articleId: 'a' });
const a2 = record({ id: 'a:1:0:Ka-52:1', articleId: 'a', model: 'Ka-52', designation: 'Ка-52', family: 'Ka-52', year: null, engine: 'VK-2500' });
const b1 = record({ id: 'b:0:0:Mi-17:0', articleId: 'b', articleTitle: null, recipient: null, supplier: '' });

describe('the explorer table', () => {
  it('gives back every record as it was added: nulls, empty text, no year, Cyrillic', () => {
    const table = tableOf([a1, a2, b1]);
    expect([0, 1, 2].map((i) => tableRecord(table, i))).toEqual([a1, a2, b1]);
    expect(isDealTable(table)).toBe(true);
  });

  it('survives the structured clone IndexedDB stores it with', () => {
    const table = structuredClone(tableOf([a1, a2, b1]));
    expect(isDealTable(table)).toBe(true);
    expect(tableRecord(table, 1)).toEqual(a2);
  });

  it('replaces one article\'s records and keeps the others', () => {
    const a3 = record({ id: 'a:0:0:Mi-26:0', articleId: 'a', model: 'Mi-26', quantity: 2 });
    const table = patchTable(tableOf([a1, a2, b1]), ['a'], [a3]);
    expect(table.id.map((_, i) => tableRecord(table, i))).toEqual([b1, a3]);
    // texts only the replaced records used are gone
    expect(table.texts).not.toContain('Ka-52');
    expect(table.texts).not.toContain('VK-2500');
  });

  it('deletes an article\'s records, and an empty table stays a table', () => {
    const table = patchTable(tableOf([a1, b1]), ['a', 'b'], []);
    expect(table.id).toEqual([]);
    expect(isDealTable(table)).toBe(true);
  });

  it('refuses what is not a table of its format, so it is built afresh', () => {
    const table = tableOf([a1]);
    expect(isDealTable(undefined)).toBe(false);
    expect(isDealTable({ ...table, format: 0 })).toBe(false);
    expect(isDealTable({ ...table, quantity: [10] })).toBe(false);
    expect(isDealTable({ ...table, year: new Float64Array(2) })).toBe(false);
  });
});

describe('dealRows', () => {
  it('merges the reports of one deal as mergeReports does, the first by id giving its id', () => {
    // one deal, two articles; and a second deal that differs only in its year
    const other = record({ id: 'c:2:0:Mi-17:0', articleId: 'c' });
    const later = record({ id: 'd:0:0:Mi-17:0', articleId: 'd', year: 2016 });
    const rows = dealRows(tableOf([other, a1, later]));
    expect(rows.map((r) => [r.id, r.year, r.reports.map((report) => report.articleId)])).toEqual([
      ['a:0:0:Mi-17:0', 2015, ['a', 'c']],
      ['d:0:0:Mi-17:0', 2016, ['d']],
    ]);
    expect(rows[0]!.reports[1]).toEqual({ id: 'c:2:0:Mi-17:0', articleId: 'c', articleTitle: 'Synthetic c' });
  });

  it('gives the seed\'s deals with the fields the table shows', () => {
    const records = seedRows.map((r) => ({ ...r, articleId: r.reports[0]!.articleId, articleTitle: r.reports[0]!.articleTitle }));
    const rows = dealRows(tableOf(records));
    const fields = ({ id, model, quantity, recipient, supplier, year, status, family, category, designation, engine }: typeof rows[number]) =>
      ({ id, model, quantity, recipient, supplier, year, status, family, category, designation, engine });
    expect(rows.map(fields)).toEqual(mergeReports(records).map(fields));
    expect(rows.map((r) => r.quantity).sort((x, y) => y - x)).toEqual([68, 24, 21, 18, 14]);
  });

  it('keeps a deal with no recipient or supplier apart from one that has them', () => {
    const rows = dealRows(tableOf([a1, b1]));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ recipient: null, supplier: '' });
  });
});
