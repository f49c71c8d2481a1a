import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const tmp = mkdtempSync(join(tmpdir(), 'sortie-article-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm run article -- ...args` the way a user would, minus npm's own start-up. */
function article(...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/article.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run article', { timeout: 20_000 }, () => {
  it('prints the seed article as JSON, fields in reading order', () => {
    const { status, stdout, stderr } = article(SEED);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const articles = JSON.parse(stdout) as Record<string, unknown>[];
    expect(articles).toHaveLength(1);
    expect(Object.keys(articles[0] ?? {})).toEqual([
      'id', 'title', 'date', 'publication', 'url', 'tags', 'paragraphs',
      'comments', 'related', 'wordCount', 'readingMinutes', 'hash',
    ]);
    expect(articles[0]?.id).toBe('2020-10-22-putin-russia-china-military-cooperation');
  });

  it('names the file, line and problem of a bad source and exits 1', () => {
    const bad = join(tmp, 'bad.txt');
    const lines = ['---', 'title: T', 'date: 2021-03-04', 'tittle: oops', 'publication: P', '---', 'Body.'];
    writeFileSync(bad, lines.join('\n'));
    const { status, stdout, stderr } = article(SEED, bad);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.\\]/g, '\\$&')}:4: unknown field "tittle"`));
  });

  it('says which file it cannot read and exits 1', () => {
    const missing = join(tmp, 'missing.txt');
    const { status, stderr } = article(missing);
    expect(status).toBe(1);
    expect(stderr.startsWith(`${missing}: cannot read: `)).toBe(true);
  });

  it('prints usage and exits 2 without files', () => {
    const { status, stderr } = article();
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage/i);
  });
});
