// Letters, digits and words, read character by character. Finding each word with a regex costs
// a call per word, and the parties stage reads every word of every deal sentence: this reads
// them in one loop, and asks Unicode (`\p{L}`, `\p{N}`) once per character code, not per use.

import type { Span } from './sentences.ts';

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** Set on a class read from a surrogate pair: the character takes two code units. */
const PAIR = 4;

/** 1 + the class of each UTF-16 code unit met so far; 0 when not yet asked. */
const classes = new Uint8Array(65_536);
const IS_LETTER = /^\p{L}$/u;
const IS_DIGIT = /^\p{N}$/u;

const classOf = (char: string) => (IS_LETTER.test(char) ? LETTER : IS_DIGIT.test(char) ? DIGIT : OTHER);

/** The class of the code unit `code` on its own (a lone surrogate is neither letter nor digit). */
function unitClass(code: number): number {
  let known = classes[code]!;
  if (known === 0) {
    known = 1 + classOf(String.fromCharCode(code));
    classes[code] = known;
  }
  return known - 1;
}

/** The class of the character at `i`, with PAIR set when it is a surrogate pair ending before `end`. */
function classAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classOf(text.slice(i, i + 2)) | PAIR;
  }
  return unitClass(code);
}

const width = (cls: number) => (cls & PAIR ? 2 : 1);
const kind = (cls: number) => cls & 3;

/** Whether the code unit before `at` is a letter or a digit: a word cannot start at `at` then. */
export function letterOrDigitBefore(text: string, at: number): boolean {
  return at > 0 && unitClass(text.charCodeAt(at - 1)) !== OTHER;
}

/**
 * The words of `text` between `from` and `to`, the same as the regex
 * `(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` finds in that slice:
 * letters each with a full stop ("U.S.", "т.е."), or letters and digits joined by single
 * hyphens and apostrophes ("Mi-17V-5", "Egypt's").
 */
export function wordSpans(text: string, from: number, to: number): Span[] {
  const words: Span[] = [];
  let i = from;
  while (i < to) {
    const cls = classAt(text, i, to);
    if (kind(cls) === OTHER) {
      i += width(cls);
      continue;
    }
    const start = i;
    let end = -1;
    if (kind(cls) === LETTER) {
      // two or more letters each followed by a full stop, and no letter after the last stop
      let j = i;
      let pairs = 0;
      for (;;) {
        if (j >= to) break;
        const c = classAt(text, j, to);
        if (kind(c) !== LETTER || j + width(c) >= to || text.charCodeAt(j + width(c)) !== 46) break;
        j += width(c) + 1;
        pairs++;
      }
      if (pairs >= 2 && (j >= to || kind(classAt(text, j, to)) !== LETTER)) end = j;
    }
    if (end < 0) {
      let j = i;
      for (;;) {
        while (j < to) {
          const c = classAt(text, j, to);
          if (kind(c) === OTHER) break;
          j += width(c);
        }
        const joiner = text.charCodeAt(j);
        if (j + 1 < to && (joiner === 45 || joiner === 39 || joiner === 0x2019) && kind(classAt(text, j + 1, to)) !== OTHER) {
          j++;
          continue;
        }
        break;
      }
      end = j;
    }
    words.push({ start, end, text: text.slice(start, end) });
    i = end;
  }
  return words;
}

/** What `\s` is in a JavaScript regex. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The tokens of `text` between `from` and `to` a quantity is read from, the same as the regex
 * `\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?\+?|[\p{L}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]`
 * finds in that slice: a number ("1,000", "7.5", "120+"), a word ("Mi-17", "Egypt's"), or one
 * mark ("(", "$"). Digits of other scripts are skipped, as that regex skips them.
 */
export function tokenSpans(text: string, from: number, to: number): Span[] {
  const tokens: Span[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let end: number;
    if (isAsciiDigit(code)) {
      let digits = i;
      while (digits < to && isAsciiDigit(text.charCodeAt(digits))) digits++;
      // "1,000", "12,500,000": up to three digits, then groups of a comma and three digits
      let grouped = digits;
      if (digits - i <= 3) {
        while (grouped + 3 < to && text.charCodeAt(grouped) === 44 && isAsciiDigit(text.charCodeAt(grouped + 1)) && isAsciiDigit(text.charCodeAt(grouped + 2)) && isAsciiDigit(text.charCodeAt(grouped + 3))) grouped += 4;
      }
      const next = grouped < to ? text.charCodeAt(grouped) : -1;
      if (grouped > digits && !isAsciiDigit(next) && next !== 44) end = grouped;
      else {
        end = digits;
        const mark = text.charCodeAt(end);
        if (end + 1 < to && (mark === 46 || mark === 44) && isAsciiDigit(text.charCodeAt(end + 1))) {
          end++;
          while (end < to && isAsciiDigit(text.charCodeAt(end))) end++;
        }
        if (end < to && text.charCodeAt(end) === 43) end++;
      }
    } else {
      const cls = classAt(text, i, to);
      if (kind(cls) === LETTER) {
        end = i + width(cls);
        while (end < to) {
          const c = classAt(text, end, to);
          const unit = text.charCodeAt(end);
          if (kind(c) === OTHER && unit !== 39 && unit !== 0x2019 && unit !== 45) break;
          end += width(c);
        }
      } else if (kind(cls) === OTHER && !isSpace(code)) {
        end = i + width(cls);
      } else {
        i += width(cls); // a space, or a digit of another script
        continue;
      }
    }
    tokens.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return tokens;
}
