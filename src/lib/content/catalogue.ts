// The types a reader meets in defence-technology news, and how to find them in text.
//
// Recognition works on a normalised copy of the text (Cyrillic transliterated, dashes and
// spaces unified, upper case) that keeps, for every normalised character, the offset of the
// original character it came from, so every mention points into the text as written.

import { CYRILLIC_TO_LATIN } from './cyrillic.ts';

/** What kind of thing a catalogue entry is. */
export type Category = 'helicopter' | 'engine' | 'fighter' | 'air defence';

/** One type (or variant) in the catalogue. */
export interface CatalogueEntry {
  /** Canonical designation, e.g. `Mi-171Sh`. */
  model: string;
  /** The family it belongs to, e.g. `Mi-8/17`. */
  family: string;
  category: Category;
  /** What it is for, in general terms, e.g. `military transport`. */
  role: string;
  /** Design bureau or plant, e.g. `Ulan-Ude Aviation Plant`. */
  maker: string;
  /**
   * Other names that identify the type on their own: other designations ("Mi-8MTV-5"),
   * nicknames ("Alligator"). A nickname counts only when written with a capital letter.
   */
  aliases: string[];
  /**
   * Names that are ordinary words ("Storm", "Triumph", "Hind") and so count only right
   * after the designation: "Mi-171Sh Storm", "S-400 Triumph".
   */
  epithets?: string[];
  /** For a variant, the model it is a version of (Mi-171E → Mi-171). */
  parent?: string;
}

/** A type named in a text. Offsets are into the original text: `text.slice(start, end)`. */
export interface TypeMention {
  start: number;
  end: number;
  /** The mention as written, e.g. `Mil Mi-171E` or `Ми-171Ш`. */
  text: string;
  /** Canonical designation of the type. */
  model: string;
  entry: CatalogueEntry;
}

const UU = 'Ulan-Ude Aviation Plant';
const KAZAN = 'Kazan Helicopters';

