// `npm run bench:extraction`: scores the extractor on the real reports whose texts are present
// in bench/extraction/texts/ (git ignores that folder: see the README for pulling them).
//
//   npm run bench:extraction                 the development set (dev-set.json)
//   npm run bench:extraction -- --set holdout the reports kept apart while the rules were written
//   npm run bench:extraction -- --json out.json   also writes the scores as JSON
//   npm run bench:extraction -- --only ID    one report, with its records and their evidence
//   (the held-out set prints its totals only, so that its texts stay unread while rules are written)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractContracts } from '../../src/lib/content/extract/index.ts';
import { articleFromReport } from './report-article.ts';
import { checkGold, scoreReport, summarise, type GoldReport, type Predicted, type ReportScore, type Summary } from './score.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const set = option('--set') ?? 'dev';
const only = option('--only');
// the held-out set is scored, never read: only its totals are printed unless --details
const details = args.includes('--details') || (set === 'dev' && !(option('--file') ?? '').endsWith('holdout.json'));
const files = option('--file') ? [option('--file')!] : set === 'all' ? ['dev-set.json', 'holdout.json'] : [set === 'holdout' ? 'holdout.json' : 'dev-set.json'];

const gold: GoldReport[] = [];
for (const file of files) {
  const path = file.startsWith('/') ? file : here(`./${file}`);
  if (!existsSync(path)) continue;
  const reports = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const problems = checkGold(reports);
  if (problems.length > 0) {
    console.error(`${file}: ${problems.join('\n')}`);
    process.exit(1);
  }
  gold.push(...(reports as GoldReport[]));
}

const scores: ReportScore[] = [];
const absent: GoldReport[] = [];
let characters = 0;
let extractMs = 0;
for (const report of gold) {
  if (only !== undefined && report.id !== only) continue;
  const textPath = here(`./texts/${report.id}.txt`);
  if (!existsSync(textPath)) {
    absent.push(report);
    continue;
  }
  const article = articleFromReport(report.id, readFileSync(textPath, 'utf8'), report.url);
  characters += article.paragraphs.reduce((sum, p) => sum + p.length, article.title.length);
  const started = performance.now();
  const { records } = extractContracts(article);
  extractMs += performance.now() - started;
  const predicted: Predicted[] = records.map((r) => ({ ...r, sentence: r.sources[0]?.sentence ?? '' }));
  scores.push(scoreReport(report, predicted));
  if (only !== undefined) console.log(JSON.stringify(records, null, 2));
}

const pct = (r: { share: number; of: number }) => (r.of === 0 ? '–' : `${(r.share * 100).toFixed(1)} % (${r.of})`);
const row = (name: string, s: Summary) =>
  `| ${name} | ${s.reports} | ${s.truePositives} | ${s.falsePositives} | ${s.missed} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${pct(s.supplier)} | ${pct(s.recipient)} | ${pct(s.year)} |`;

const overall = summarise(scores);
const byLanguage = [...new Set(scores.map((s) => s.language))].sort().map((language) => [language, summarise(scores.filter((s) => s.language === language))] as const);

const setName = option('--file') ? option('--file') : set === 'all' ? 'the development and held-out sets' : set === 'holdout' ? 'the held-out set' : 'the development set';
console.log(`Extraction on ${setName}: ${scores.length} reports with texts${absent.length ? `, ${absent.length} without (pull them: see the README)` : ''}.`);
console.log('');
console.log('| reports | n | right | false | missed | precision | recall | F1 | supplier right | recipient right | year right |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(row('all', overall));
for (const [language, summary] of byLanguage) console.log(row(language, summary));
console.log('');
if (extractMs > 0) console.log(`Speed: ${(characters / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s over ${characters} characters (${extractMs.toFixed(0)} ms).`);

for (const score of details ? scores : []) {
  const wrongFields = score.fields.filter((f) => !f.recipient || f.supplier === false || f.year === false).length;
  if (score.falsePositives.length === 0 && score.missed.length === 0 && wrongFields === 0) continue;
  console.log('');
  console.log(`## ${score.id}: ${score.truePositives} right, ${score.falsePositives.length} false, ${score.missed.length} missed`);
  for (const fp of score.falsePositives) {
    console.log(`  false:  ${fp.quantity} ${fp.model} ${fp.supplier ?? '?'} → ${fp.recipient ?? '?'} ${fp.year ?? '-'}  «${fp.sentence.slice(0, 240)}»`);
  }
  for (const miss of score.missed) {
    const other = score.foundWithOtherStatus.find((f) => f.gold === miss);
    console.log(`  missed: ${miss[1]} ${miss[0]} → ${miss[2] ?? '?'}${other ? ` (found as ${other.status})` : ''}`);
  }
  for (const f of score.fields) {
    const [model, quantity, recipient, supplier, year] = f.gold;
    const wrong = [
      f.supplier === false ? `supplier ${f.record.supplier ?? '?'}, not ${supplier}` : '',
      f.recipient ? '' : `recipient ${f.record.recipient ?? '?'}, not ${recipient ?? '?'}`,
      f.year === false ? `year ${f.record.year ?? '-'}, not ${year}` : '',
    ].filter(Boolean);
    if (wrong.length > 0) console.log(`  wrong:  ${quantity} ${model}: ${wrong.join('; ')}  «${f.record.sentence.slice(0, 240)}»`);
  }
}
for (const report of absent) console.log(`absent: ${report.id} ${report.url}`);

const json = option('--json');
if (json) writeFileSync(json, `${JSON.stringify({ set, overall, byLanguage: Object.fromEntries(byLanguage), scores }, null, 2)}\n`);
