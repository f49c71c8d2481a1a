// How text becomes search terms. What the reader types and what the articles say must meet on
// the same terms whatever the script, accents, case or dash: "Ми–171ш" finds "Mi-171Sh".
//
// A word is a run of letters and digits, possibly joined by hyphens or dashes. It yields its
// whole folded form ("mi-171sh"), the same without separators ("mi171sh"), its hyphen parts
// ("mi", "171sh") and its runs of letters or digits ("mi", "171", "sh"); a designation written
// with a space ("Mi 171") also yields the run-together form. So "Mi-171", "Mi171" and "Mi 171"
// all find each other, and "171" or "Ude" find "Mi-171" and "Ulan-Ude". Each term keeps the
// span it covers, for highlighting.

import { CYRILLIC_TO_LATIN } from '../content/cyrillic.ts';

/** Hyphens and dashes a designation may be written with (as in the catalogue). */
const DASH = '\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';
const DASHES = new RegExp(`[${DASH}]`, 'g');
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}\\p{M}\\u00AD]';
/** A word: letters and digits, joined by single hyphens or dashes ("Ulan-Ude", "Mi–171Sh"). */
const WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:[${DASH}]${LETTER_OR_DIGIT}+)*`, 'gu');
const PART = new RegExp(`${LETTER_OR_DIGIT}+`, 'gu');
const RUN = /\p{N}+|[\p{L}\p{M}\u00AD]+/gu;
const ASCII = /^[\x00-\x7F]*$/;
/** An ordinary word or number: it yields itself and nothing more. */
const PLAIN = /^(?:[a-z]*|[0-9]*)$/;
const SHORT_NAME = /^\p{Lu}\p{L}{0,3}$/u;

/** Lower-cases, folds Cyrillic to Latin, strips accents and soft hyphens, makes every dash `-`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower; // no accents, no Cyrillic, no dashes but '-'
  let out = '';
  for (const char of lower) {
    const latin = CYRILLIC_TO_LATIN[char.toUpperCase()]?.toLowerCase();
    out += latin ?? char.normalize('NFKD').replace(/[\p{M}\u00AD]/gu, '');
  }
  return out.replace(DASHES, '-');
}

/** A word as written in a text, with its offsets: `text.slice(start, end)`. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Every word of `text`, in order. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** One term a word yields, and the part of the text it stands for. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/** The terms a word yields, whole word first, each with its span in the text. */
export function termSpans(word: Word): TermSpan[] {
  const whole = fold(word.text);
  const spans: TermSpan[] = [{ term: whole, start: word.start, end: word.end }];
  if (PLAIN.test(whole)) return spans; // the common case
  const parts = [...word.text.matchAll(PART)].map((match) => ({
    term: fold(match[0]),
    start: word.start + match.index,
    end: word.start + match.index + match[0].length,
    text: match[0],
  }));
  if (parts.length > 1) {
    spans.push({ term: parts.map((part) => part.term).join(''), start: word.start, end: word.end });
    for (const { term, start, end } of parts) spans.push({ term, start, end });
  }
  for (const part of parts) {
    const runs = [...part.text.matchAll(RUN)];
    if (runs.length < 2) continue;
    for (const run of runs) {
      const start = part.start + run.index;
      spans.push({ term: fold(run[0]), start, end: start + run[0].length });
    }
  }
  return spans.filter((span, i) => span.term !== '' && spans.findIndex((other) => other.term === span.term) === i);
}

/** The index terms of one word as written. */
export function termsOf(word: string): string[] {
  return termSpans({ text: word, start: 0, end: word.length }).map((span) => span.term);
}

/**
 * Designations written with a space ("Mi 171", "Su 35"): a short capitalised word and a
 * number right after it, as one term spanning both ("mi171"), the same term "Mi-171" yields
 * run together.
 */
export function spacedDesignations(text: string, words: Word[]): TermSpan[] {
  const spans: TermSpan[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [name, number] = [words[i]!, words[i + 1]!];
    if (!SHORT_NAME.test(name.text) || !/^\p{N}/u.test(number.text)) continue;
    if (!/^[ \u00A0\u202F]$/.test(text.slice(name.end, number.start))) continue;
    spans.push({ term: fold(name.text) + fold(number.text).replace(/-/g, ''), start: name.start, end: number.end });
  }
  return spans;
}

/** Every index term of a text (the engine's tokenizer; runs over every article, so kept lean). */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = fold(match[0]);
    if (PLAIN.test(folded)) terms.push(folded);
    else for (const term of termsOf(match[0])) terms.push(term);
  }
  // Short capitalised words are rare: look for spaced designations only where there is one.
  if (/(?:^|[^\p{L}])\p{Lu}\p{L}{0,3}[ \u00A0\u202F]\p{N}/u.test(text)) {
    for (const span of spacedDesignations(text, wordsOf(text))) terms.push(span.term);
  }
  return terms;
}

/** The words of a query, each with the ways it may be written in an article. */
export interface QueryWord {
  /** The word folded whole: "mi-171". */
  term: string;
  /** Without separators, when it has any: "mi171". */
  joined: string | null;
  /** Spellings with two neighbouring letters swapped, for the commonest typo ("Ansta"). */
  swaps: string[];
}

/** Reads a query as words; punctuation between words is ignored. */
export function parseQuery(query: string): QueryWord[] {
  return wordsOf(query).map((word) => {
    const term = fold(word.text);
    const joined = term.includes('-') ? term.replace(/-/g, '') : null;
    return { term, joined, swaps: swaps(term) };
  });
}

/** Adjacent transpositions of a plain word of four letters or more. */
function swaps(term: string): string[] {
  if (term.length < 4 || !/^\p{L}+$/u.test(term)) return [];
  const out = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}
