// Prints the contract records of article sources or plain-text files as one JSON array:
// `npm run --silent extract -- FILE...`. A file starting with `---` front matter is an
// article source; anything else is plain text, paragraphs separated by blank lines.
import { readFileSync } from 'node:fs';
import { ContentError } from '../lib/content/article.ts';
import { extractContracts, type ContractRecord } from '../lib/content/extract-contracts.ts';
import { articleIdFromFileName, parseArticle } from '../lib/content/parse-article.ts';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** The article a file holds: parsed front matter and body, or plain paragraphs. */
function articleOf(path: string, source: string): { id: string; paragraphs: string[] } {
  const text = source.replace(/^\uFEFF/, '');
  if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(text)) return parseArticle(text, path);
  const paragraphs = text
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((block) => block.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '').join(' '))
    .filter((paragraph) => paragraph !== '');
  return { id: articleIdFromFileName(path), paragraphs };
}

/** A record with its fields in the documented order, whatever order it was built in. */
function ordered(record: ContractRecord): ContractRecord {
  const { source } = record;
  return {
    supplier: record.supplier,
    supplierOrgs: record.supplierOrgs,
    recipient: record.recipient,
    designation: record.designation,
    model: record.model,
    family: record.family,
    category: record.category,
    quantity: record.quantity,
    year: record.year,
    role: record.role,
    engine: record.engine,
    value: record.value,
    status: record.status,
    source: {
      articleId: source.articleId,
      paragraph: source.paragraph,
      start: source.start,
      end: source.end,
      sentence: source.sentence,
    },
  };
}

function main(paths: string[]): number {
  if (paths.length === 0) {
    console.error('usage: npm run --silent extract -- FILE...');
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
      records.push(...extractContracts(articleOf(path, source)).records.map(ordered));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
