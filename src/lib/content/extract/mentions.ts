// Stage 2: type mentions. The catalogue finds the types a sentence names; this module decides
// which of them are deals of their own (not a type "within" another, not an engine that only
// qualifies a helicopter), finds the numbers told with a generic noun ("four helicopters",
// "a contract for 48", "14 таких машин"), and the type such a noun points back to.

import { lineage, type TypeMention } from '../catalogue.ts';
import type { OrganisationMention } from './parties.ts';
import { mayHaveNumber, parseNumber } from './numbers.ts';
import { quantityBefore, type Quantity } from './quantities.ts';
import { startsWord, type Span } from './sentences.ts';
import { CONTRACT_FOR, ORDERED_IN_YEAR } from './vocabulary/cues.ts';
import { ENGINE_AFTER, ENGINE_BEFORE, FILLER, GENERIC_NOUN, INCLUDING, OF_THE_TYPE, UNKNOWN_TYPE_AFTER, UNKNOWN_TYPE_BEFORE, genericCategory } from './vocabulary/words.ts';

/** What qualifies the types of a sentence: types within another, engines on a type, where to read a quantity. */
export interface Qualifiers {
  skip: Set<TypeMention>;
  engineOf: Map<TypeMention, string>;
  quantityFrom: Map<TypeMention, number>;
}

/**
 * "68 Mi-171 (including the upgraded Mi-171E)": the Mi-171E is within the 68, not on top.
 * "14 Mi-171 with a VK-2500 engine", "4 VK-2500-powered Mi-17": the engine qualifies the type.
 */
export function qualifiersOf(text: string, sentence: Span, mentions: readonly TypeMention[]): Qualifiers {
  const skip = new Set<TypeMention>();
  const engineOf = new Map<TypeMention, string>();
  const quantityFrom = new Map<TypeMention, number>();
  if (mentions.length === 0) return { skip, engineOf, quantityFrom };

  INCLUDING.lastIndex = 0;
  for (let match = INCLUDING.exec(sentence.text); match; match = INCLUDING.exec(sentence.text)) {
    const at = sentence.start + match.index;
    const head = mentions.filter((m) => m.end <= at).pop();
    if (!head) continue;
    const between = text.slice(head.end, at);
    const bracketed = between.lastIndexOf('(') > between.lastIndexOf(')');
    const rest = text.slice(at, sentence.end);
    const stop = bracketed ? rest.indexOf(')') : rest.search(/[;,)]|\s[–—-]\s/);
    const end = stop < 0 ? sentence.end : at + stop;
    // a part told as ordered in a given year is that year's order: "10 Mi-24/35s, including six Mi-35M ordered in 2014"
    for (const m of mentions) if (m.start >= at && m.start < end && !ORDERED_IN_YEAR.test(text.slice(m.end, Math.min(sentence.end, m.end + 80)))) skip.add(m);
  }

  mentions.forEach((m, i) => {
    if (m.entry.category !== 'engine' || skip.has(m)) return;
    const previous = mentions.slice(0, i).reverse().find((p) => p.entry.category !== 'engine');
    if (previous && ENGINE_AFTER.test(text.slice(previous.end, m.start))) {
      skip.add(m);
      if (!engineOf.has(previous)) engineOf.set(previous, m.model);
      return;
    }
    const next = mentions[i + 1];
    if (next && next.entry.category !== 'engine' && ENGINE_BEFORE.test(text.slice(m.end, next.start))) {
      skip.add(m);
      engineOf.set(next, m.model);
      quantityFrom.set(next, m.start);
    }
  });
  return { skip, engineOf, quantityFrom };
}

/** A number told with a generic noun, or with "a contract for" and nothing after it. */
export interface GenericCount {
  quantity: Quantity;
  /** The noun as written, or "" for "a contract for 42". */
  noun: string;
  category: 'helicopter' | 'engine' | 'fighter' | null;
  start: number;
  end: number;
}

