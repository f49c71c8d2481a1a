// `npm run bench:libraries`: well-kept libraries that could do part of the extractor's work,
// measured against the hand-written code on the development set (its texts pulled first).
//
// - Sentences: the hand-written splitter, the browser's own Intl.Segmenter (no bytes to ship),
//   compromise and sbd, each swapped into the extractor: F1 on the set, speed, size shipped.
// - English number words: compromise's number parser against ours, on every number phrase the
//   development set's English texts write in words.
// - Tense and modality: compromise's tense of the clauses that promise, plan or may sign.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import sbd from 'sbd';
import { buildSync } from 'esbuild';
import { extractContracts } from '../../src/lib/content/extract/index.ts';
import { parseNumber } from '../../src/lib/content/extract/numbers.ts';
import { splitSentences, type Span } from '../../src/lib/content/extract/sentences.ts';
import { articleFromReport } from './report-article.ts';
import { scoreReport, summarise, type GoldReport, type Predicted } from './score.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const gold = JSON.parse(readFileSync(here('./dev-set.json'), 'utf8')) as GoldReport[];
const present = gold.filter((report) => existsSync(here(`./texts/${report.id}.txt`)));
if (present.length === 0) {
  console.log('No texts in bench/extraction/texts/: pull them first (see the README).');
  process.exit(0);
}
const articles = present.map((report) => ({ report, article: articleFromReport(report.id, readFileSync(here(`./texts/${report.id}.txt`), 'utf8'), report.url) }));

/** Spans for sentences a library gives as strings, found in order in the paragraph. */
function spansOf(paragraph: string, sentences: string[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const raw of sentences) {
    const text = raw.trim();
    if (text === '') continue;
    const start = paragraph.indexOf(text, from);
    if (start === -1) continue;
    spans.push({ start, end: start + text.length, text });
    from = start + text.length;
  }
  return spans;
}

const segmenters = { en: new Intl.Segmenter('en', { granularity: 'sentence' }), ru: new Intl.Segmenter('ru', { granularity: 'sentence' }) };
const SPLITTERS: Record<string, (paragraph: string) => Span[]> = {
  'hand-written (chosen)': splitSentences,
  'Intl.Segmenter': (p) => spansOf(p, [...segmenters[/[а-яё]/i.test(p) ? 'ru' : 'en'].segment(p)].map((s) => s.segment)),
  'compromise 14.17': (p) => spansOf(p, nlp(p).sentences().out('array') as string[]),
  'sbd 1.0.19': (p) => spansOf(p, sbd.sentences(p, { newline_boundaries: false, preserve_whitespace: true })),
};

/** A library's minified and gzipped size, as a bundle of what the extractor would import. */
function shippedBytes(entry: string): number {
  const result = buildSync({ stdin: { contents: entry, resolveDir: here('../..') }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  return gzipSync(result.outputFiles[0]!.contents).length;
}
const SIZES: Record<string, number> = {
  'hand-written (chosen)': shippedBytes("export { splitSentences } from './src/lib/content/extract/sentences.ts';"),
  'Intl.Segmenter': 0,
  'compromise 14.17': shippedBytes("export { default } from 'compromise';"),
  'sbd 1.0.19': shippedBytes("export { default } from 'sbd';"),
};

console.log(`Sentence splitters in the extractor, on the development set (${present.length} reports with texts):`);
console.log('');
console.log('| splitter | F1 | precision | recall | extraction speed | shipped, min+gz |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, split] of Object.entries(SPLITTERS)) {
  for (const { article } of articles) extractContracts(article, { splitSentences: split }); // warm up
  const scores = [];
  const started = performance.now();
  let characters = 0;
  for (const { report, article } of articles) {
    characters += article.paragraphs.join('').length;
    const records = extractContracts(article, { splitSentences: split }).records;
    const predicted: Predicted[] = records.map((r) => ({ ...r, sentence: r.sources[0]?.sentence ?? '' }));
    scores.push(scoreReport(report, predicted));
  }
  const seconds = (performance.now() - started) / 1000;
  const s = summarise(scores);
  const size = SIZES[name] === 0 ? 'built in' : `${(SIZES[name]! / 1024).toFixed(1)} kB`;
  console.log(`| ${name} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${(characters / 1e6 / seconds).toFixed(2)} MB/s | ${size} |`);
}

// English number words as the texts write them.
const NUMBER_PHRASE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|half|and)[\s-]+)*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b/gi;
const phrases = new Map<string, number>();
for (const { report, article } of articles) {
  if (report.language !== 'en') continue;
  for (const paragraph of article.paragraphs) for (const m of paragraph.matchAll(NUMBER_PHRASE)) phrases.set(m[0].toLowerCase(), (phrases.get(m[0].toLowerCase()) ?? 0) + 1);
}
// What each phrase the set writes means, written out by hand (not by either parser).
const MEANING: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'two dozen': 24, 'a dozen': 12, 'forty-six': 46, 'twenty-one': 21, 'a pair of': 2,
};
const expected = (phrase: string) => MEANING[phrase.replace(/^and\s+/, '')] ?? null;
let oursRight = 0;
let theirsRight = 0;
let total = 0;
const disagreements: string[] = [];
for (let [phrase, count] of phrases) {
  const want = expected(phrase);
  if (want === null) continue;
  phrase = phrase.replace(/^and\s+/, '');
  const theirs = (nlp(phrase).numbers().get() as number[])[0] ?? null;
  total += count;
  if (parseNumber(phrase) === want) oursRight += count;
  if (theirs === want) theirsRight += count;
  else disagreements.push(`“${phrase}”: ${theirs}`);
}
console.log('');
console.log(`English number words in the development set: ${total} phrases (${phrases.size} distinct).`);
console.log(`Ours read ${oursRight}, compromise ${theirsRight}, of ${total}. compromise differs on: ${disagreements.slice(0, 8).join(', ') || 'none'}. compromise reads no Russian numerals.`);

// Tense of the words that decide a status.
const clauses = ['Russia will sign a contract for 12 helicopters', 'India may sign a contract for 48 helicopters', 'Laos has signed a contract', 'The contract was signed in 2019', 'Laos plans to buy 12 helicopters', 'Russia will deliver 4 helicopters by the end of the year'];
console.log('');
console.log('compromise on the tense of clauses the status stage decides:');
for (const clause of clauses) {
  const [sentence] = nlp(clause).sentences().json() as { sentence: { grammar?: { tense?: string } } }[];
  console.log(`- “${clause}”: ${sentence?.sentence.grammar?.tense ?? 'none'}`);
}
