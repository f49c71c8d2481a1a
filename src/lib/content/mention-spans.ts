// Where an article's contract records are mentioned in its text, for marking them as links.
//
// Each record carries where its sentences are in the paragraphs (`sources`), each with the offsets of the
// words that name the deal ("Mi-171", "four helicopters"), and its type as written
// (`designation`). The mark is those words; a source stored without them (by an earlier
// version) is marked where the designation is in its sentence: several records in one sentence
// are found in reading order, each after the one before ("68 Mi-171 … 14 Mi-171" gives two
// marks), and only as a whole word ("Mi-171" is not the start of "Mi-171Sh"). A deal named
// with no number (`id: null`) is marked too, but is not a link: it has no explorer row.

import type { SourceRef } from './contract.ts';

/** What marking needs of a record: a stored contract (`StoredContract`) has all of it; a deal mention has no id. */
export interface MarkedRecord {
  id: string | null;
  order: number;
  designation: string;
  /** Rows stored by an earlier version also carry the sentence, which is then looked for if the offsets no longer hold it. */
  sources: readonly (SourceRef & { sentence?: string })[];
}

/** A marked stretch of a paragraph and the records it stands for. */
export interface MentionSpan {
  start: number;
  end: number;
  /** The explorer records it stands for; empty for a deal named with no number. */
  recordIds: string[];
}

/** A range of a paragraph, `start` inclusive, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

/** A piece of a paragraph: plain (`span` null) or the text of `spans[span]`. */
export interface Segment {
  text: string;
  span: number | null;
}

/** A piece of a paragraph inside or outside the highlighted sentence, split by its marks. */
export interface Layer {
  highlighted: boolean;
  pieces: Segment[];
}

// The catalogue's boundaries: no letter or digit before; after, no digit, no dash and digit,
// and no letter unless it is a plural "s" ("Mi-17s").
const BEFORE = /[\p{L}\p{N}]/u;
const AFTER = /^(?![\p{N}])(?!-\p{N})(?:(?![\p{L}])|(?='?s(?![\p{L}\p{N}])))/iu;

/** The first whole-word occurrence of `word` in `text` at or after `from`, or -1. */
function findWord(text: string, word: string, from: number): number {
  if (word === '') return -1;
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    if ((before === undefined || !BEFORE.test(before)) && AFTER.test(text.slice(at + word.length))) return at;
  }
  return -1;
}

/** Where the record's sentence is in its paragraph, or null when the text has changed. */
function sentenceRange(paragraph: string, source: MarkedRecord['sources'][number]): Range | null {
  const { start, end, sentence } = source;
  if (sentence === undefined) return start >= 0 && start < end && end <= paragraph.length ? { start, end } : null;
  if (paragraph.slice(start, end) === sentence) return { start, end };
  const at = sentence === '' ? -1 : paragraph.indexOf(sentence);
  return at === -1 ? null : { start: at, end: at + sentence.length };
}

interface Candidate extends MentionSpan {
  /** False when the designation was not found and the mark is the whole sentence. */
  found: boolean;
}

/**
 * The marks of each paragraph (by index), sorted and never overlapping. Records on the same
 * words share a mark; a record whose designation is not in its sentence marks the sentence,
 * unless that would overlap a found mention (then it has no mark).
 */
export function mentionSpans(paragraphs: readonly string[], records: readonly MarkedRecord[]): Map<number, MentionSpan[]> {
  const candidates = new Map<number, Candidate[]>();
  const lastEnd = new Map<string, number>();
  const ids = (record: MarkedRecord) => (record.id === null ? [] : [record.id]);
  for (const record of [...records].sort((a, b) => a.order - b.order)) {
    for (const source of record.sources) {
      const paragraph = paragraphs[source.paragraph];
      if (paragraph === undefined) continue;
      const sentence = sentenceRange(paragraph, source);
      if (!sentence) continue;
      let candidate: Candidate;
      const words = source.words;
      const shift = sentence.start - source.start;
      if (words && words.start >= source.start && words.end <= source.end && words.start < words.end) {
        candidate = { start: words.start + shift, end: words.end + shift, recordIds: ids(record), found: true };
      } else {
        const key = `${source.paragraph}:${sentence.start}`;
        const text = paragraph.slice(sentence.start, sentence.end);
        // Onwards from the record before; failing that, from the start (a second record on the same words).
        let at = findWord(text, record.designation, lastEnd.get(key) ?? 0);
        if (at === -1) at = findWord(text, record.designation, 0);
        candidate =
          at === -1
            ? { ...sentence, recordIds: ids(record), found: false }
            : { start: sentence.start + at, end: sentence.start + at + record.designation.length, recordIds: ids(record), found: true };
        if (at !== -1) lastEnd.set(key, at + record.designation.length);
      }
      // a deal with no number is marked only where its type is, never as a whole sentence
      if (!candidate.found && record.id === null) continue;
      const list = candidates.get(source.paragraph) ?? [];
      list.push(candidate);
      candidates.set(source.paragraph, list);
    }
  }

  const result = new Map<number, MentionSpan[]>();
  for (const [index, list] of candidates) result.set(index, resolve(list));
  return result;
}

/** Sorts the candidates and settles overlaps: found mentions merge, a sentence fallback over one is dropped. */
function resolve(list: Candidate[]): MentionSpan[] {
  const found = list.filter((c) => c.found);
  const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
  const kept = [...found, ...list.filter((c) => !c.found && !found.some((f) => overlaps(c, f)))];
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  const spans: MentionSpan[] = [];
  for (const { start, end, recordIds } of kept) {
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      for (const id of recordIds) if (!last.recordIds.includes(id)) last.recordIds.push(id);
    } else {
      spans.push({ start, end, recordIds: [...recordIds] });
    }
  }
  return spans;
}

/**
 * Splits `text` into plain pieces and the pieces of `spans` (by index into `spans`); the
 * pieces joined give `text` back. Spans out of range or overlapping an earlier one are skipped.
 */
export function segments(text: string, spans: readonly Range[]): Segment[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const pieces: Segment[] = [];
  let at = 0;
  for (const { span, index } of order) {
    if (span.start < at) continue;
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), span: null });
    pieces.push({ text: text.slice(span.start, span.end), span: index });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null });
  return pieces;
}

/**
 * The paragraph as the article view draws it: outside and inside the highlighted sentence,
 * each split by the marks (clipped to it), so a mark inside the highlight is still a mark.
 */
export function layers(text: string, marks: readonly Range[], highlight: Range | null): Layer[] {
  const result: Layer[] = [];
  let start = 0;
  for (const outer of segments(text, highlight ? [highlight] : [])) {
    const end = start + outer.text.length;
    const clipped = marks.map((mark) => ({ start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }));
    result.push({ highlighted: outer.span !== null, pieces: segments(outer.text, clipped) });
    start = end;
  }
  return result;
}
