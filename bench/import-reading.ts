// `npm run bench:import`: how long Import takes to read a text into an article (before mining),
// on 1 MB and 4 MB of plain text of each kind and of inputs built to be slow, each beside
// plain text of its kind and size. The 2 MB import limit is lifted here (by telling the reader
// a small size) to show that the time grows in proportion to the input. `.html` is read by
// parse5, as in the import worker, and pages are measured at 1 MB and at the 2 MB limit; a page
// nested deeper than any article needs is refused before it is parsed. `-- --smoke` runs 64 kB
// only, for CI. Every input is generated here: nothing in them is news.
import { fileURLToPath } from 'node:url';
import { ImportError, readImport, type ImportInput } from '../src/lib/import/read-import.ts';

const fill = (head: string, unit: string, tail: string, size: number) => head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;

const PARAGRAPH = 'A synthetic paragraph of test text about nothing in particular, with a number or two (12, 48) and a full stop. ';
type Kind = 'txt' | 'md' | 'html';
/** [kind, what, text of about `size` bytes]; the first of each kind is its plain text. */
export const INPUTS: [Kind, string, (size: number) => string][] = [
  ['txt', 'plain text', (n) => fill('A synthetic title\n\n', `${PARAGRAPH}\n\n`, '', n)],
  ['txt', 'one line, no full stop', (n) => fill('A synthetic title\n\n', 'word ', '', n)],
  ['txt', 'a line break after every word', (n) => fill('A synthetic title\n\n', 'word\n', '', n)],
  ['md', 'plain Markdown', (n) => fill('# A synthetic title\n\n', `## A heading\n\n${PARAGRAPH}*emphasis* and a [link](https://example.org/x).\n\n- an item\n\n`, '', n)],
  ['md', 'emphasis marks', (n) => fill('# A synthetic title\n\n', '*a **b ', '', n)],
  ['md', 'opening brackets', (n) => fill('# A synthetic title\n\n', '[', '', n)],
  ['md', 'nested quotes', (n) => fill('# A synthetic title\n\n', '>', ' x', n)],
  ['md', 'underscores in words', (n) => fill('# A synthetic title\n\n', 'a__b_c ', '', n)],
  ['html', 'plain page', (n) => fill('<html><head><title>A synthetic title</title></head><body><article>', `<p>${PARAGRAPH}</p>`, '</article></body></html>', n)],
  ['html', 'formulas never closed', (n) => fill('<html><body><article><h1>A synthetic title</h1>', '<p>x <math> y</p>', '</article></body></html>', n)],
  ['html', 'tags never closed', (n) => fill('<html><body><article><h1>A synthetic title</h1><p>Text.</p>', '<a ', '', n)],
  ['html', 'a comment never closed', (n) => fill('<html><body><article><h1>A synthetic title</h1><p>Text.</p><!-- ', 'word ', '', n)],
  ['html', 'nested 100,000 deep', (n) => fill('<html><body>', '<div>', '<p>Text.</p></body></html>', n)],
  ['html', 'tiny inline elements', (n) => fill('<html><body><article><h1>A synthetic title</h1><p>', '<b>x</b>', '</p></article></body></html>', n)],
];

/** Reads `text` as Import would, with the size limit lifted; what came of it, and how long it took. */
function read(kind: Kind, text: string): { ms: number; outcome: string } {
  const input: ImportInput = { text, kind, fileName: `bench.${kind}`, size: 1 };
  const started = performance.now();
  let outcome: string;
  try {
    const article = readImport(input, { today: new Date(2024, 0, 1) });
    outcome = `read, ${article.paragraphs.length.toLocaleString('en-GB')} paragraphs`;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    outcome = `refused: “${error.message.slice(0, 60)}…”`;
  }
  return { ms: performance.now() - started, outcome };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One input read at each size: the median time, its ratio to plain text of its kind and size, and what came of it. */
export interface ReadingRow {
  kind: Kind;
  input: string;
  times: { bytes: number; ms: number; ratio: number }[];
  outcome: string;
}

/** Times every input at `sizes` (`.html` at `htmlSizes`), `runs` times each. */
export function measureReading(sizes: number[], htmlSizes: number[], runs: number): ReadingRow[] {
  const plain = new Map<string, number>();
  return INPUTS.map(([kind, input, make]) => {
    let outcome = '';
    const times = (kind === 'html' ? htmlSizes : sizes).map((size) => {
      const text = make(size);
      const measured = Array.from({ length: runs }, () => read(kind, text));
      const ms = median(measured.map((r) => r.ms));
      outcome = measured[0]!.outcome;
      const key = `${kind} ${size}`;
      if (!plain.has(key)) plain.set(key, ms);
      return { bytes: text.length, ms, ratio: ms / Math.max(plain.get(key)!, 0.01) };
    });
    return { kind, input, times, outcome };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const smoke = process.argv.includes('--smoke');
  const sizes = smoke ? [64 * 1024] : [1024 ** 2, 4 * 1024 ** 2];
  const htmlSizes = smoke ? sizes : [1024 ** 2, 2 * 1024 ** 2];
  const mb = (bytes: number) => (bytes >= 1024 ** 2 ? `${bytes / 1024 ** 2} MB` : `${bytes / 1024} kB`);
  console.log(`| kind | input | ${sizes.map((s, i) => `${mb(s)} (.html: ${mb(htmlSizes[i]!)}): time (× plain text)`).join(' | ')} | what came of it |`);
  console.log(`| --- | --- | ${sizes.map(() => '---').join(' | ')} | --- |`);
  for (const row of measureReading(sizes, htmlSizes, smoke ? 1 : 3)) {
    console.log(`| .${row.kind} | ${row.input} | ${row.times.map((t) => `${t.ms.toFixed(0)} ms (×${t.ratio.toFixed(1)})`).join(' | ')} | ${row.outcome} |`);
  }
}
