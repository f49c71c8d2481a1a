// Stage 3: quantities. The number a type or a generic noun is counted with, read backwards
// from the type ("68 Mi-171", "five military-transport Mi-171Sh", "14 вертолетов Ми-17"),
// or after it ("Mi-17 (12 units)", "Ми-17 в количестве 12 единиц"), and what the words
// around it make of it: a bound ("up to 12"), not exact ("more than 800"), part of an order
// ("the first four", "148 out of 151"), or one already told ("the four helicopters").

import { isEnglishNumberWord, isYear, parseNumber, russianNumeral } from './numbers.ts';
import { tokenSpans } from './letters.ts';
import type { Span } from './sentences.ts';
import {
  APPROXIMATE_BEFORE,
  BOUND_BEFORE,
  DEFINITE_BEFORE,
  FILLER,
  GENERIC_NOUN,
  PART_BEFORE,
  SHARE_BEFORE,
} from './vocabulary/words.ts';

/** A number read with a type or a generic noun. Offsets are into the paragraph. */
export interface Quantity {
  value: number;
  /** The number as written ("four", "120+", "двух"). */
  text: string;
  /** The number with the words up to its type or noun ("another four Russian-made", "14 вертолетов"). */
  phrase: string;
  start: number;
  end: number;
  /** `bound`: "up to 12"; `approximate`: "more than 800", "120+"; else `exact`. */
  kind: 'exact' | 'bound' | 'approximate';
  /** "the first four", "the remaining three", "148 out of 151": part of an order. */
  part: boolean;
  /** The number is the whole of an order a part of which is told ("the last four of 15"). */
  whole: boolean;
  /** "the four helicopters", "этих 12 машин": a number already told. */
  definite: boolean;
}