const NOUN_WORD = /[\p{L}][\p{L}-]*/gu;
const COMBAT_AIRCRAFT = /\b(?:combat|fighter|strike|interceptor)\s+$|истребител\p{L}*\s+$/iu;
/** Where a generic noun may start: the first letters of every one of them. */
const NOUN_START = /rot|hel|cho|gun|fig|jet|air|mac|uni|veh|exa|pla|eng|pow|вер|вин|маш|еди|бор|экз|дви|изд/giu;
const BARE_AFTER = /^\s*(?:[.,;:)!?]|$|(?:signed|worth|valued|in|with|for|was|were|had|has|is|are|and|to|at|more|в|на|с|и|стоимостью)(?![\p{L}]))/u;
/** A number with nothing counted after it: digits, or an English number word ("the initial contract for six was agreed"). */
const NUMBER_ALONE =
  /(?<![\p{L}\p{N}.,$€£-])(\d{1,4}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\p{L}\p{N}]|[.,]\d|\s*(?:%|per\s?cent|million|billion|млн|млрд|тыс))/giu;

/**
 * The generic counts of a sentence: a number before "helicopters", "machines", "вертолетов"
 * that is not the noun of a named type ("14 Mi-171 helicopters", "12 helicopters Mi-17"), and
 * "a contract for 42" with no noun at all.
 */
