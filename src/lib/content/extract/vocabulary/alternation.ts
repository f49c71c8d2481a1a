// A vocabulary pattern is a long list of words and phrases joined by `|`. A regular expression
// tries every one of them at every place in the text; grouped behind their first letter
// ("o(?:ffer|perates)|p(?:lans? to|ropos…)"), it tries one letter at most places and the
// phrases behind it only where that letter is. The matches are the same: phrases that start
// with different letters cannot match at the same place, and phrases with the same first
// letter keep their order (so "plans? to" is still tried before "plans?").

/** Where the group opening at `open` closes. */
function closing(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** The alternatives of `source` at its top level. */
export function alternativesOf(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** A quantifier that makes what it follows optional. */
const OPTIONAL = /^(?:[?*]|\{0,\d*\})\??/;

/**
 * The characters (lower-cased when `fold`) a match of `source` can start with; null when it
 * cannot be told (an escape, a range, a start that may match nothing), which is read as "any".
 * An optional start adds what may come after it ("["«]?Ростех": a quote or "Р").
 */
export function firstCharacters(source: string, fold: boolean): Set<string> | null {
  const found = new Set<string>();
  const key = (c: string) => (fold ? c.toLowerCase() : c);
  for (const alternative of alternativesOf(source)) {
    let set: Set<string> | null = null;
    let end = 1;
    const c = alternative[0];
    if (c === '(') {
      end = closing(alternative, 0) + 1;
      const inner = alternative.slice(0, end - 1);
      if (/^\(\?(?:[=!]|<[=!])/.test(inner)) return null; // a lookaround at the start
      set = firstCharacters(inner.replace(/^\((?:\?:|\?<[\p{L}\d_]+>)?/u, ''), fold);
    } else if (c === '[') {
      end = alternative.indexOf(']', 1) + 1;
      const body = alternative.slice(1, end - 1);
      if (end > 0 && !/[\\^-]/.test(body)) set = new Set([...body].map(key));
    } else if (c !== undefined && /^[\p{L}\p{N} '’"«“„]$/u.test(c)) {
      set = new Set([key(c)]);
    }
    if (set === null) return null;
    const optional = OPTIONAL.exec(alternative.slice(end));
    if (optional) {
      const after = firstCharacters(alternative.slice(end + optional[0].length), fold);
      if (after === null) return null;
      for (const x of after) found.add(x);
    }
    for (const x of set) found.add(x);
  }
  return found;
}

/** Whether `source` has a capturing group (escapes and classes aside). */
const capturing = (source: string) => /\((?!\?)|\(\?<(?![=!])/.test(source.replace(/\\.|\[(?:\\.|[^\]])*\]/g, ''));

const STARTS_WITH_LETTER = /^\p{L}(?![?*+{])/u;

/**
 * An alternative that starts with a group of words, spelt out word by word, in the order they
 * are tried: "(?:could|may) buy" is "could buy|may buy", and an optional start is tried with,
 * then without: "["«]?Ростех" is "["«]Ростех|Ростех". Each can then be grouped by its letter.
 */
function spelledOut(alternative: string): string[] {
  // (copies of a capturing group would renumber the groups after it)
  if (capturing(alternative)) return [alternative];
  const group = alternative.startsWith('(?:');
  if (!group && !alternative.startsWith('[')) return [alternative];
  const end = group ? closing(alternative, 0) + 1 : alternative.indexOf(']', 1) + 1;
  if (end === 0) return [alternative];
  const item = alternative.slice(0, end);
  const rest = alternative.slice(end);
  // a greedy "?" tries the item first; other quantifiers stay as written
  if (rest.startsWith('?') && !rest.startsWith('??')) return [...spelledOut(item + rest.slice(1)), ...spelledOut(rest.slice(1))];
  if (!group || /^[?*+{]/.test(rest)) return [alternative];
  return alternativesOf(item.slice(3, -1)).flatMap((word) => spelledOut(word + rest));
}

/**
 * `source` with its top-level alternatives that start with the same letter grouped behind that
 * letter, for a pattern with the flags `flags`. An alternative that starts with a group is spelt
 * out first; one that starts otherwise stays where it is, and no letter's phrases are moved
 * before one that could start with that letter.
 */
export function groupedByFirstLetter(source: string, flags: string): string {
  const fold = flags.includes('i');
  const items: ({ first: string; rests: string[] } | string)[] = [];
  const open = new Map<string, { first: string; rests: string[] }>();
  for (const alternative of alternativesOf(source).flatMap(spelledOut)) {
    if (STARTS_WITH_LETTER.test(alternative)) {
      const first = alternative[0]!;
      const key = fold ? first.toLowerCase() : first;
      const group = open.get(key);
      if (group) group.rests.push(alternative.slice(1));
      else {
        const item = { first, rests: [alternative.slice(1)] };
        items.push(item);
        open.set(key, item);
      }
      continue;
    }
    const could = firstCharacters(alternative, fold);
    if (could === null) open.clear();
    else for (const c of could) open.delete(c);
    items.push(alternative);
  }
  return items
    .map((item) => (typeof item === 'string' ? item : item.rests.length === 1 ? item.first + item.rests[0] : `${item.first}(?:${item.rests.join('|')})`))
    .join('|');
}

/** A match of one of several patterns scanned together. */
export interface PatternMatch {
  pattern: number;
  start: number;
  end: number;
  text: string;
}

/**
 * A scanner for several global patterns at once. Each finds what its own scan of the text
 * would, where `mayStart` lets a match start: its non-empty matches there, each after the one
 * before, in the order of the text. The text is scanned once for all of them together, and
 * where one may start, only the patterns that can start with the letter there are tried,
 * anchored there; a regex per pattern would scan the whole text each.
 */
export function scannerFor(patterns: readonly RegExp[], mayStart: (text: string, at: number) => boolean): (text: string) => PatternMatch[] {
  // one finder for the patterns that ignore case and one for those that do not: folding case
  // in a lookahead ("(?![a-z])") would let a case-sensitive pattern's finder miss a match
  const finders = [true, false].flatMap((fold) => {
    const members = patterns.filter((p) => p.flags.includes('i') === fold);
    return members.length === 0 ? [] : [new RegExp(groupedByFirstLetter(members.map((p) => p.source).join('|'), fold ? 'i' : ''), fold ? 'giu' : 'gu')];
  });
  const anchored = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '') + 'y'));
  const byLetter = new Map<string, number[]>();
  const anywhere: number[] = [];
  patterns.forEach((p, index) => {
    // lower-cased, a case-sensitive pattern is tried on a few more letters than it can match: never fewer
    const letters = firstCharacters(p.source, true);
    if (letters === null) anywhere.push(index);
    else for (const letter of letters) byLetter.set(letter, [...(byLetter.get(letter) ?? []), index]);
  });
  for (const list of byLetter.values()) list.push(...anywhere);
  /** Every place where one of the patterns may match, in order. */
  const places = (text: string): number[] => {
    const all: number[] = [];
    for (const finder of finders) {
      finder.lastIndex = 0;
      for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
        all.push(hit.index);
        finder.lastIndex = hit.index + 1;
      }
    }
    return finders.length > 1 ? [...new Set(all)].sort((a, b) => a - b) : all;
  };
  return (text) => {
    const found: PatternMatch[] = [];
    const next = patterns.map(() => 0);
    for (const at of places(text)) {
      if (!mayStart(text, at)) continue;
      for (const index of byLetter.get(text[at]!.toLowerCase()) ?? anywhere) {
        if (at < next[index]!) continue;
        const pattern = anchored[index]!;
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (!match || match[0] === '') continue;
        found.push({ pattern: index, start: at, end: at + match[0].length, text: match[0] });
        next[index] = at + match[0].length;
      }
    }
    return found;
  };
}