const OPENING_QUOTE = /^["«“„‘']$/u;

/** How far before a type its number may be: four describing words and a noun fit. */
const WINDOW = 90;

const numberWords = new Map<string, boolean>();
const isNumberWord = (word: string) => {
  const known = numberWords.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const answer = /[а-яё]/.test(lower) ? russianNumeral(lower) !== null : lower.split('-').every(isEnglishNumberWord);
  if (numberWords.size < 10_000) numberWords.set(word, answer);
  return answer;
};

/** The case endings Russian writes after a number in digits: "2-х", "5-ти", "3-мя", "2-ух". */
const RUSSIAN_CASE_ENDING = /^(?:х|ух|ёх|ех|ти|сти|и|ми|мя|ю|ем|ём|ум|ой|го|м)$/u;

/**
 * The number that ends at token `last` (walking backwards): digits, or number words with
 * "and", "a", "half" and "of" as they join them ("one hundred and twenty", "a pair of").
 */
function numberEndingAt(list: Span[], last: number): { value: number; first: number; plus: boolean } | null {
  const token = list[last];
  if (!token) return null;
  // "2-х", "5-ти", "10-ти": digits with a Russian case ending written after a hyphen
  const hyphen = list[last - 1];
  const digits = list[last - 2];
  if (RUSSIAN_CASE_ENDING.test(token.text) && hyphen?.text === '-' && digits && /^\d+$/.test(digits.text) && digits.end === hyphen.start && hyphen.end === token.start) {
    const number = numberEndingAt(list, last - 2);
    return number && { ...number, plus: false };
  }
  if (/^\d/.test(token.text)) {
    const plus = token.text.endsWith('+');
    const digits = token.text.replace(/\+$/, '');
    if (/[.]/.test(digits) || (/,\d{1,2}$/.test(digits) && !/^\d{1,3}(?:,\d{3})+$/.test(digits))) return null; // 7.5, 2,5
    if (isYear(digits) && !plus) return null;
    const value = parseNumber(digits);
    return value === null || value === 0 ? null : { value, first: last, plus };
  }
  // "a pair of", "a couple of"
  if (/^of$/i.test(token.text) && /^(?:pair|couple)$/i.test(list[last - 1]?.text ?? '') && /^an?$/i.test(list[last - 2]?.text ?? '')) {
    return { value: 2, first: last - 2, plus: false };
  }
  if (!isNumberWord(token.text)) return null;
  let first = last;
  while (first > 0) {
    const before = list[first - 1]!.text.toLowerCase();
    if (isNumberWord(before) || before === 'and' || before === 'a' || before === 'an' || before === 'half') first--;
    else break;
  }
  // shrink from the left until the words parse ("a" before "dozen" parses, "and" alone does not)
  for (; first <= last; first++) {
    // a number starts with a number word or "a", never with "and" ("… and two Mi-17")
    if (/^and$/i.test(list[first]!.text)) continue;
    const words = list.slice(first, last + 1).map((t) => t.text).join(' ');
    const value = parseNumber(words);
    if (value !== null && value > 0) return { value, first, plus: false };
  }
  return null;
}

const PART_AFTER = /^\s+(?:первые|первых|последние|последних|оставшиеся|оставшихся|first|last|remaining)(?![\p{L}])/iu;

/** How the words before the number qualify it. */
function qualify(text: string, sentenceStart: number, number: { start: number }): Pick<Quantity, 'kind' | 'part' | 'definite'> {
  const before = text.slice(Math.max(sentenceStart, number.start - 60), number.start);
  const kind = BOUND_BEFORE.test(before) ? 'bound' : APPROXIMATE_BEFORE.test(before) ? 'approximate' : 'exact';
  return { kind, part: PART_BEFORE.test(before) || SHARE_BEFORE.test(before), definite: DEFINITE_BEFORE.test(before) };
}

/**
 * The quantity right before `at` (a type or a generic noun), across up to four filler words
 * and one generic noun: "68 ", "an extra 24 ", "four more ", "14 вертолетов ", "12 units of ".
 */
export function quantityBefore(text: string, sentenceStart: number, at: number, options: { allowNoun: boolean }): Quantity | null {
  const list = tokenSpans(text, Math.max(sentenceStart, at - WINDOW), at);
  let index = list.length - 1;
  // a type in quotes: "34 вертолетов «Ми-17»", "two “Mi-26T”"
  while (index >= 0 && OPENING_QUOTE.test(list[index]!.text)) index--;
  // "twelve helicopters (Mi-8MTV-5)": the type in brackets after its noun
  if (options.allowNoun && list[index]?.text === '(' && GENERIC_NOUN.test(list[index - 1]?.text ?? '')) index--;
  // "86 вертолётов типа Ми-8", "12 машин модели Ми-8АМТШ": the type named as such
  if (options.allowNoun && /^(?:типа|модели|марки)$/u.test(list[index]?.text ?? '') && GENERIC_NOUN.test(list[index - 1]?.text ?? '')) index--;
  let fillers = 0;
  let nouns = 0;
  // "units of", "examples of", "pieces of"
  if (/^the$/i.test(list[index]?.text ?? '') && /^of$/i.test(list[index - 1]?.text ?? '') && /^(?:units?|examples?|pieces?|sets?)$/i.test(list[index - 2]?.text ?? '')) index -= 3;
  else if (/^of$/i.test(list[index]?.text ?? '') && /^(?:units?|examples?|pieces?|sets?)$/i.test(list[index - 1]?.text ?? '')) index -= 2;
  while (index >= 0) {
    const word = list[index]!.text;
    if (options.allowNoun && nouns === 0 && GENERIC_NOUN.test(word)) {
      nouns++;
      index--;
      continue;
    }
    if (fillers < 4 && FILLER.test(word) && !isNumberWord(word)) {
      fillers++;
      index--;
      continue;
    }
    break;
  }
  // "24 of the military aircraft", "14 of those engines"
  if ((nouns > 0 || !options.allowNoun) && !numberEndingAt(list, index)) {
    if (/^(?:the|these|those|them)$/i.test(list[index]?.text ?? '') && /^of$/i.test(list[index - 1]?.text ?? '')) index -= 2;
    else if (/^of$/i.test(list[index]?.text ?? '')) index -= 1;
  }
  const number = numberEndingAt(list, index);
  if (!number) return null;
  const first = list[number.first]!;
  const numberEnd = list[index]!;
  const last = list[list.length - 1]!;
  // "$40 million", "€18.9", "No. 12" are not counts
  const lead = text.slice(Math.max(sentenceStart, first.start - 3), first.start);
  if (/[$€£₽]\s*$|\bNo\.\s*$|№\s*$/u.test(lead)) return null;
  const qualified = qualify(text, sentenceStart, first);
  return {
    value: number.value,
    text: text.slice(first.start, numberEnd.end),
    phrase: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    kind: number.plus ? 'approximate' : qualified.kind,
    // "две первые машины", "the two first": the part word may come after the number too
    part: qualified.part || PART_AFTER.test(text.slice(numberEnd.end, last.end + 1)),
    whole: isWholeOf(list, number.first),
    definite: qualified.definite,
  };
}

/** "the last four of 15", "148 out of 151", "восемь из 24": the number after "of" is the whole order. */
function isWholeOf(list: Span[], first: number): boolean {
  let at = first - 1;
  if (/^(?:the)$/i.test(list[at]?.text ?? '')) at--;
  if (!/^(?:of|из)$/i.test(list[at]?.text ?? '')) return false;
  // "the final batch of three" is a part, told by its size
  if (/^(?:batch|lot|consignment|tranche|shipment|group|партии|партию|партия)$/iu.test(list[at - 1]?.text ?? '')) return false;
  if (/^out$/i.test(list[at - 1]?.text ?? '')) at--;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const word = list[i]!.text;
    if (/^\d/.test(word) || isNumberWord(word) || /^(?:last|first|final|remaining|rest|перв\p{L}*|последн\p{L}*)$/iu.test(word)) return true;
  }
  return false;
}

