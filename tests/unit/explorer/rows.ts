// Rows for the explorer tests: the seed article's real records, and a synthetic factory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ClaimedTotal } from '../../../src/lib/content/contract.ts';
import { extractContracts } from '../../../src/lib/content/extract/index.ts';
import { recordId } from '../../../src/lib/content/deals.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { mergeReports, type ContractRow } from '../../../src/lib/explorer/rows.ts';

const SEED_NAME = '2020-10-22-putin-russia-china-military-cooperation.txt';
const SEED = parseArticle(
  readFileSync(fileURLToPath(new URL(`../../../content/articles/${SEED_NAME}`, import.meta.url)), 'utf8'),
  SEED_NAME,
);
const seedExtraction = extractContracts(SEED);

/** The seed article's five records as rows: four helicopter contracts and the Su-35 (the S-400 has no number: no row). */
export const seedRows: ContractRow[] = mergeReports(
  seedExtraction.records.map((record, index) => ({ ...record, id: recordId(record, index), articleTitle: SEED.title })),
);

/** The seed article's claimed totals: "120+ various rotorcraft", 121 counted. */
export const seedClaims: ClaimedTotal[] = seedExtraction.claims;

let next = 0;

/** A synthetic row (made-up data, not news): a signed helicopter deal unless told otherwise. */
export function row(fields: Partial<ContractRow> = {}): ContractRow {
  next += 1;
  const id = fields.id ?? `synthetic-${String(next).padStart(3, '0')}`;
  return {
    supplier: 'Russia',
    supplierOrgs: ['Russian Helicopters'],
    recipient: 'Egypt',
    designation: 'Mi-17',
    model: 'Mi-17',
    family: 'Mi-8/17',
    category: 'helicopter',
    quantity: 10,
    year: 2015,
    role: 'multirole',
    engine: null,
    value: null,
    status: 'signed',
    sources: [{ articleId: 'synthetic', paragraph: 0, start: 0, end: 10, sentence: 'Synthetic.' }],
    evidence: [],
    ...fields,
    id,
    reports: fields.reports ?? [
      { id, articleId: fields.sources?.[0]?.articleId ?? 'synthetic', sources: fields.sources ?? [{ articleId: 'synthetic', paragraph: 0, start: 0, end: 10, sentence: 'Synthetic.' }], evidence: [] },
    ],
  };
}
