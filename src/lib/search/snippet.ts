// Snippets: a short window of an article's text around what matched, with the matched words
// as ranges. The view renders the ranges as <mark> around text segments, never as HTML.
import { spacedDesignations, termSpans, wordsOf, type TermSpan } from './terms.ts';

/** A piece of text and the `[start, end)` ranges in it that matched the query. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

/** The text an article is searched in, as the snippet needs it. */
export interface SnippetSource {
  title: string;
  paragraphs: string[];
  comments: string[];
}

const WIDTH = 200;
/** How much text comes before the first match shown when the window does not start at the top. */
const LEAD = 60;

/**
 * The ranges of `text` whose words (or parts of words: "Ude" in "Ulan-Ude") yield one of the
 * `matched` index terms, in order and not overlapping.
 */
export function matchedRanges(text: string, matched: ReadonlySet<string>): [number, number][] {
  const words = wordsOf(text);
  const spans: TermSpan[] = spacedDesignations(text, words).filter((span) => matched.has(span.term));
  for (const word of words) {
    const hits = termSpans(word).filter((span) => matched.has(span.term));
    // A matched whole word is marked whole; otherwise only its matched parts.
    const whole = hits.find((span) => span.start === word.start && span.end === word.end);
    if (whole) spans.push(whole);
    else for (const hit of hits) spans.push(hit);
  }
  const ranges: [number, number][] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = ranges[ranges.length - 1];
    if (last && span.start <= last[1]) last[1] = Math.max(last[1], span.end);
    else ranges.push([span.start, span.end]);
  }
  return ranges;
}

/**
 * About WIDTH characters of `text`, cut at word boundaries with "…" where cut, placed to show
 * as many matches as it can, starting a little before the first of them.
 */
export function excerpt(text: string, ranges: [number, number][]): Snippet {
  if (text.length <= WIDTH) return { text, highlights: ranges };
  const windowAt = (at: number) => Math.max(0, Math.min(at - LEAD, text.length - WIDTH));
  const inside = (from: number) => ranges.filter(([s, e]) => s >= from && e <= from + WIDTH).length;
  let anchor = ranges[0] ?? [0, 0];
  for (const range of ranges) if (inside(windowAt(range[0])) > inside(windowAt(anchor[0]))) anchor = range;

  let start = windowAt(anchor[0]);
  if (start > 0 && !/\s/.test(text[start - 1] ?? '')) {
    const space = text.slice(start, anchor[0]).search(/\s\S/);
    start = space === -1 ? anchor[0] : start + space + 1;
  }
  let end = Math.min(text.length, start + WIDTH);
  if (end < text.length && /\S/.test(text[end] ?? '')) {
    const from = Math.max(anchor[1], start);
    const space = text.slice(from, end).search(/\s\S*$/);
    if (space !== -1) end = from + space;
  }
  const before = start > 0 ? '…' : '';
  const shift = before.length - start;
  return {
    text: before + text.slice(start, end).trimEnd() + (end < text.length ? '…' : ''),
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/**
 * The snippet for one result: the body paragraph (or, when only reader comments matched, the
 * comment) with the most distinct matched words, else the title.
 */
export function snippetOf(article: SnippetSource, matched: ReadonlySet<string>, inComments: boolean): Snippet {
  let best: { text: string; ranges: [number, number][]; words: number } | null = null;
  for (const text of inComments ? article.comments : article.paragraphs) {
    const ranges = matchedRanges(text, matched);
    if (ranges.length === 0) continue;
    const words = new Set(ranges.map(([s, e]) => text.slice(s, e).toLowerCase())).size;
    if (!best || words > best.words) best = { text, ranges, words };
  }
  if (best) return excerpt(best.text, best.ranges);
  return excerpt(article.title, matchedRanges(article.title, matched));
}

/** A snippet as consecutive text segments, the matched ones flagged, for rendering as text. */
export function segments(snippet: Snippet): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) out.push({ text: snippet.text.slice(at, start), marked: false });
    out.push({ text: snippet.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.text.length) out.push({ text: snippet.text.slice(at), marked: false });
  return out;
}