const AFTER_PATTERNS: RegExp[] = [
  // "Mi-17 (12 units)", "Mi-171Sh helicopters (five)"
  /^\s*(?:helicopters?|вертол[её]т\p{L}*)?\s*\(\s*(\d{1,4}|[\p{L}-]+)(?:\s+(?:units?|pcs\.?|helicopters?|aircraft|machines|ед\.?|единиц\p{L}*|шт\.?|машин\p{L}*|вертол[её]т\p{L}*))?\s*\)/iu,
  // "in the amount of 12", "в количестве 12 единиц"
  /^\s*(?:helicopters?|вертол[её]т\p{L}*)?\s*(?:in the (?:amount|number|quantity) of|numbering|в количестве|общим количеством|числом)\s+(\d{1,4}|[\p{L}-]+(?:\s+[\p{L}-]+)?)(?![\p{L}\p{N}])/iu,
  // "Mi-35M, four of them"
  /^\s*,\s*(\d{1,4}|[\p{L}-]+) of them\b/iu,
  // "Mi-171 – 14 единиц", "Mi-17V-5: 12 units"
  /^\s*(?:[–—:]|-\s)\s*(\d{1,4}|[\p{L}-]+)\s+(?:units?|helicopters?|machines|единиц\p{L}*|машин\p{L}*|шт\.?|вертол[её]т\p{L}*)(?![\p{L}])/iu,
];

