// Numbers as reports write them: digits ("68", "1,000"), English words ("twenty-one",
// "a dozen", "a pair of"), and Russian numerals in their case forms ("двадцать четыре",
// "двух", "трёх", "пятью", "пару", "десяток").

import { groupedByFirstLetter } from './vocabulary/alternation.ts';

const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, dozen: 12 };

/** Russian numeral stems and their values; every case form starts with its stem. */
const RU_STEMS: [RegExp, number][] = [
  [/^(?:один|одна|одно|одн(?:ого|ой|ому|им|ом|у))$/, 1],
  [/^(?:два|две|двух|двум|двумя)$/, 2],
  [/^(?:три|тр[её]х|тр[её]м|тремя)$/, 3],
  [/^(?:четыре|четыр[её]х|четыр[её]м|четырьмя)$/, 4],
  [/^пят(?:ь|и|ью)$/, 5],
  [/^шест(?:ь|и|ью)$/, 6],
  [/^сем(?:ь|и|ью)$/, 7],
  [/^вос(?:емь|ьми|емью|ьмью)$/, 8],
  [/^девят(?:ь|и|ью)$/, 9],
  [/^десят(?:ь|и|ью)$/, 10],
  [/^одиннадцат(?:ь|и|ью)$/, 11],
  [/^двенадцат(?:ь|и|ью)$/, 12],
  [/^тринадцат(?:ь|и|ью)$/, 13],
  [/^четырнадцат(?:ь|и|ью)$/, 14],
  [/^пятнадцат(?:ь|и|ью)$/, 15],
  [/^шестнадцат(?:ь|и|ью)$/, 16],
  [/^семнадцат(?:ь|и|ью)$/, 17],
  [/^восемнадцат(?:ь|и|ью)$/, 18],
  [/^девятнадцат(?:ь|и|ью)$/, 19],
  [/^двадцат(?:ь|и|ью)$/, 20],
  [/^тридцат(?:ь|и|ью)$/, 30],
  [/^сорок(?:а)?$/, 40],
  [/^пят(?:ьдесят|идесяти|ьюдесятью)$/, 50],
  [/^шест(?:ьдесят|идесяти)$/, 60],
  [/^сем(?:ьдесят|идесяти)$/, 70],
  [/^вос(?:емьдесят|ьмидесяти)$/, 80],
  [/^девяност(?:о|а)$/, 90],
  [/^(?:сто|ста)$/, 100],
  [/^(?:двести|двухсот)$/, 200],
  [/^(?:триста|тр[её]хсот)$/, 300],
];
/** Russian words that are a count on their own: "пару вертолётов", "десяток машин". */
const RU_COUNT_NOUNS: [RegExp, number][] = [
  [/^(?:пар[ауые]|парой)$/, 2],
  [/^(?:двое|двоих)$/, 2],
  [/^(?:трое|троих)$/, 3],
  [/^(?:четверо|четверых)$/, 4],
  [/^(?:десят(?:ок|ка|ку)|десятков)$/, 10],
  [/^(?:дюжин[ауы])$/, 12],
];

/** The value of one Russian numeral word in any case, or null. */
export function russianNumeral(word: string): number | null {
  const lower = word.toLowerCase();
  for (const [stem, value] of RU_STEMS) if (stem.test(lower)) return value;
  for (const [stem, value] of RU_COUNT_NOUNS) if (stem.test(lower)) return value;
  return null;
}

/** One English number word, a scale among them: `one`…`ninety`, `hundred`, `thousand`, `dozen`. */
export function isEnglishNumberWord(word: string): boolean {
  return Object.hasOwn(EN_UNITS, word) || Object.hasOwn(EN_SCALES, word);
}

/** A regex source for one English number word, longest first. */
const EN_NUMBER_WORD = `(?:${[...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * The value of a number written in digits or English or Russian words, or null when it is
 * not one: "forty-six" → 46, "a dozen" → 12, "one hundred and twenty" → 120, "1,000" → 1000,
 * "двадцати четырёх" → 24, "пару" → 2.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (/^\d{1,3}(?:[\u00a0\u202f ]\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\D/g, ''));
  if (/^half an? dozen$/.test(trimmed)) return 6;
  if (/^an? (?:pair|couple) of$/.test(trimmed)) return 2;
  if (/[а-яё]/.test(trimmed)) return russianWords(trimmed);
  return englishWords(trimmed);
}

function englishWords(text: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  const words = text.split(/[\s-]+/).filter((word) => word !== 'and');
  for (const [i, word] of words.entries()) {
    if (word === 'a' || word === 'an') {
      if (!(words[i + 1] ?? '' in EN_SCALES) || EN_SCALES[words[i + 1] ?? ''] === undefined) return null;
      continue;
    }
    const unit = EN_UNITS[word];
    if (unit !== undefined) current += unit;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function russianWords(text: string): number | null {
  let total = 0;
  let last = Infinity;
  for (const word of text.split(/\s+/)) {
    const value = russianNumeral(word);
    // words of a compound numeral fall in size: "сто двадцать один"
    if (value === null || value >= last) return null;
    total += value;
    last = value;
  }
  return total > 0 ? total : null;
}

/** The first letters of every Russian numeral and count word above ("двадцат", "пар", "десят"). */
const RU_NUMBER_STARTS = 'одн|оди|два|две|дву|три|тр[её]|четыр|четвер|пят|шест|сем|вос|девя|десят|двенадц|двадц|сорок|ст[оа]|двест|двух|пар|двое|двоих|трое|троих|дюжин';
const RU_STARTS = `(?:${RU_NUMBER_STARTS})`;
const EN_WORD_START = `(?:${groupedByFirstLetter(EN_NUMBER_WORD.slice(3, -1), 'i')})`;
// \b before an English word, checked once a word is found (see vocabulary/alternation.ts)
const NUMBER_WORD_START = new RegExp(
  `${EN_WORD_START}(?<=(?<![A-Za-z0-9_])${EN_NUMBER_WORD})|(?:pair|couple)(?<=(?<![A-Za-z0-9_])(?:pair|couple))\\b|${RU_STARTS}(?<=(?<![\\p{L}])${RU_STARTS})`,
  'iu',
);
/**
 * Whether a text may hold a number at all: digits, an English number word, or a word starting
 * as a Russian numeral does. A cheap first look; false only when there is surely none. A digit
 * is looked for first: most sentences about a deal have one, and it is found fastest.
 */
export const mayHaveNumber = (text: string): boolean => /\d/.test(text) || NUMBER_WORD_START.test(text);

/** True for a four-digit number that reads as a year (1950–2099), which is never a quantity. */
export function isYear(text: string): boolean {
  return /^(?:19[5-9]\d|20\d\d)$/.test(text.trim());
}
