// A seeded generator of SYNTHETIC article sources for benchmarks and scale tests. The text is
// random words with a label saying so: it is not news and is never shipped.
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

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 18);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

const TYPES = ['Mi-17V-5', 'Mi-171Sh', 'Ka-52', 'Ansat', 'Mi-26T', 'Mi-35M', 'Ka-226T'];
const COUNTRIES = ['Synthland', 'Examplestan', 'Testonia', 'Mockovia'];

/** A made-up deal sentence, so the extractor has a realistic amount to find (0–3 per article). */
function dealSentence(random: () => number): string {
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const year = 2000 + Math.floor(random() * 25);
  return `In ${year} Rosoboronexport signed a contract with ${pick(COUNTRIES)} for ${2 + Math.floor(random() * 40)} ${pick(TYPES)} helicopters.`;
}

/** `count` article source files (front matter + captured-page-like text), deterministic for a seed. */
export function syntheticSources(count: number, seed = 1): { name: string; source: string }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => {
    const day = new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const paragraphs = Array.from({ length: 6 + Math.floor(random() * 10) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random)).join(' '),
    );
    const deals = Math.floor(random() * 4);
    for (let d = 0; d < deals; d++) paragraphs.splice(Math.floor(random() * paragraphs.length), 0, dealSentence(random));
    const source = [
      '---',
      `title: Synthetic benchmark article ${n}`,
      `date: ${day}`,
      'publication: Synthetic Benchmark Corpus',
      'tags: [synthetic, benchmark]',
      '---',
      '[Synthetic text generated for benchmarking; not news.]',
      '',
      paragraphs.join('\n\n'),
      '',
      'For Editorial Inquiries Contact:',
      'Editor at',
      'editor@example.invalid',
      '',
      '1 COMMENT',
      '',
      `  1. ${sentence(random)}`,
      '',
      'LEAVE A REPLY',
      '',
      'Please enter your comment!',
    ].join('\n');
    return { name: `synthetic-${String(n).padStart(5, '0')}.txt`, source };
  });
}
