// `npm run bench:speed`: how fast the extractor reads article text in Node, and that its time
// grows in proportion to the input, whatever the input. Every text here is generated, seeded
// and synthetic (made-up words and deals, not news), except the real reports of the development
// set when their texts have been pulled (bench/extraction/texts/), which are only read.
//
//   npm run bench:speed                 the full run: up to 10 MB per kind, median of 3
//   npm run bench:speed -- --smoke      a small run (CI's), up to 64 KB per kind
//   npm run bench:speed -- --source     the extractor as tsx runs it from source (the CLI's way)
//
// By default the extractor is measured as the app ships it: bundled into one module, as a
// bundler builds it for the browser. tsx, which runs the CLI and this script, wraps every
// function it creates to keep its name, and the extractor makes a few closures per sentence.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { extractContracts, type ArticleText } from '../../src/lib/content/extract/index.ts';
import { seededRandom } from '../synthetic-corpus.ts';
import { articleFromReport } from './report-article.ts';

/** One measured kind of input. */
export interface SpeedRow {
  kind: string;
  bytes: number;
  ms: number;
  mbPerSecond: number;
  records: number;
  /** Extraction time over the baseline's on the same text in the same run: one regex pass into words. */
  timesBaseline: number;
}

const WORDS =
  'the a of to in and for with on by from under new first second several major helicopter helicopters contract order supply delivery fleet engine engines ministry defence air force navy army plant batch units report said statement year signed ordered delivered will'.split(' ');
const TYPES = ['Mi-17V-5', 'Mi-171Sh', 'Ka-52', 'Ansat', 'Mi-26T', 'Mi-35M', 'Ka-226T', 'Ми-171Ш', 'Ми-35М'];
const BUYERS = ['Laos', 'Peru', 'Nepal', 'Chile', 'Kenya', 'Перу', 'Лаосу'];

/** Synthetic text of about `bytes` characters of the given kind, the same for a seed. */
export function syntheticText(kind: string, bytes: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const paragraphs: string[] = [];
  let size = 0;
  const push = (text: string) => {
    paragraphs.push(text);
    size += text.length;
  };
  switch (kind) {
    case 'plain text': // paragraphs of sentences, one deal sentence in ten
      while (size < bytes) {
        const sentences = Array.from({ length: 5 }, () =>
          random() < 0.1
            ? `In ${2000 + Math.floor(random() * 25)} ${pick(BUYERS)} signed a contract for ${2 + Math.floor(random() * 40)} ${pick(TYPES)} helicopters.`
            : `${words(10 + Math.floor(random() * 15))}.`,
        );
        push(sentences.join(' '));
      }
      return paragraphs;
    case 'one line, no full stop':
      push(Array.from({ length: Math.ceil(bytes / 6) }, () => pick(WORDS)).join(' ').slice(0, bytes));
      return paragraphs;
    case 'type names in a row':
      push(`Laos signed a contract for ${Array.from({ length: Math.ceil(bytes / 7) }, () => pick(TYPES)).join(' ')}`.slice(0, bytes));
      return paragraphs;
    case 'deal sentences in a row': {
      const sentences: string[] = [];
      for (let i = 0, length = 0; length < bytes; i++) {
        const sentence = `Laos ordered ${(i % 997) + 2} ${pick(TYPES)} in ${2000 + (i % 25)}.`;
        sentences.push(sentence);
        length += sentence.length + 1;
      }
      push(sentences.join(' ').slice(0, bytes));
      return paragraphs;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const WORD = /[\p{L}\p{N}]+/gu;
/** The baseline: the least any reader of the text does, one regex pass splitting it into words. */
function splitIntoWords(articles: readonly ArticleText[]): number {
  let words = 0;
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      WORD.lastIndex = 0;
      while (WORD.exec(paragraph)) words++;
    }
  }
  return words;
}

type Extract = typeof extractContracts;

/** Extracts from the articles `runs` times, and splits them into words as often: the medians. */
function measure(extract: Extract, kind: string, articles: readonly ArticleText[], runs: number): SpeedRow {
  const bytes = articles.reduce((sum, a) => sum + a.paragraphs.reduce((n, p) => n + p.length, 0), 0);
  let records = 0;
  const extraction: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    records = 0;
    for (const article of articles) records += extract(article).records.length;
    extraction.push(performance.now() - started);
    started = performance.now();
    splitIntoWords(articles);
    baseline.push(performance.now() - started);
  }
  const ms = median(extraction);
  return { kind, bytes, ms, mbPerSecond: bytes / 1e6 / (ms / 1000), records, timesBaseline: ms / Math.max(median(baseline), 0.001) };
}

export const KINDS = ['plain text', 'one line, no full stop', 'type names in a row', 'deal sentences in a row'] as const;

/** Every measurement, the real reports first when present. */
export function runSpeed(sizes: number[], runs: number, extract: Extract = extractContracts, { reports = true } = {}): SpeedRow[] {
  const rows: SpeedRow[] = [];
  const dir = fileURLToPath(new URL('./texts/', import.meta.url));
  if (reports && existsSync(dir)) {
    const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => articleFromReport(f, readFileSync(dir + f, 'utf8')));
    if (articles.length > 0) {
      // the first pass runs before the engine has compiled the extractor's code: shown apart
      rows.push(measure(extract, `real reports (${articles.length}), first pass`, articles, 1));
      // after some twenty passes the engine runs its fastest code: the steady speed of an app or
      // a CLI reading article after article. A whole set takes a tenth of a second, so many runs.
      measure(extract, 'warm-up', articles, runs > 1 ? 20 : 3);
      rows.push(measure(extract, `real reports (${articles.length})`, articles, Math.max(runs * 7, 9)));
    }
  }
  const synthetic = (kind: string, size: number) => [{ id: 'synthetic', paragraphs: syntheticText(kind, size) }];
  measure(extract, 'warm-up', synthetic('plain text', 200_000), 1);
  for (const kind of KINDS) for (const size of sizes) rows.push(measure(extract, kind, synthetic(kind, size), runs));
  return rows;
}

/** The extractor bundled into one module, as the app ships it. */
async function shippedExtractor(): Promise<Extract> {
  const outfile = join(tmpdir(), `sortie-extractor-${process.pid}.mjs`);
  const entry = fileURLToPath(new URL('../../src/lib/content/extract/index.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  try {
    return ((await import(pathToFileURL(outfile).href)) as { extractContracts: Extract }).extractContracts;
  } finally {
    rmSync(outfile, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const smoke = process.argv.includes('--smoke');
  const sizes = smoke ? [16_384, 65_536] : [1_000_000, 4_000_000, 10_000_000];
  const fromSource = process.argv.includes('--source');
  console.log(fromSource ? 'The extractor from source, as tsx runs it.' : 'The extractor bundled, as the app ships it.');
  const rows = runSpeed(sizes, smoke ? 1 : 3, fromSource ? extractContracts : await shippedExtractor());
  console.log('| input | size | time (median) | MB/s | × splitting into words | records |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.kind} | ${(r.bytes / 1e6).toFixed(2)} MB | ${r.ms.toFixed(0)} ms | ${r.mbPerSecond.toFixed(2)} | ${r.timesBaseline.toFixed(0)} | ${r.records} |`);
  }
}
