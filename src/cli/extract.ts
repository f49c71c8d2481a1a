// Prints the contract records of article sources or plain-text files:
// `npm run --silent extract -- FILE...` writes one JSON array of records (the same shape the
// packs and the explorer's export write), each with its sources and its evidence;
// `npm run --silent extract -- --explain FILE...` writes each record as a line and its
// evidence under it, for a person to read. A file starting with `---` front matter is an
// article source; anything else is plain text, paragraphs separated by blank lines.
import { readFileSync } from 'node:fs';
import { ContentError } from '../lib/content/article.ts';
import { evidenceLine, serialiseRecord, sourcePlace, type ContractRecord } from '../lib/content/contract.ts';
import { extractContracts, type ArticleText } from '../lib/content/extract/index.ts';
import { articleIdFromFileName, parseArticle } from '../lib/content/parse-article.ts';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** The article a file holds: parsed front matter and body, or plain paragraphs. */
function articleOf(path: string, source: string): ArticleText {
  const text = source.replace(/^\uFEFF/, '');
  if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(text)) return parseArticle(text, path);
  const paragraphs = text
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((block) => block.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '').join(' '))
    .filter((paragraph) => paragraph !== '');
  return { id: articleIdFromFileName(path), paragraphs };
}

/** A record and its evidence as lines: "signed 68 Mi-171 Russia → China 2019", then one line per decision. */
function explain(record: ContractRecord): string {
  const head = `${record.status} ${record.quantity} ${record.model}${record.engine ? ` with ${record.engine}` : ''} ${record.supplier ?? '?'} → ${record.recipient ?? '?'} ${record.year ?? '–'}`;
  const sources = record.sources.map((s) => `  ${sourcePlace(s)}: ${s.sentence}`);
  return [head, ...sources, ...record.evidence.map((e) => `  - ${evidenceLine(e)}`)].join('\n');
}

function main(args: string[]): number {
  const explaining = args.includes('--explain');
  const paths = args.filter((arg) => arg !== '--explain');
  if (paths.length === 0) {
    console.error('usage: npm run --silent extract -- [--explain] FILE...');
    return 2;
  }

  const records: ContractRecord[] = [];
  for (const path of paths) {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      console.error(`${path}: cannot read: ${(code && READ_ERRORS[code]) ?? message}`);
      return 1;
    }
    try {
      records.push(...extractContracts(articleOf(path, source)).records.map(serialiseRecord));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  process.stdout.write(explaining ? `${records.map(explain).join('\n\n')}\n` : `${JSON.stringify(records, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