/** Every type the extractor knows; variants name their parent. */
export const catalogue: readonly CatalogueEntry[] = [
  // Mi-2 (Mil light helicopter, built in Poland)
  { model: 'Mi-2', family: 'Mi-2', category: 'helicopter', role: 'light utility', maker: 'Mil', aliases: [], epithets: ['Hoplite'] },
  // Mi-8/17 family (Mil design; built at Kazan and Ulan-Ude)
  { model: 'Mi-8', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: 'Mil', aliases: [], epithets: ['Hip'] },
  { model: 'Mi-8MT', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: KAZAN, aliases: [], parent: 'Mi-8' },
  { model: 'Mi-8MTV', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: KAZAN, aliases: [], parent: 'Mi-8MT' },
  { model: 'Mi-8MTV-1', family: 'Mi-8/17', category: 'helicopter', role: 'utility', maker: KAZAN, aliases: [], parent: 'Mi-8' },
  { model: 'Mi-8AMT', family: 'Mi-8/17', category: 'helicopter', role: 'utility', maker: UU, aliases: [], parent: 'Mi-8' },
  { model: 'Mi-8AMTSh', family: 'Mi-8/17', category: 'helicopter', role: 'military transport', maker: UU, aliases: ['Terminator'], parent: 'Mi-8AMT' },
  { model: 'Mi-8AMTSh-VA', family: 'Mi-8/17', category: 'helicopter', role: 'Arctic military transport', maker: UU, aliases: [], parent: 'Mi-8AMTSh' },
  { model: 'Mi-8T', family: 'Mi-8/17', category: 'helicopter', role: 'transport', maker: 'Mil', aliases: [], parent: 'Mi-8' },
  { model: 'Mi-17', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: KAZAN, aliases: [], parent: 'Mi-8' },
  { model: 'Mi-17-1V', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: KAZAN, aliases: [], parent: 'Mi-17' },
  // Mi-17СТ: written with Latin CT or transliterated ST
  { model: 'Mi-17CT', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: KAZAN, aliases: ['Mi-17ST'], parent: 'Mi-17' },
  { model: 'Mi-17V-5', family: 'Mi-8/17', category: 'helicopter', role: 'military transport', maker: KAZAN, aliases: ['Mi-8MTV-5', 'Mi-17MTV-5'], parent: 'Mi-17' },
  { model: 'Mi-171', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: UU, aliases: [], parent: 'Mi-8AMT' },
  { model: 'Mi-171E', family: 'Mi-8/17', category: 'helicopter', role: 'multirole', maker: UU, aliases: [], parent: 'Mi-171' },
  { model: 'Mi-171Sh', family: 'Mi-8/17', category: 'helicopter', role: 'military transport', maker: UU, aliases: [], epithets: ['Storm', 'Shtorm'], parent: 'Mi-171' },
  { model: 'Mi-171A2', family: 'Mi-8/17', category: 'helicopter', role: 'utility', maker: UU, aliases: [], parent: 'Mi-171' },
  { model: 'Mi-171A3', family: 'Mi-8/17', category: 'helicopter', role: 'offshore transport', maker: UU, aliases: [], parent: 'Mi-171A2' },
  { model: 'Mi-172', family: 'Mi-8/17', category: 'helicopter', role: 'passenger transport', maker: KAZAN, aliases: [], parent: 'Mi-17' },
  // Mi-24/35
  { model: 'Mi-24', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], epithets: ['Hind'] },
  { model: 'Mi-35', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-24' },
  { model: 'Mi-24V', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-24' },
  { model: 'Mi-24P', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-24' },
  { model: 'Mi-35M', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-35' },
  { model: 'Mi-35P', family: 'Mi-24/35', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-35' },
  // Mi-26
  { model: 'Mi-26', family: 'Mi-26', category: 'helicopter', role: 'heavy transport', maker: 'Mil', aliases: [], epithets: ['Halo'] },
  { model: 'Mi-26T', family: 'Mi-26', category: 'helicopter', role: 'heavy transport', maker: 'Mil', aliases: [], parent: 'Mi-26' },
  { model: 'Mi-26T2', family: 'Mi-26', category: 'helicopter', role: 'heavy transport', maker: 'Mil', aliases: [], parent: 'Mi-26T' },
  { model: 'Mi-26T2V', family: 'Mi-26', category: 'helicopter', role: 'military heavy transport', maker: 'Mil', aliases: [], parent: 'Mi-26T2' },
  // the Chinese version, Ми-26ТС, also written in Latin letters with its С as a C
  { model: 'Mi-26TS', family: 'Mi-26', category: 'helicopter', role: 'heavy transport', maker: 'Mil', aliases: ['Mi-26TC'], parent: 'Mi-26T' },
  // Mi-38 (Kazan's medium transport)
  { model: 'Mi-38', family: 'Mi-38', category: 'helicopter', role: 'medium transport', maker: KAZAN, aliases: [] },
  { model: 'Mi-38T', family: 'Mi-38', category: 'helicopter', role: 'military transport', maker: KAZAN, aliases: [], parent: 'Mi-38' },
  { model: 'Mi-38PS', family: 'Mi-38', category: 'helicopter', role: 'search and rescue', maker: KAZAN, aliases: [], parent: 'Mi-38' },
  // Mi-28
  { model: 'Mi-28', family: 'Mi-28', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: ['Night Hunter', 'Nochnoy Okhotnik'], epithets: ['Havoc'] },
  { model: 'Mi-28N', family: 'Mi-28', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-28' },
  { model: 'Mi-28NE', family: 'Mi-28', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-28N' },
  { model: 'Mi-28UB', family: 'Mi-28', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-28N' },
  { model: 'Mi-28NM', family: 'Mi-28', category: 'helicopter', role: 'attack', maker: 'Mil', aliases: [], parent: 'Mi-28N' },
  // Ka-27/32 (Kamov naval family and its civil version)
  { model: 'Ka-27', family: 'Ka-27/32', category: 'helicopter', role: 'naval', maker: 'Kamov', aliases: [], epithets: ['Helix'] },
  { model: 'Ka-28', family: 'Ka-27/32', category: 'helicopter', role: 'naval', maker: 'Kamov', aliases: [], parent: 'Ka-27' },
  { model: 'Ka-31', family: 'Ka-27/32', category: 'helicopter', role: 'airborne early warning', maker: 'Kamov', aliases: [] },
  { model: 'Ka-31R', family: 'Ka-27/32', category: 'helicopter', role: 'radar picket', maker: 'Kamov', aliases: [], parent: 'Ka-31' },
  { model: 'Ka-32', family: 'Ka-27/32', category: 'helicopter', role: 'utility', maker: 'Kamov', aliases: [], parent: 'Ka-27' },
  // written in Cyrillic as "Ка-32А11ВС", whose В and С are read as V and S
  { model: 'Ka-32A11BC', family: 'Ka-27/32', category: 'helicopter', role: 'utility', maker: 'Kamov', aliases: ['Ka-32A11VS'], parent: 'Ka-32' },
  // Ka-52
  { model: 'Ka-52', family: 'Ka-52', category: 'helicopter', role: 'attack', maker: 'Kamov', aliases: ['Alligator'], epithets: ['Hokum'] },
  { model: 'Ka-52K', family: 'Ka-52', category: 'helicopter', role: 'attack', maker: 'Kamov', aliases: ['Katran'], parent: 'Ka-52' },
  { model: 'Ka-52E', family: 'Ka-52', category: 'helicopter', role: 'attack', maker: 'Kamov', aliases: [], parent: 'Ka-52' },
  // Ka-226
  { model: 'Ka-226', family: 'Ka-226', category: 'helicopter', role: 'light utility', maker: 'Kamov', aliases: [] },
  { model: 'Ka-226T', family: 'Ka-226', category: 'helicopter', role: 'light utility', maker: 'Kamov', aliases: [], parent: 'Ka-226' },
  { model: 'Ka-226TG', family: 'Ka-226', category: 'helicopter', role: 'light utility', maker: 'Kamov', aliases: [], parent: 'Ka-226T' },
  // Ansat
  // its Russian case forms, which the designation's pattern (no letter after it) does not take: "12 «Ансатов»"
  { model: 'Ansat', family: 'Ansat', category: 'helicopter', role: 'light utility', maker: KAZAN, aliases: ['Ансата', 'Ансату', 'Ансатом', 'Ансате', 'Ансаты', 'Ансатов', 'Ансатам', 'Ансатами', 'Ансатах'] },
  { model: 'Ansat-U', family: 'Ansat', category: 'helicopter', role: 'training', maker: KAZAN, aliases: [], parent: 'Ansat' },
  // Ka-62 (Kamov medium civil)
  { model: 'Ka-62', family: 'Ka-62', category: 'helicopter', role: 'medium utility', maker: 'Kamov', aliases: [] },
  // Engines (the VK-2500 is a development of the TV3-117)
  { model: 'TV3-117', family: 'TV3-117', category: 'engine', role: 'turboshaft', maker: 'Klimov', aliases: [] },
  { model: 'TV3-117VMA', family: 'TV3-117', category: 'engine', role: 'turboshaft', maker: 'Klimov', aliases: [], parent: 'TV3-117' },
  { model: 'VK-2500', family: 'TV3-117', category: 'engine', role: 'turboshaft', maker: 'Klimov', aliases: [], parent: 'TV3-117' },
  // Fighters
  { model: 'Su-27', family: 'Su-27/30/35', category: 'fighter', role: 'air superiority', maker: 'Sukhoi', aliases: [], epithets: ['Flanker'] },
  { model: 'Su-30', family: 'Su-27/30/35', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], parent: 'Su-27' },
  { model: 'Su-30MKK', family: 'Su-27/30/35', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], parent: 'Su-30' },
  { model: 'Su-30MKI', family: 'Su-27/30/35', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], parent: 'Su-30' },
  { model: 'Su-30SM', family: 'Su-27/30/35', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], parent: 'Su-30' },
  { model: 'Su-35', family: 'Su-27/30/35', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], parent: 'Su-27' },
  { model: 'Su-57', family: 'Su-57', category: 'fighter', role: 'multirole', maker: 'Sukhoi', aliases: [], epithets: ['Felon'] },
  // Air defence
  { model: 'S-300', family: 'S-300', category: 'air defence', role: 'surface-to-air missile system', maker: 'Almaz-Antey', aliases: [] },
  { model: 'S-400', family: 'S-400', category: 'air defence', role: 'long-range surface-to-air missile system', maker: 'Almaz-Antey', aliases: [], epithets: ['Triumph', 'Triumf'] },
];

const byModel = new Map(catalogue.map((entry) => [entry.model, entry]));

/** The catalogue entry of a canonical model, if there is one. */
export function catalogueEntry(model: string): CatalogueEntry | undefined {
  return byModel.get(model);
}

/** The model and the models it is a version of, nearest first: Mi-171E, Mi-171, Mi-8AMT, Mi-8. */
export function lineage(model: string): string[] {
  const chain: string[] = [];
  for (let entry = byModel.get(model); entry && !chain.includes(entry.model); entry = entry.parent ? byModel.get(entry.parent) : undefined) {
    chain.push(entry.model);
  }
  return chain;
}

// ---------------------------------------------------------------------------------------
// Normalisation

/** Hyphens and dashes a designation may be written with; all become `-`. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
/** Spaces other than U+0020 (no-break, thin, figure…); all become a space. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/;

interface Normalised {
  text: string;
  /** For each character of `text`, the offset of the original character it came from. */
  origin: number[];
}

const LOWER = /\p{Ll}/u;

/**
 * Folds Cyrillic to Latin, unifies dashes and spaces, upper-cases; keeps offsets. Two things
 * of the original case survive: a space before a lower-case letter becomes `_`, so a suffix
 * may follow a space only when it is written as one ("Mi-8 MTV-5", not "Mi-8 mtv"); and a
 * lower-case letter followed by a capital gets a space between, so a type glued to the word
 * before it is found ("вертолетовМи-171").
 */
function normalise(text: string): Normalised {
  let out = '';
  const origin: number[] = [];
  const lowerAt = (i: number) => {
    if (i < 0 || i >= text.length) return false;
    const code = text.charCodeAt(i);
    return code < 128 ? code >= 97 && code <= 122 : charOf(code).lower;
  };
  const letterOrDashAt = (i: number) => {
    if (i >= text.length) return false;
    const code = text.charCodeAt(i);
    return code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 : charOf(code).letter;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // plain ASCII other than a space (and the M or K a glued type starts with): upper-cased
    if (code > 32 && code < 127 && code !== 77 && code !== 75) {
      out += code >= 97 && code <= 122 ? String.fromCharCode(code - 32) : text[i];
      origin.push(i);
      continue;
    }
    const char = charOf(code);
    if (GLUED_STARTS.has(code) && lowerAt(i - 1) && letterOrDashAt(i + 1)) {
      out += ' ';
      origin.push(i);
    }
    const mapped = char.space ? (lowerAt(i + 1) ? '_' : ' ') : char.mapped;
    for (let k = 0; k < mapped.length; k++) {
      out += mapped[k];
      origin.push(i);
    }
  }
  return { text: out, origin };
}

/** M and K, Latin and Cyrillic: a type glued to the word before starts with one ("вертолетовМи-171"). */
const GLUED_STARTS = new Set([77, 75, 0x41c, 0x41a]);

/** What normalising makes of one UTF-16 unit, and the classes the rules above ask about. */
interface CharFacts {
  mapped: string;
  lower: boolean;
  letter: boolean;
  space: boolean;
}
/** By code unit, filled as characters are met: at most one entry per unit. */
const charFacts: (CharFacts | undefined)[] = new Array(65_536);

function charOf(code: number): CharFacts {
  let facts = charFacts[code];
  if (!facts) {
    const char = String.fromCharCode(code);
    const upper = char.toUpperCase();
    const space = char === ' ' || SPACES.test(char);
    let mapped: string;
    if (char === '\u00AD') mapped = ''; // soft hyphen: invisible
    else if (DASHES.test(char)) mapped = '-';
    else if (space) mapped = ' ';
    else if (upper in CYRILLIC_TO_LATIN) mapped = CYRILLIC_TO_LATIN[upper] ?? '';
    else mapped = upper.length === 1 ? upper : char; // keep offsets simple: no ß → SS
    facts = { mapped, lower: LOWER.test(char), letter: /[\p{L}-]/u.test(char), space };
    charFacts[code] = facts;
  }
  return facts;
}

// ---------------------------------------------------------------------------------------
// The matcher, built from the catalogue

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source for a designation written in any of the usual ways: "Mi-171Sh",
 * "Mi 171Sh", "Mi171SH", "Mi–171Sh". Separators are optional except between two runs of
 * digits ("Mi-17-1V" is not "Mi-171V"); a space is allowed only after the letter prefix,
 * and not after a one-letter prefix ("Russia's 400" is not an S-400).
 */
function designationPattern(designation: string): string {
  const runs = (normalise(designation).text.match(/[A-Z]+|[0-9]+/g) ?? []) as string[];
  let pattern = escape(runs[0] ?? '');
  for (let i = 1; i < runs.length; i++) {
    const previous = runs[i - 1] ?? '';
    const run = runs[i] ?? '';
    const digits = (s: string) => /^\d/.test(s);
    if (digits(previous) && digits(run)) pattern += '[- ]';
    else if (i === 1 && previous.length > 1) pattern += '[- ]?';
    else if (digits(previous)) pattern += VARIANT_GAP; // "Mi-8 MTV-5", "Mi-28 NE", "Ми-8 модели АМТШ"
    else pattern += '-?';
    pattern += escape(run);
  }
  return pattern;
}

/** Between a type's number and its variant letters: nothing, a dash or space, or "модели" ("Ми-8 модели АМТШ"). */
const VARIANT_GAP = '(?:[- ]?|_(?:MODELI|MODIFIKATSII|VERSII|MODEL|VERSION|VARIANT) )';

/** Maker names that may precede a designation: "Mil Mi-171E", "Kamov Ka-52". */
const MAKER_PREFIX: Record<string, string> = { MI: 'MIL', KA: 'KAMOV', SU: 'SUKHOI', VK: 'KLIMOV', TV: 'KLIMOV' };

type Kind = 'designation' | 'alias';
interface Alternative {
  entry: CatalogueEntry;
  kind: Kind;
  /** Length of the canonical name without separators: longer names are tried first. */
  weight: number;
  pattern: string;
}

function alternatives(): Alternative[] {
  const list: Alternative[] = [];
  for (const entry of catalogue) {
    const designations = [entry.model, ...entry.aliases.filter((alias) => /\d/.test(alias))];
    for (const name of designations) {
      const letters = /^[A-Z]+/.exec(normalise(name).text)?.[0] ?? '';
      const maker = MAKER_PREFIX[letters];
      const prefix = maker ? `(?:${maker} +)?` : '';
      list.push({ entry, kind: 'designation', weight: name.replace(/[- ]/g, '').length, pattern: prefix + designationPattern(name) });
    }
    for (const nickname of entry.aliases.filter((alias) => !/\d/.test(alias))) {
      const words = normalise(nickname).text.split(/[- ]+/).map(escape);
      list.push({ entry, kind: 'alias', weight: nickname.length, pattern: words.join('[- ]+') });
    }
  }
  return list.sort((a, b) => b.weight - a.weight);
}

const ALTERNATIVES = alternatives();
// After a designation: no digit ("Mi-1712"), no dash and digit, and no letter unless it is
// a plural "s" ("Mi-17s"); a dash and a letter ("Su-35-type") is fine.
const AFTER = "(?![\\p{N}])(?!-\\p{N})(?:(?![\\p{L}])|(?='?S(?![\\p{L}\\p{N}])))";
// No lookbehind for the letter before a designation: the scan checks it (`findTypeMentions`),
// so the regex can skip straight to the letters a designation starts with.
const MATCHER = new RegExp(`(?:${ALTERNATIVES.map((alt) => `(${alt.pattern})`).join('|')})${AFTER}`, 'gu');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The matcher, anchored: the second type in "Mi-8/17". */
const SLASH_PROBE = new RegExp(MATCHER.source, 'uy');
const QUOTES = `"'“”‘’«»„`;

function epithetPattern(entry: CatalogueEntry): RegExp | null {
  const names = lineage(entry.model).flatMap((model) => {
    const e = byModel.get(model);
    return e ? [...(e.epithets ?? []), ...e.aliases.filter((alias) => !/\d/.test(alias))] : [];
  });
  if (names.length === 0) return null;
  const alts = names
    .map((name) => normalise(name).text.split(/[- ]+/).map(escape).join('[- ]+'))
    .sort((a, b) => b.length - a.length);
  // groups: 1 opening quote, 2 the name, 3 closing quote
  return new RegExp(`(?: +| *-)?([${QUOTES}])?(${alts.join('|')})([${QUOTES}])?(?![\\p{L}\\p{N}])`, 'uyd');
}
const GAP = new RegExp(`^[ ${QUOTES}]*$`);
const EPITHETS = new Map(catalogue.map((entry) => [entry, epithetPattern(entry)]));

/** True when the original text at `index` is an upper-case letter (nicknames are names). */
function capitalised(text: string, index: number): boolean {
  const char = text[index] ?? '';
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/**
 * Every mention of a catalogued type in `text`, in order. The longest designation wins
 * ("Mi-171Sh", not "Mi-171"); a maker prefix and a nickname right after the designation
 * belong to the mention ("Mil Mi-171E", "Mi-171Sh Storm", "Mi-8AMTSh “Terminator”").
 */
export function findTypeMentions(text: string): TypeMention[] {
  const { text: norm, origin } = normalise(text);
  const span = (from: number, to: number) => {
    const start = origin[from] ?? text.length;
    const end = to > from ? (origin[to - 1] ?? text.length - 1) + 1 : start;
    return { start, end };
  };

  const found: { from: number; to: number; entry: CatalogueEntry; kind: Kind }[] = [];
  MATCHER.lastIndex = 0;
  for (let match = MATCHER.exec(norm); match; match = MATCHER.exec(norm)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const alt = ALTERNATIVES[index];
    if (!alt) continue;
    const from = match.index;
    if (from > 0 && WORD_CHAR.test(norm[from - 1]!)) {
      MATCHER.lastIndex = from + 1;
      continue;
    }
    let to = from + match[0].length;
    if (alt.kind === 'alias' && !capitalised(text, origin[from] ?? 0)) {
      MATCHER.lastIndex = from + 1;
      continue;
    }
    if (alt.kind === 'designation') {
      const epithet = EPITHETS.get(alt.entry);
      if (epithet) {
        epithet.lastIndex = to;
        const tail = epithet.exec(norm);
        const name = tail?.indices?.[2];
        if (tail && name && name[0] > to && capitalised(text, origin[name[0]] ?? 0)) {
          // a closing quote belongs to the mention only when an opening one does
          to = tail[1] !== undefined && tail[3] !== undefined ? to + tail[0].length : name[1];
          MATCHER.lastIndex = to;
        }
      }
    }
    found.push({ from, to, entry: alt.entry, kind: alt.kind });

    // "Mi-8/17", "Mi-24/35": the number after the slash is a type of the same maker
    if (alt.kind === 'designation') {
      const letters = /^(?:[A-Z]+ +)?([A-Z]+)/.exec(norm.slice(from, to))?.[1];
      const slash = /^\/(?=\p{N})/u.exec(norm.slice(to));
      if (letters && slash) {
        const rest = norm.slice(to + 1);
        const probe = SLASH_PROBE;
        probe.lastIndex = 0;
        const second = probe.exec(`${letters}-${rest}`);
        const secondAlt = second && ALTERNATIVES[second.slice(1).findIndex((g) => g !== undefined)];
        if (second && secondAlt && secondAlt.kind === 'designation') {
          const length = second[0].length - letters.length - 1;
          found.push({ from: to + 1, to: to + 1 + length, entry: secondAlt.entry, kind: 'designation' });
          MATCHER.lastIndex = to + 1 + length;
        }
      }
    }
  }

  // "Alligator Ka-52": a nickname right before its own designation is one mention
  const merged: typeof found = [];
  for (const item of found) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.kind === 'alias' &&
      item.kind === 'designation' &&
      GAP.test(norm.slice(last.to, item.from)) &&
      lineage(item.entry.model).includes(last.entry.model)
    ) {
      merged[merged.length - 1] = { from: last.from, to: item.to, entry: item.entry, kind: 'designation' };
    } else {
      merged.push(item);
    }
  }

  return merged.map(({ from, to, entry }) => {
    const { start, end } = span(from, to);
    return { start, end, text: text.slice(start, end), model: entry.model, entry };
  });
}