export function genericCounts(text: string, sentence: Span, mentions: readonly TypeMention[]): GenericCount[] {
  const found: GenericCount[] = [];
  const slice = sentence.text;
  if (!mayHaveNumber(slice)) return found;
  NOUN_START.lastIndex = 0;
  for (let hit = NOUN_START.exec(slice); hit; hit = NOUN_START.exec(slice)) {
    // only where a generic noun may start: the word there is then read whole
    if (!startsWord(slice, hit.index)) continue;
    NOUN_WORD.lastIndex = hit.index;
    const m = NOUN_WORD.exec(slice);
    if (!m || m.index !== hit.index) continue;
    NOUN_START.lastIndex = m.index + m[0].length;
    if (!GENERIC_NOUN.test(m[0])) continue;
    const start = sentence.start + m.index;
    let end = start + m[0].length;
    if (/^rotary[- ]wing$/i.test(m[0]) || /^rotary$/i.test(m[0])) continue;
    // "rotary-wing aircraft": one noun
    const compound = /^[- ]wing aircraft/i.exec(text.slice(end, end + 14));
    if (/^rotary/i.test(m[0]) && compound) end += compound[0].length;
    if (attachedToType(text, start, end, mentions)) continue;
    // "nine H145 helicopters", "девяти вертолётов H145": a type the catalogue does not know
    if (UNKNOWN_TYPE_AFTER.test(text.slice(end, end + 30)) || UNKNOWN_TYPE_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    const quantity = quantityBefore(text, sentence.start, start, { allowNoun: false });
    // "the cost of one helicopter" is a unit price, not a count
    if (!quantity || quantity.value === 1) continue;
    // "machines on the Mi-8/17/171 platform": the number is a type's, after a slash
    if (quantity.start > 0 && /[/\\]/.test(text[quantity.start - 1]!)) continue;
    // "the Kamov 226 helicopter": the number is the type's, after its maker
    if (/(?<![\p{L}])(?:Kamov|Mil|Камов|Миль)\s+$/u.test(text.slice(Math.max(sentence.start, quantity.start - 8), quantity.start))) continue;
    if (mentions.some((t) => t.start < end && quantity.start < t.end)) continue;
    const ofType = OF_THE_TYPE.exec(text.slice(end, sentence.end));
    // "eight multi-role combat aircraft": fighters, whatever type was named before
    const category = genericCategory(m[0]) ?? (COMBAT_AIRCRAFT.test(text.slice(quantity.start, start)) ? 'fighter' : null);
    found.push({ quantity, noun: m[0], category, start: quantity.start, end: ofType ? end + ofType[0].length : end });
  }
  // "out of a contract for 42", "контракт на 42": the number is the contract's, the type the one told before
  NUMBER_ALONE.lastIndex = 0;
  for (let m = NUMBER_ALONE.exec(slice); m; m = NUMBER_ALONE.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (found.some((g) => g.quantity.start <= start && start < g.end)) continue;
    // nothing counted after it: the end of the clause, or words that are not a noun
    if (!BARE_AFTER.test(text.slice(end, Math.min(sentence.end, end + 20)))) continue;
    if (!CONTRACT_FOR.test(text.slice(Math.max(sentence.start, start - 80), start))) continue;
    found.push({
      quantity: { value: /^\d/.test(m[1]!) ? Number(m[1]) : parseNumber(m[1]!.toLowerCase())!, text: m[0], phrase: m[0], start, end, kind: 'exact', part: false, whole: false, definite: false },
      noun: '',
      category: null,
      start,
      end,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the noun belongs to a type named right before or right after it. */
function attachedToType(text: string, start: number, end: number, mentions: readonly TypeMention[]): boolean {
  const gapIsFiller = (gap: string) => {
    const words = gap.replace(/[()"“”«»‘’'„]/g, ' ').trim();
    if (words === '') return true;
    if (/[\d,;:.]/.test(words)) return false;
    const list = words.split(/\s+/);
    return list.length <= 5 && list.every((w) => FILLER.test(w) || /^\p{Lu}/u.test(w) || /^(?:and|or|of|the|type|family|series|и|типа|семейства|серии)$/iu.test(w));
  };
  const before = mentions.filter((m) => m.end <= start).pop();
  if (before && start - before.end <= 60 && gapIsFiller(text.slice(before.end, start))) return true;
  const after = mentions.find((m) => m.start >= end);
  if (after && after.start - end <= 40 && gapIsFiller(text.slice(end, after.start))) return true;
  return false;
}

/** A type named earlier, that a generic noun may point back to. */
export interface Antecedent {
  model: string;
  designation: string;
  category: string;
  paragraph: number;
  /** Index of its sentence in the article (headline first). */
  sentence: number;
  start: number;
  /** The selling organisation its sentence names, if any: "Motor Sich … TV3-117 engines". */
  seller: OrganisationMention | undefined;
}

/** How far back a generic noun may point: sentences. */
const REACH = 12;

/**
 * The type a generic noun at `at` in sentence `index` points back to: the types named earlier
 * in its sentence, else in the nearest earlier sentence naming a type of its kind. Only one
 * type (or one type and its own versions) may be there; two different types make it unclear.
 */
export function antecedentOf(
  earlier: readonly Antecedent[],
  inSentence: readonly Antecedent[],
  category: 'helicopter' | 'engine' | 'fighter' | null,
  at: number,
  index: number,
): Antecedent | null {
  // a type the catalogue does not know stops the search for the nouns it may be, and points to nothing
  const unknown = (a: Antecedent) => a.category === 'unknown' ? category !== 'helicopter' : a.category === 'unknown helicopter' && category !== 'engine';
  const fits = (a: Antecedent) => unknown(a) || (category === null ? a.category !== 'air defence' && !a.category.startsWith('unknown') : a.category === category);
  let pool = inSentence.filter((a) => a.start < at && fits(a));
  if (pool.length === 0) {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const candidate = earlier[i]!;
      if (index - candidate.sentence > REACH) break;
      if (!fits(candidate)) continue;
      pool = [];
      for (let j = i; j >= 0 && earlier[j]!.sentence === candidate.sentence; j--) if (fits(earlier[j]!)) pool.unshift(earlier[j]!);
      break;
    }
  }
  if (pool.length === 0 || pool.some((a) => a.category.startsWith('unknown'))) return null;
  // one type and its own versions: the most specific
  const models = [...new Set(pool.map((a) => a.model))];
  const specific = models.filter((m) => !models.some((other) => other !== m && lineage(other).includes(m)));
  if (specific.length !== 1) return null;
  return [...pool].reverse().find((a) => a.model === specific[0]) ?? null;
}
