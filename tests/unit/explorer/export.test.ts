import { describe, expect, it } from 'vitest';
import { evidenceLine } from '../../../src/lib/content/contract.ts';
import { CSV_COLUMNS, exportFileName, toCsv, toJson } from '../../../src/lib/explorer/export.ts';
import { mergeReports, reportsOf, type ContractRow } from '../../../src/lib/explorer/rows.ts';
import { totals } from '../../../src/lib/explorer/totals.ts';
import { row, seedRows } from './rows.ts';

/** A small RFC 4180 reader: CRLF-separated records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // quoted field: runs to the quote not followed by another
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quote');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`stray text after a quote at ${i}`);
    } else if (text[i] === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push([...fields, field]);
      fields = [];
      field = '';
      i += 2;
    } else {
      if (text[i] === '\r' || text[i] === '\n' || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== '' || fields.length > 0) records.push([...fields, field]);
  return records;
}

/** What a row's CSV line should hold, before the formula guard. */
function expectedCells(r: ContractRow): string[] {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return [
    r.supplier, r.supplierOrgs.join('; '), r.recipient, r.designation, r.model, r.family, r.category,
    r.quantity, r.year, r.role, r.engine, r.value?.text, r.value?.amount, r.value?.currency, r.status,
    r.sources[0]?.articleId, r.sources[0]?.paragraph, r.sources[0]?.start, r.sources[0]?.end, r.sources[0]?.sentence,
    r.sources.length, r.evidence.map(evidenceLine).join(' | '),
  ].map(text);
}

// Synthetic rows (made-up deals, not news) with text that CSV must quote.
const awkward = row({
  recipient: 'Congo, Republic of the',
  supplierOrgs: ['Russian Helicopters', 'Rosoboronexport'],
  designation: 'Mi-17 "Hip-H"',
  role: 'search and rescue,\nmedical evacuation',
  engine: 'TV3-117\r\nVK-2500',
  value: { amount: 1.2e9, currency: 'USD', text: 'US$ 1.2 billion' },
  quantity: 3,
  sources: [{ articleId: 'synthetic', paragraph: 2, start: 7, end: 60, sentence: 'The “Hip” deal, said Mr. Smith, was ‘final’.' }],
  evidence: [{ field: 'status', says: 'signed', quote: 'deal, said', where: 'in this sentence' }],
});
const formulas = row({
  recipient: '=HYPERLINK("http://example.invalid")',
  supplier: '+Russia',
  designation: '@SUM(A1)',
  role: '\tindented',
  engine: '\rreturn',
  model: '-5',
  family: '-2+3+cmd|" /C calc"!A0',
  quantity: 12,
});

