// A seeded generator of SYNTHETIC article sources for benchmarks and scale tests. The text is
// random words with a label saying so: it is not news and is never shipped.
//
// Shaped like an archive so that what grows with one grows here: articles of three to two
// dozen paragraphs; a vocabulary of thousands of words, made up from syllables, used as often
// as Zipf's law says (a few words everywhere, most rare); one article in eight in Russian
// (Cyrillic words); and up to four deal sentences an article, for any of the catalogue's
// helicopters and of the countries the extractor knows, so most deals are distinct.
import { catalogue } from '../src/lib/content/catalogue.ts';
import { COUNTRIES as KNOWN_COUNTRIES } from '../src/lib/content/extract/vocabulary/countries.ts';

/** The commonest words, most frequent first; the made-up ones follow them. */
const WORDS = (
  'helicopter contract supply delivery fleet engine rotor transport export order programme ' +
  'ministry defence industry aircraft training maintenance plant serial production report ' +
  'annual partner cooperation systems air sea land units squadron crew range payload the a of ' +
  'and to in on with for by from under new first second several major'
).split(' ');

/** Mulberry32: a small seeded PRNG, so every run benchmarks the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words made of `syllables`, 2 to 4 each, none twice. */
function madeUpWords(count: number, syllables: string[], random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]!).join(''));
  }
  return [...words];
}

const pairs = (consonants: string, vowels: string) => [...consonants].flatMap((c) => [...vowels].map((v) => c + v));
const LATIN_SYLLABLES = pairs('bcdfgklmnprstvz', 'aeiou');
const CYRILLIC_SYLLABLES = pairs('бвгдзклмнпрстф', 'аеиоу');

/** Draws words with the frequency of Zipf's law: the word of rank r about 1/r as often as the first. */
function zipf(words: readonly string[]): (random: () => number) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
}

// the vocabularies are fixed (their own seeds), whatever the corpus's seed
const ENGLISH = zipf([...WORDS, ...madeUpWords(4000, LATIN_SYLLABLES, seededRandom(101))]);
const RUSSIAN = zipf(['и', 'в', 'на', 'с', 'по', 'для', 'вертолёт', 'контракт', 'поставка', ...madeUpWords(2000, CYRILLIC_SYLLABLES, seededRandom(102))]);

function sentence(random: () => number, word = ENGLISH): string {
  const length = 6 + Math.floor(random() * 24);
  const text = Array.from({ length }, () => word(random)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const pick = <T,>(list: readonly T[], random: () => number) => list[Math.floor(random() * list.length)]!;
const TYPES = catalogue.filter((entry) => entry.category === 'helicopter').map((entry) => entry.model);
// as Russian reports write them (the extractor reads each)
const RUSSIAN_TYPES = ['Ми-8МТВ-1', 'Ми-17В-5', 'Ми-171Ш', 'Ми-171Е', 'Ка-52', 'Ка-226Т', 'Ми-26Т', 'Ми-35М', 'Ансат', 'Ми-28НЭ', 'Ми-38'];
const RECIPIENTS = KNOWN_COUNTRIES.filter((country) => country.name !== 'Russia');

/** A made-up deal sentence, in one of the shapes reports use, for the extractor to find. */
function dealSentence(random: () => number, russian: boolean): string {
  const year = 1995 + Math.floor(random() * 31);
  // most orders are small, a few large
  const quantity = 1 + Math.floor(random() * random() * 60);
  const country = pick(RECIPIENTS, random);
  if (russian && country.ru) {
    // the second of the Russian forms is the genitive ("для Индии", "для Алжира"); a name that
    // does not decline ("Перу") has one
    const forms = country.ru.split(' ');
    const genitive = (forms[1] ?? forms[0]!).replace(/_/g, ' ');
    return `В ${year} году Рособоронэкспорт подписал контракт на поставку ${quantity} вертолётов ${pick(RUSSIAN_TYPES, random)} для ${genitive}.`;
  }
  const type = pick(TYPES, random);
  const shapes = [
    `In ${year} Rosoboronexport signed a contract with ${country.name} for ${quantity} ${type} helicopters.`,
    `${country.name} has ordered ${quantity} ${type} helicopters from Russian Helicopters under a contract signed in ${year}.`,
    `Under a contract signed in ${year}, Russia will supply ${country.name} with ${quantity} ${type} helicopters.`,
  ];
  return pick(shapes, random);
}

/** `count` article source files (front matter + captured-page-like text), deterministic for a seed. */
export function syntheticSources(count: number, seed = 1): { name: string; source: string }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const day = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const russian = random() < 1 / 8;
    const words = russian ? RUSSIAN : ENGLISH;
    // three paragraphs to two dozen, most near the short end
    const paragraphs = Array.from({ length: 3 + Math.floor(random() ** 1.5 * 22) }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => sentence(random, words)).join(' '),
    );
    const deals = Math.floor(random() * 5);
    for (let d = 0; d < deals; d++) paragraphs.splice(Math.floor(random() * paragraphs.length), 0, dealSentence(random, russian));
    const source = [
      '---',
      `title: Synthetic benchmark article ${n}`,
      `date: ${day}`,
      'publication: Synthetic Benchmark Corpus',
      'tags: [synthetic, benchmark]',
      '---',
      russian ? '[Синтетический текст для тестов производительности; не новости. Synthetic text generated for benchmarking; not news.]' : '[Synthetic text generated for benchmarking; not news.]',
      '',
      paragraphs.join('\n\n'),
      '',
      'For Editorial Inquiries Contact:',
      'Editor at',
      'editor@example.invalid',
      '',
      '1 COMMENT',
      '',
      `  1. ${sentence(random, words)}`,
      '',
      'LEAVE A REPLY',
      '',
      'Please enter your comment!',
    ].join('\n');
    return { name: `synthetic-${String(n).padStart(5, '0')}.txt`, source };
  });
}
