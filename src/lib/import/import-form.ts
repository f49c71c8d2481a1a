import { withSentences } from '../content/contract.ts';
import { contractsOf, type QuotedContract } from '../db/contracts.ts';
import type { SortieDb, StoredArticle, StoredContract } from '../db/schema.ts';
import { readerMessage } from '../reader-message.ts';
import { importArticle } from './import-article.ts';
import { ImportError, readImportFile, type ImportInput, type ImportStep, type ReadImportOptions } from './import-file.ts';

/** What the import form holds when the reader presses Import. */
export interface ImportFormValues {
  text: string;
  file: File | null;
  title: string;
  date: string;
  publication: string;
  url: string;
}

/** A finished import: the stored article and the contract records mined from it, in reading order. */
export interface ImportResult {
  article: StoredArticle;
  /** With their sentences, read from the article. */
  records: QuotedContract[];
}

/** Imports what the form holds: the picked file, or else the pasted text. */
export async function importFromForm(
  db: SortieDb,
  form: ImportFormValues,
  options?: ReadImportOptions,
): Promise<ImportResult> {
  if (form.file && form.text.trim() !== '') {
    throw new ImportError('Paste text or choose a file, not both: clear one of them.');
  }
  const facts = { title: form.title, date: form.date, publication: form.publication, url: form.url };
  const input: ImportInput = form.file
    ? { ...(await readImportFile(form.file)), ...facts }
    : { text: form.text, kind: 'paste', ...facts };
  const article = await importArticle(db, input, options);
  const records = await contractsOf(db, article.id);
  return { article, records: records.map((record) => withSentences(record, () => article)) };
}

/** What the import view says while a step is under way. */
export function importStepText(step: ImportStep): string {
  if (step === 'reading') return 'Reading the text…';
  return step === 'mining' ? 'Finding the contracts in it…' : 'Storing it…';
}

/** "4 contracts were found in it." */
export function contractsFoundText(count: number): string {
  if (count === 0) return 'No contracts were found in it.';
  return count === 1 ? '1 contract was found in it.' : `${count} contracts were found in it.`;
}

/** A record in one line: "signed: 4 Mi-171E, Russia → China, 2017". */
export function recordLine(record: Pick<StoredContract, 'status' | 'quantity' | 'model' | 'engine' | 'supplier' | 'recipient' | 'year'>): string {
  const parties = `${record.supplier ?? 'unknown supplier'} → ${record.recipient ?? 'unknown recipient'}`;
  const engine = record.engine ? ` with ${record.engine}` : '';
  return `${record.status}: ${record.quantity} ${record.model}${engine}, ${parties}${record.year === null ? '' : `, ${record.year}`}`;
}

/** What to tell the reader when an import fails. */
export function importErrorText(error: unknown): string {
  return readerMessage(error, 'The article could not be imported: something unexpected went wrong in Sortie. Nothing was changed; try again, and reload the app if it happens again.');
}
