// Stage 1: sentences and clauses. Every span keeps its offsets into the paragraph, so a record
// can quote exactly the words it came from.

import { letterOrDigitBefore } from './letters.ts';

/** A span of a paragraph: `paragraph.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every match of a global `pattern` in `text` between `from` and `to`, with offsets into `text`. */
export function spansOf(pattern: RegExp, text: string, from: number, to: number): Span[] {
  const list: Span[] = [];
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    list.push({ text: match[0], start: from + match.index, end: from + match.index + match[0].length });
  }
  return list;
}

/** Whether a word may start at `at`: no letter or digit right before it ("designed" holds no "signed"). */
export function startsWord(text: string, at: number): boolean {
  return !letterOrDigitBefore(text, at);
}

/**
 * `scan`, remembering its answer for the last paragraph it was given: a paragraph's sentences
 * ask for the same paragraph one after another, and it is scanned once.
 */
export function lastParagraphOnce<T>(scan: (paragraph: string) => T): (paragraph: string) => T {
  let last: { paragraph: string; found: T } | null = null;
  return (paragraph) => {
    if (last?.paragraph !== paragraph) last = { paragraph, found: scan(paragraph) };
    return last.found;
  };
}

/** A sentence longer than this is mined in pieces, cut at a clause break or a space. */
export const MAX_SENTENCE_CHARS = 600;

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cpt adm sgt cdr cmdr st jr sr vs etc no nos inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est fig mt ft vol dept gov rep sen pres ' +
    'e.g i.e u.s u.k u.n a.m p.m г гг ул им т.е т.д т.п тыс млн млрд руб долл ок')
    .split(' '),
);
// also "on Monday.According to…": a full stop with the space after it left out
// (the lookbehind after the stop, not before it: a regex that starts with one scans far slower)
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)|\.(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll})/gu;

/**
 * Splits a paragraph into sentences, keeping "Mr. Putin", "U.S. Army", "7.5", "им. Миля" and
 * quotes whole. Time is linear in the paragraph; no sentence is longer than MAX_SENTENCE_CHARS.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') for (const piece of bounded({ start: start + lead, end: start + lead + body.length, text: body })) spans.push(piece);
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.')) {
      const word = /([\p{L}\p{N}&.'-]{1,12})$/u.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    // a lower-case word after it means the sentence goes on ("“Why?” he asked")
    if (/^\s+\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    push(end);
  }
  push(text.length);
  return spans;
}

/** Cuts an over-long sentence into pieces of at most MAX_SENTENCE_CHARS, at a clause break or a space. */
function bounded(sentence: Span): Span[] {
  if (sentence.text.length <= MAX_SENTENCE_CHARS) return [sentence];
  const pieces: Span[] = [];
  let from = 0;
  const { text } = sentence;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_SENTENCE_CHARS);
    if (to < text.length) {
      const window = text.slice(from, to);
      const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
      if (cut > MAX_SENTENCE_CHARS / 2) to = from + cut + 1;
    }
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') pieces.push({ start: sentence.start + from + lead, end: sentence.start + from + lead + body.length, text: body });
    from = to;
  }
  return pieces;
}

/**
 * Clause boundaries inside a sentence: , ; : ( ) and spaced dashes (not "1,000" or "7,5"), and
 * "while" or "whereas" joining two clauses with no comma ("orders of 42 and 19 while more countries
 * are negotiating"). Square brackets are an editor's insertion into a quote ("plans include [the
 * sale of] 32"), not a break.
 */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:()]|\s[–—-]\s|\s(?:while|whereas)(?=\s)/g;

/** The clauses of a sentence, as offsets into its paragraph. */
export function clausesOf(sentence: Span): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence.text); match; match = CLAUSE_BREAK.exec(sentence.text)) {
    const at = sentence.start + match.index;
    clauses.push({ start, end: at });
    start = at + match[0].length;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}
