// Parses article sources and prints them as JSON: `npm run --silent article -- FILE...`.
import { readFileSync } from 'node:fs';
import { ContentError } from '../lib/content/article.ts';
import { parseCorpus } from '../lib/content/parse-article.ts';

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

function main(paths: string[]): number {
  if (paths.length === 0) {
    console.error('usage: npm run --silent article -- FILE...');
    return 2;
  }

  const files: { name: string; source: string }[] = [];
  for (const path of paths) {
    try {
      files.push({ name: path, source: readFileSync(path, 'utf8') });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      console.error(`${path}: cannot read: ${(code && READ_ERRORS[code]) ?? message}`);
      return 1;
    }
  }

  try {
    process.stdout.write(`${JSON.stringify(parseCorpus(files), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