/** The quantity written after a type, when none is written before it. */
export function quantityAfter(text: string, end: number, sentenceEnd: number): Quantity | null {
  const rest = text.slice(end, Math.min(sentenceEnd, end + 80));
  for (const pattern of AFTER_PATTERNS) {
    const match = pattern.exec(rest);
    const words = match?.[1];
    if (!match || words === undefined) continue;
    if (isYear(words)) continue;
    const value = parseNumber(words);
    if (value === null || value === 0) continue;
    const start = end + match.index + match[0].indexOf(words, match[0].search(/[(\s:–—,-]/u));
    return { value, text: words, phrase: match[0].trim(), start, end: start + words.length, kind: 'exact', part: false, whole: false, definite: false };
  }
  return null;
}

const SINGULAR_BEFORE = /(?:^|[\s(])(?:a|an)\s+(?:(?:new|single|Russian-made|Russian-built|Russian|Mil|VIP|firefighting|heavy|multirole|multipurpose)\s+){0,2}$|(?<![\p{L}])(?:вертол[её]та|вертол[её]т|вертол[её]ту)\s+(?:(?:\p{Ll}+(?:ого|ый|ий|ой)|\p{Ll}+-\p{Ll}+(?:ого|ый|ий|ой))\s+){0,2}$/u;
/** "a contract for the", "an agreement on the delivery of the": a type after it may be one unit. */
const CONTRACT_FOR_THE = /(?<![\p{L}])(?:contract|agreement|deal|order)\s+(?:for|on)\s+(?:the\s+)?(?:(?:supply|delivery|purchase|sale)\s+of\s+)?the\s+$/iu;
/** "a contract on sale of the second", "контракт на поставку третьего": a contract for one, the next of its type. */
const CONTRACT_FOR_NTH = /(?<=(?:contract|agreement|deal|order)\s+(?:for|on)\s+(?:the\s+)?(?:(?:supply|delivery|purchase|sale)\s+of\s+)?)(?:the|a)\s+(?:second|third|fourth|fifth|sixth|next)\s+$|(?<=(?:контракт|договор|соглашени)\p{L}*\s+на\s+(?:поставку|покупку|продажу)\s+)(?:втор|трет|четв[её]рт|пят|шест)(?:ого|ьего)\s+$/iu;
/** "… heavy transport helicopter." in the singular, ending its clause. */
const ONE_HELICOPTER_AFTER = /^(?:\s+[\p{Ll}-]+){0,3}\s+helicopter(?=\s*[.,;)]|\s+(?:to|for|with|fitted|equipped|configured|designed|intended)\b)/u;
/** "a contract for delivery of Russian-produced fire-fighting", before a type and "helicopter" in the singular. */
const CONTRACT_FOR_DELIVERY_OF = /(?<=(?<![\p{L}])(?:contract|agreement|deal|order)\s+(?:for|on)\s+(?:the\s+)?(?:supply|delivery|purchase|sale)\s+of\s+)(?:[\p{L}-]+\s+){0,3}$/iu;
/** After a type, a word that makes the type describe something else: "a Mi-17 contract", "a Mi-8 crash". */
const NOT_ONE_AFTER = /^\s*(?:-?type|contracts?|deals?|orders?|programmes?|programs?|fleet|squadrons?|engines?|versions?|variants?|family|upgrades?|crash|pilots?|crews?|operators?|users?|production|plant|line|project|simulators?|parts|spares|maintenance|repairs?|[\p{Lu}\d])/u;

/**
 * One unit named in the singular with no number: "the purchase of a Mi-171 helicopter",
 * "контракт на поставку вертолета Ка-32А11ВС". Only a deal of one may be told so.
 */
export function singularBefore(text: string, sentenceStart: number, at: number, end: number): Quantity | null {
  const lead = text.slice(Math.max(sentenceStart, at - 90), at);
  // "signed a contract for the Mi-26TS heavy transport helicopter": one, named with "the"
  const match =
    SINGULAR_BEFORE.exec(lead) ??
    (CONTRACT_FOR_THE.test(lead) && ONE_HELICOPTER_AFTER.test(text.slice(end, end + 40)) ? /the\s+$/i.exec(lead) : null) ??
    // "a contract on sale of the second Mi-26TC": one more of a type sold one at a time
    CONTRACT_FOR_NTH.exec(lead) ??
    // "a contract for delivery of Russian-produced fire-fighting Ka-32A11BC helicopter fitted with…"
    (ONE_HELICOPTER_AFTER.test(text.slice(end, end + 40)) ? CONTRACT_FOR_DELIVERY_OF.exec(lead) : null);
  if (!match) return null;
  const after = text.slice(end, end + 30).replace(/^\s*(?:helicopter|chopper|aircraft)\b/i, '');
  if (NOT_ONE_AFTER.test(after) && !/^\s*[.,;)]/.test(after)) return null;
  // "вертолета Ка-226Т … в количестве 200 единиц": the number is told after it
  if (/в количестве|in the amount of|numbering|\bunits\b|единиц/iu.test(text.slice(end, end + 80))) return null;
  const start = at - lead.length + match.index + (match[0].length - match[0].trimStart().length);
  const words = text.slice(start, at).trim();
  return { value: 1, text: words, phrase: words, start, end: at, kind: 'exact', part: false, whole: false, definite: false };
}
