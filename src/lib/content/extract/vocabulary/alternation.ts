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
const OPTIONAL = /^(?:[?*]|\{0,)/;

/**
 * The characters (lower-cased when `fold`) a match of `source` can start with; null when it
 * cannot be told (an escape, a range, an optional start), which is read as "any".
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
    if (set === null || OPTIONAL.test(alternative.slice(end))) return null;
    for (const x of set) found.add(x);
  }
  return found;
}

/** Whether `source` has a capturing group (escapes and classes aside). */
const capturing = (source: string) => /\((?!\?)|\(\?<(?![=!])/.test(source.replace(/\\.|\[(?:\\.|[^\]])*\]/g, ''));

const STARTS_WITH_LETTER = /^\p{L}(?![?*+{])/u;

/**
 * An alternative that starts with a group of words, spelt out word by word: "(?:could|may) buy"
 * is "could buy|may buy", tried in the same order, so each can be grouped by its letter.
 */
function spelledOut(alternative: string): string[] {
  // (copies of a capturing group would renumber the groups after it)
  if (!alternative.startsWith('(?:') || capturing(alternative)) return [alternative];
  const end = closing(alternative, 0);
  const rest = alternative.slice(end + 1);
  if (/^[?*+{]/.test(rest)) return [alternative];
  return alternativesOf(alternative.slice(3, end)).flatMap((word) => spelledOut(word + rest));
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
