// The full-text index over the stored articles (MiniSearch), with the hash each article had
// when it was indexed, so the index can be brought up to date article by article.
import MiniSearch, { type Options, type Query } from 'minisearch';
import { indexTerms, parseQuery, type QueryWord } from './terms.ts';

/** Bump when terms, fields or engine options change: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 1;

/** What the index reads of an article; a stored article has all of it. */
export interface IndexableArticle {
  id: string;
  title: string;
  tags: string[];
  paragraphs: string[];
  comments: string[];
  hash: string;
}

/** What a search result shows and its snippet is cut from. */
export interface ReadableArticle extends IndexableArticle {
  date: string;
  publication: string;
}

/** Reads articles by id (from IndexedDB in the app), `undefined` for any no longer stored. */
export type ArticleReader = (ids: string[]) => Promise<(ReadableArticle | undefined)[]>;

/** An article the query matched, best first. */
export interface Match {
  id: string;
  score: number;
  /** The index terms that matched, including prefix and typo matches ("ansat" for "Ansta"). */
  terms: string[];
  /** True when only the reader comments matched, not the article's own text. */
  inComments: boolean;
}

/** The index as stored: the engine's JSON and the hash of every article it holds. */
export interface SerializedIndex {
  engine: string;
  hashes: Record<string, string>;
}

export interface IndexedDocument {
  id: string;
  title: string;
  tags: string;
  body: string;
  comments: string;
}

type Field = Exclude<keyof IndexedDocument, 'id'>;

/** Title matches count most; reader comments least, as they are not the article's own words. */
const BOOST: Record<Field, number> = { title: 4, tags: 2, body: 1, comments: 0.4 };
/** A spelling with two letters swapped counts a little less than a typo found by edit distance. */
const SWAP_WEIGHT = 0.4;

/** The engine's options: exported for the benchmark that loads the stored index with MiniSearch alone. */
export const ENGINE_OPTIONS: Options<IndexedDocument> = {
  fields: ['title', 'tags', 'body', 'comments'] satisfies Field[],
  // The tokenizer yields finished terms (folded, designations in every form): see terms.ts.
  tokenize: indexTerms,
  processTerm: (term) => term,
  // Vacuuming runs once, before the index is saved, not in the background.
  autoVacuum: false,
};

function toDocument(article: IndexableArticle): IndexedDocument {
  return {
    id: article.id,
    title: article.title,
    tags: article.tags.join('\n'),
    body: article.paragraphs.join('\n'),
    comments: article.comments.join('\n'),
  };
}

/** The engine query for one word: as written, run together, or with two letters swapped. */
function wordQuery(word: QueryWord): Query {
  const alternatives: Query[] = [
    {
      queries: [word.term],
      prefix: word.term.length >= 2,
      // Small typos in words, not in numbers: "S-400" must not find "S-300".
      fuzzy: word.term.length >= 4 && !/\d/.test(word.term) ? 0.2 : false,
    },
  ];
  if (word.joined) alternatives.push({ queries: [word.joined], prefix: true, fuzzy: false });
  if (word.swaps.length > 0) {
    alternatives.push({ queries: word.swaps, prefix: true, fuzzy: false, boostTerm: () => SWAP_WEIGHT });
  }
  return { combineWith: 'OR', queries: alternatives };
}

/** The search index over the stored articles. */
export class ArticleIndex {
  readonly read: ArticleReader;
  #engine: MiniSearch<IndexedDocument>;
  #hashes: Map<string, string>;

  constructor(read: ArticleReader, stored?: SerializedIndex) {
    this.read = read;
    this.#engine = stored ? MiniSearch.loadJSON(stored.engine, ENGINE_OPTIONS) : new MiniSearch(ENGINE_OPTIONS);
    this.#hashes = new Map(stored ? Object.entries(stored.hashes) : []);
    if (this.#engine.documentCount !== this.#hashes.size) throw new Error('Stored search index does not match its article list');
  }

  /** How many articles are indexed. */
  get size(): number {
    return this.#hashes.size;
  }

  /** The hash each indexed article had when it was indexed, by article id. */
  get hashes(): ReadonlyMap<string, string> {
    return this.#hashes;
  }

  /** Indexes an article, replacing the version indexed before if there is one. */
  add(article: IndexableArticle): void {
    if (this.#engine.has(article.id)) this.#engine.discard(article.id);
    this.#engine.add(toDocument(article));
    this.#hashes.set(article.id, article.hash);
  }

  /** Takes an article out of the index. */
  remove(id: string): void {
    if (this.#engine.has(id)) this.#engine.discard(id);
    this.#hashes.delete(id);
  }

  /** Drops what replaced and removed articles left behind, so it is not saved. */
  async tidy(): Promise<void> {
    if (this.#engine.dirtCount > 0) await this.#engine.vacuum({ batchWait: 1 });
  }

  /** Articles matching every word of the query (as a prefix, or with a small typo), best first. */
  match(query: string): Match[] {
    const words = parseQuery(query);
    if (words.length === 0) return [];
    const results = this.#engine.search(
      { combineWith: 'AND', queries: words.map(wordQuery) },
      // The query is already folded into terms: the engine takes them as they are.
      { tokenize: (term) => [term], processTerm: (term) => term, boost: BOOST },
    );
    return results.map((result) => ({
      id: result.id as string,
      score: result.score,
      terms: result.terms,
      inComments: result.terms.every((term) => result.match[term]!.every((field) => field === 'comments')),
    }));
  }

  toJSON(): SerializedIndex {
    return { engine: JSON.stringify(this.#engine), hashes: Object.fromEntries(this.#hashes) };
  }
}
