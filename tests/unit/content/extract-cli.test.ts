import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const tmp = mkdtempSync(join(tmpdir(), 'sortie-extract-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm run extract -- ...args` the way a user would, minus npm's own start-up. */
function extract(...args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extract', { timeout: 20_000 }, () => {
  it('prints the seed article’s five records as JSON, fields in the documented order, with sources and evidence', () => {
    const { status, stdout, stderr } = extract(SEED);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(5);
    expect(Object.keys(records[0] ?? {})).toEqual([
      'supplier', 'supplierOrgs', 'recipient', 'designation', 'model', 'family', 'category',
      'quantity', 'year', 'role', 'engine', 'value', 'status', 'sources', 'evidence',
    ]);
    const [source] = records[0]?.sources as object[];
    expect(Object.keys(source ?? {})).toEqual(['articleId', 'paragraph', 'start', 'end', 'sentence', 'words']);
    expect(records.map((r) => `${r.quantity} ${r.model}`)).toEqual(['68 Mi-171', '18 Mi-171Sh', '14 Mi-171', '21 Ansat', '24 Su-35']);
    expect(stdout).toMatch(/^\[\n {2}\{\n {4}"supplier"/); // two-space indent
  });

  it('explains each record in lines a person reads: the deal, its sentence and every decision', () => {
    const { status, stdout } = extract('--explain', SEED);
    expect(status).toBe(0);
    const [first] = stdout.split('\n\n');
    expect(first!.split('\n')).toEqual([
      'signed 68 Mi-171 Russia → China 2019',
      expect.stringMatching(/^ {2}paragraph 5: The number counts 68 Mi-171 helicopters/),
      '  - signed: “signed several contracts” earlier in this paragraph',
      '  - 68 units: “68 Mi-171” in this sentence',
      '  - supplier Russia: “Russian Helicopters Holding” earlier in this paragraph',
      '  - recipient China: “China” earlier in this paragraph',
      expect.stringMatching(/^ {2}- signed in 2019: /),
      '  - 68 within the 120+ claimed: “120+” in the article',
    ]);
  });

  it('reads plain text as paragraphs split on blank lines, named after the file', () => {
    // synthetic text
    const plain = join(tmp, 'Plain Note.txt');
    writeFileSync(plain, 'Egypt operates 40 Mi-8.\n\nIn 2019 Egypt ordered\n10 Mi-17 from Russia.\n');
    const { status, stdout, stderr } = extract(plain);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({
        supplier: 'Russia',
        recipient: 'Egypt',
        model: 'Mi-17',
        quantity: 10,
        year: 2019,
        status: 'signed',
        sources: [{ articleId: 'plain-note', paragraph: 1, start: 0, end: 43, sentence: 'In 2019 Egypt ordered 10 Mi-17 from Russia.', words: { start: 25, end: 30 } }],
      }),
    ]);
  });

  it('names the file, line and problem of a bad article source and exits 1', () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, ['---', 'title: T', 'date: 2021-03-04', 'tittle: oops', 'publication: P', '---', 'Body.'].join('\n'));
    const { status, stdout, stderr } = extract(SEED, bad);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.\\]/g, '\\$&')}:4: unknown field "tittle"`));
  });

  it('says which file it cannot read and exits 1', () => {
    const missing = join(tmp, 'missing.txt');
    const { status, stderr } = extract(missing);
    expect(status).toBe(1);
    expect(stderr.startsWith(`${missing}: cannot read: `)).toBe(true);
  });

  it('prints usage and exits 2 without files', () => {
    expect(extract('--explain').status).toBe(2);
    const { status, stderr } = extract();
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage/i);
  });
});
