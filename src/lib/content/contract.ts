// The one shape of a contract record, used by the extractor, the packs, the database, the
// explorer and its export, and the extract CLI; and its one serialiser.

/** Whether a record is a new contract, a delivery under one, or an offer, option or talks. */
export type ContractStatus = 'signed' | 'delivered' | 'proposed';

/**
 * Where a record was read, as packs and the database keep it: offsets into one of its
 * article's paragraphs, never another copy of the text (`sentenceOf` reads it back).
 */
export interface SourceRef {
  articleId: string;
  /** Index into the article's paragraphs; -1 for its title. */
  paragraph: number;
  start: number;
  end: number;
  /** Offsets in the paragraph of the words that name the deal: the type, or "four helicopters". */
  words?: { start: number; end: number };
}

/** Where a record was read, with its sentence: `paragraphs[paragraph].slice(start, end) === sentence`. */
export interface Source extends SourceRef {
  sentence: string;
}

/** What a piece of evidence decided. */
export type EvidenceField = 'status' | 'quantity' | 'model' | 'supplier' | 'recipient' | 'year' | 'value' | 'claim' | 'merged';

/**
 * One decision behind a record, in a reader's words, with the text it rests on:
 * `{ field: 'status', says: 'signed', quote: 'signed a contract', where: 'in this sentence' }`.
 */
export interface Evidence {
  field: EvidenceField;
  /** The decision: "signed", "recipient China", "18 within the 121 claimed". */
  says: string;
  /** The words it rests on, as written; empty when it rests on no words (the catalogue). */
  quote: string;
  /** Where those words are: "in this sentence", "in the headline", "earlier in the article", "the catalogue". */
  where: string;
}

/**
 * One deal for one type, with every sentence of every article that tells it. The extractor
 * gives it with its sentences (`Source`); packs and the database keep offsets alone
 * (`PackedRecord`), and `withSentences` puts the sentences back from the article.
 */
export interface ContractRecord<S extends SourceRef = Source> {
  /** Supplier country, e.g. `Russia`. */
  supplier: string | null;
  /** Supplier organisations named with the deal, e.g. `Russian Helicopters`. */
  supplierOrgs: string[];
  /** Recipient country, e.g. `China`. */
  recipient: string | null;
  /** The type as written, e.g. `Mi-171Sh` or `Ми-171Ш`. */
  designation: string;
  /** Canonical model, e.g. `Mi-171Sh`. */
  model: string;
  family: string;
  category: string;
  /** Units; a mention with no number is not a record. */
  quantity: number;
  /** Year the deal was signed, when the text says so. */
  year: number | null;
  /** Role as the text states it ("military transport"), else the catalogue's. */
  role: string | null;
  /** Engine named as a qualifier ("with a VK-2500 engine"). */
  engine: string | null;
  value: { amount: number; currency: string; text: string } | null;
  status: ContractStatus;
  /** Every sentence that tells this deal, the first one first. */
  sources: S[];
  /** Why the record is there and why its fields are what they are. */
  evidence: Evidence[];
}

/** A deal named without a number ("the supply of S-400 systems"): marked in the text, not a table row. */
export interface DealMention<S extends SourceRef = Source> {
  designation: string;
  model: string;
  category: string;
  status: ContractStatus;
  source: S;
}

/** A record as packs and the database keep it: its sources are offsets, its sentences are in the article. */
export type PackedRecord = ContractRecord<SourceRef>;

/** A deal mention as packs and the database keep it. */
export type PackedMention = DealMention<SourceRef>;

/** A total an article states ("120+ various rotorcraft") against what its records add up to. */
export interface ClaimedTotal {
  articleId: string;
  paragraph: number;
  /** The figure as written, e.g. `120+` or `more than 120`. */
  text: string;
  /** The smallest number the figure allows. */
  min: number;
  /** False for "120+", "more than 120", "some 120". */
  exact: boolean;
  sentence: string;
  /** Sum of the quantities of the records the claim covers. */
  counted: number;
}

/** Everything mined from one article. */
export interface Extraction {
  records: ContractRecord[];
  mentions: DealMention[];
  claims: ClaimedTotal[];
}

/** The record's fields in their documented order (the CLI, the packs and the export all write this). */
export function serialiseRecord(record: ContractRecord): ContractRecord {
  return {
    supplier: record.supplier,
    supplierOrgs: [...record.supplierOrgs],
    recipient: record.recipient,
    designation: record.designation,
    model: record.model,
    family: record.family,
    category: record.category,
    quantity: record.quantity,
    year: record.year,
    role: record.role,
    engine: record.engine,
    value: record.value && { amount: record.value.amount, currency: record.value.currency, text: record.value.text },
    status: record.status,
    sources: record.sources.map(serialiseSource),
    evidence: record.evidence.map(({ field, says, quote, where }) => ({ field, says, quote, where })),
  };
}

/** A source's fields in their documented order. */
export function serialiseSource({ articleId, paragraph, start, end, sentence, words }: Source): Source {
  return { articleId, paragraph, start, end, sentence, ...(words ? { words: { start: words.start, end: words.end } } : {}) };
}

/** A source as packed and stored: its offsets, without the sentence. */
export function sourceRef({ articleId, paragraph, start, end, words }: SourceRef): SourceRef {
  return { articleId, paragraph, start, end, ...(words ? { words: { start: words.start, end: words.end } } : {}) };
}

/** The record as a pack and the database keep it: `serialiseRecord` with offsets in place of sentences. */
export function packRecord(record: ContractRecord): PackedRecord {
  return { ...serialiseRecord(record), sources: record.sources.map(sourceRef) };
}

/** The deal mention as a pack and the database keep it. */
export function packMention({ designation, model, category, status, source }: DealMention): PackedMention {
  return { designation, model, category, status, source: sourceRef(source) };
}

/** What `sentenceOf` reads of an article. */
export interface ArticleBody {
  title?: string;
  paragraphs: readonly string[];
}

/** The sentence a source points at in its article (paragraph -1 is the title); empty when the offsets fall outside it. */
export function sentenceOf(source: SourceRef, article: ArticleBody): string {
  const text = source.paragraph < 0 ? (article.title ?? '') : article.paragraphs[source.paragraph];
  if (text === undefined || source.start < 0 || source.end > text.length || source.start > source.end) return '';
  return text.slice(source.start, source.end);
}

/**
 * The record with each source's sentence read from its article (`articleOf` by id); a source
 * whose article is not at hand keeps an empty sentence. Keeps every other field as it is.
 */
export function withSentences<R extends { sources: readonly SourceRef[] }>(
  record: R,
  articleOf: (articleId: string) => ArticleBody | undefined,
): Omit<R, 'sources'> & { sources: Source[] } {
  return {
    ...record,
    sources: record.sources.map((source) => {
      const article = articleOf(source.articleId);
      return { ...sourceRef(source), sentence: article ? sentenceOf(source, article) : '' };
    }),
  };
}

/** Where a source's sentence is: "the headline" (paragraph -1) or "paragraph 3". */
export function sourcePlace(source: Pick<Source, 'paragraph'>): string {
  return source.paragraph < 0 ? 'the headline' : `paragraph ${source.paragraph + 1}`;
}

/** One piece of evidence as a line: `signed: “signed a contract” in this sentence`. */
export function evidenceLine(evidence: Evidence): string {
  if (evidence.quote === '') return `${evidence.says} (${evidence.where})`;
  return `${evidence.says}: “${evidence.quote}” ${evidence.where}`;
}