describe('toCsv', () => {
  it('starts with the header and ends every line with CRLF', () => {
    const csv = toCsv([awkward]);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(CSV_COLUMNS).toEqual([
      'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category', 'quantity', 'year',
      'role', 'engine', 'value', 'valueAmount', 'valueCurrency', 'status', 'articleId', 'paragraph', 'start', 'end',
      'sentence', 'sources', 'evidence',
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const simple = toCsv([row()]);
    expect(simple.split('\r\n')).toHaveLength(3);
    expect(simple.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('reads back as the same rows: commas, quotes and line breaks quoted, null empty', () => {
    const rows = [...seedRows, awkward];
    const [header, ...lines] = parseCsv(toCsv(rows));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(lines).toEqual(rows.map(expectedCells));
  });

  it('quotes exactly the fields that need it and doubles inner quotes', () => {
    const line = toCsv([awkward]).slice(CSV_COLUMNS.join(',').length);
    expect(line).toContain(',"Congo, Republic of the",');
    expect(line).toContain(',"Mi-17 ""Hip-H""",');
    expect(line).toContain(',Russian Helicopters; Rosoboronexport,');
    expect(line).toContain(',US$ 1.2 billion,1200000000,USD,');
    expect(line).toContain(',"The “Hip” deal, said Mr. Smith, was ‘final’.",1,"signed: “deal, said” in this sentence"');
    expect(line).toContain(',"search and rescue,\nmedical evacuation","TV3-117\r\nVK-2500",');
    expect(line).toContain(',Mi-17,Mi-8/17,helicopter,3,2015,');
  });

  it('keeps typographic quotes as they are', () => {
    const plain = row({ designation: '“Night Hunter” ’s' });
    expect(toCsv([plain])).toContain(',“Night Hunter” ’s,');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, never before numbers', () => {
    const [, cells] = parseCsv(toCsv([formulas]));
    const at = (column: string) => cells?.[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])];
    expect(at('recipient')).toBe(`'=HYPERLINK("http://example.invalid")`);
    expect(at('supplier')).toBe("'+Russia");
    expect(at('designation')).toBe("'@SUM(A1)");
    expect(at('role')).toBe("'\tindented");
    expect(at('engine')).toBe("'\rreturn");
    expect(at('model')).toBe('-5');
    expect(at('family')).toBe(`'-2+3+cmd|" /C calc"!A0`);
    expect(at('quantity')).toBe('12');
    expect(at('year')).toBe('2015');
  });
});

describe('toJson', () => {
  it('gives the records with exactly the CLI’s fields, in order, without id, reports or title', () => {
    const records = JSON.parse(toJson(seedRows)) as Record<string, unknown>[];
    expect(records).toHaveLength(5);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([
        'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category',
        'quantity', 'year', 'role', 'engine', 'value', 'status', 'sources', 'evidence',
      ]);
    }
    const [source] = records[0]?.sources as object[];
    expect(Object.keys(source!)).toEqual(['articleId', 'paragraph', 'start', 'end', 'sentence', 'words']);
    expect(Object.keys((records[0]?.evidence as object[])[0]!)).toEqual(['field', 'says', 'quote', 'where']);
  });

  it('round-trips the rows’ data, two-space indented', () => {
    const json = toJson([awkward]);
    expect(json).toMatch(/^\[\n {2}\{\n {4}"supplier"/);
    const { id: _id, reports: _reports, ...record } = awkward;
    expect(JSON.parse(json)).toEqual([record]);
    expect(Object.keys((JSON.parse(json) as { value: object }[])[0]?.value ?? {})).toEqual(['amount', 'currency', 'text']);
  });

  it('is an empty array for no rows', () => {
    expect(JSON.parse(toJson([]))).toEqual([]);
  });
});

describe('exportFileName', () => {
  const day = new Date(2026, 10, 27, 23, 59);

  it('folds accents in the selected values rather than splitting words at them', () => {
    expect(exportFileName('csv', { recipient: ['Égypte'] }, day)).toBe('sortie-contracts-egypte-2026-11-27.csv');
  });

  it('names the download after the day, local time', () => {
    expect(exportFileName('csv', {}, day)).toBe('sortie-contracts-2026-11-27.csv');
    expect(exportFileName('json', {}, new Date(2026, 0, 5))).toBe('sortie-contracts-2026-01-05.json');
  });

  it('adds the selected values when they make a short name', () => {
    expect(exportFileName('csv', { category: ['helicopter'], recipient: ['China'] }, day)).toBe(
      'sortie-contracts-china-helicopter-2026-11-27.csv',
    );
    expect(exportFileName('json', { family: ['Mi-8/17'], year: ['2019'] }, day)).toBe(
      'sortie-contracts-mi-8-17-2019-2026-11-27.json',
    );
    const many = { recipient: ['Algeria', 'China', 'Egypt', 'India', 'Indonesia', 'Kazakhstan'] };
    expect(exportFileName('csv', many, day)).toBe('sortie-contracts-2026-11-27.csv');
  });
});

describe('a deal two articles report', () => {
  // Synthetic: the same made-up deal, reported by two made-up articles.
  const first = row({ id: 'a:1', sources: [{ articleId: 'synthetic-a', paragraph: 0, start: 0, end: 10, sentence: 'First report.' }] });
  const second = row({ id: 'b:1', sources: [{ articleId: 'synthetic-b', paragraph: 2, start: 5, end: 20, sentence: 'Second report.' }] });

  it('is one row, counted once, with both sources', () => {
    const merged = mergeReports([first, second]);
    expect(merged).toHaveLength(1);
    expect(totals(merged).units).toBe(first.quantity);
    expect(reportsOf(merged[0]!).map((report) => report.articleId)).toEqual(['synthetic-a', 'synthetic-b']);
    expect(merged[0]!.sources.map((source) => source.articleId)).toEqual(['synthetic-a', 'synthetic-b']);
  });

  it('exports as one record listing both sources, and one CSV line saying two reports', () => {
    const merged = mergeReports([first, second]);
    const [record] = JSON.parse(toJson(merged)) as { sources: { sentence: string }[] }[];
    expect(record!.sources.map((source) => source.sentence)).toEqual(['First report.', 'Second report.']);
    const [, line, ...rest] = parseCsv(toCsv(merged));
    expect(rest).toEqual([]);
    expect(line![CSV_COLUMNS.indexOf('sources')]).toBe('2');
  });

  it('a different quantity is a different deal', () => {
    expect(mergeReports([first, { ...second, quantity: first.quantity + 1 }])).toHaveLength(2);
  });
});
