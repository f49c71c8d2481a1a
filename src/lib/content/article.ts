import type { ClaimedTotal, PackedMention, PackedRecord } from './contract.ts';

/** A clean article, parsed from one source file in `content/articles/`. */
export interface Article {
  /** Stable slug, taken from the source file's name (e.g. `2020-10-22-putin-…`). */
  id: string;
  title: string;
  /** ISO 8601 date (`YYYY-MM-DD`) or date-time, as written in the front matter. */
  date: string;
  publication: string;
  url: string | null;
  tags: string[];
  /** Body text, one entry per paragraph, typography kept as written. */
  paragraphs: string[];
  /** Reader comments, each kept whole with its own line breaks. */
  comments: string[];
  /** The page's "Previous article" / "Next article" titles. */
  related: { previous: string | null; next: string | null };
  wordCount: number;
  readingMinutes: number;
  /** Hash of everything above: changes exactly when the article does. */
  hash: string;
}

/** A source file that cannot be parsed: names the file, the line and the reason. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** What the build ships: the corpus version and the packs that hold its articles. */
export interface ContentManifest {
  /** Changes whenever any article changes; equal versions mean equal corpora. */
  version: string;
  packs: PackRef[];
}

/** One content-hashed pack of articles, as listed in the manifest. */
export interface PackRef {
  /** URL path of the pack, relative to the app's base (e.g. `content/pack-3f9a….json`). */
  file: string;
  /** Hash of the pack's contents; the same hash is in its file name. */
  hash: string;
  /** How many articles the pack holds. */
  count: number;
}

/**
 * An article as a content pack ships it: with the contracts mined from it. Its `hash` covers
 * the extraction too, so an improved extractor re-ships the articles whose records changed.
 */
export interface PackedArticle extends Article {
  /** Its records, their sources as offsets into this article's text (`withSentences` reads them). */
  contracts: PackedRecord[];
  claims: ClaimedTotal[];
  /** Deals named with no number: marked in the text, not explorer rows. */
  mentions: PackedMention[];
}

/** The body of one pack file. */
export interface ContentPack {
  articles: PackedArticle[];
}
