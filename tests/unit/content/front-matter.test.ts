import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/article.ts';
import { readFrontMatter } from '../../../src/lib/content/front-matter.ts';

const FILE = 'content/articles/sample.txt';
/** Valid required fields, for tests about something else. */
const TITLE = 'title: T';
const DATE = 'date: 2021-03-04';
const PUB = 'publication: P';

/** Reads front matter from the given lines (line 1 first), followed by one body line. */
function read(...lines: string[]) {
  return readFrontMatter([...lines, 'Body text.'], FILE);
}

/** The ContentError that reading the given lines throws. */
function errorOf(...lines: string[]): ContentError {
  try {
    read(...lines);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the front matter was accepted');
}

/** Asserts the error reads `file:line: reason`, at that line, with a reason naming the problem. */
function expectError(error: ContentError, line: number, reason: RegExp) {
  expect(error.file).toBe(FILE);
  expect(error.line).toBe(line);
  expect(error.message.startsWith(`${FILE}:${line}: `)).toBe(true);
  expect(error.reason).toMatch(reason);
}

describe('readFrontMatter: fields', () => {
  it('reads the required fields and leaves url and tags empty when absent', () => {
    const { frontMatter, bodyStart } = read(
      '---',
      'title: Drones over the Baltic',
      'date: 2021-03-04',
      'publication: Test Weekly',
      '---',
    );
    expect(frontMatter).toEqual({
      title: 'Drones over the Baltic',
      date: '2021-03-04',
      publication: 'Test Weekly',
      url: null,
      tags: [],
    });
    expect(bodyStart).toBe(5); // the body is the 6th line, index 5
  });

  it('skips comments, blank lines and leading blank lines before the opening line', () => {
    const { frontMatter, bodyStart } = read(
      '',
      '   ',
      '---',
      '# the page has no date; this is the date of the event',
      'title: T',
      '',
      'date: 2021-03-04',
      '  # indented comment',
      'publication: P',
      '---',
    );
    expect(frontMatter.title).toBe('T');
    expect(frontMatter.date).toBe('2021-03-04');
    expect(bodyStart).toBe(10);
  });

  it('strips one pair of single or double quotes from values', () => {
    const { frontMatter } = read(
      '---',
      'title: "Quoted: a title with a colon"',
      "date: '2021-03-04'",
      "publication: 'Jane's Defence'",
      'url: "https://example.com/a?b=1"',
      '---',
    );
    expect(frontMatter.title).toBe('Quoted: a title with a colon');
    expect(frontMatter.date).toBe('2021-03-04');
    expect(frontMatter.publication).toBe("Jane's Defence");
    expect(frontMatter.url).toBe('https://example.com/a?b=1');
  });

  it('keeps typography in titles as written', () => {
    const { frontMatter } = read('---', 'title: Putin’s “no alliance” – for now', DATE, PUB, '---');
    expect(frontMatter.title).toBe('Putin’s “no alliance” – for now');
  });

  it.each([
    ['[Russia, China, air defence]', ['Russia', 'China', 'air defence']],
    ['Russia, China,  air defence ', ['Russia', 'China', 'air defence']],
    ['[ "Russia", \'China\', , ]', ['Russia', 'China']],
    ['"Russia, China"', ['Russia', 'China']],
    ['[]', []],
    ['', []],
  ])('reads tags %j', (value, tags) => {
    const { frontMatter } = read('---', 'title: T', 'date: 2021-03-04', 'publication: P', `tags: ${value}`, '---');
    expect(frontMatter.tags).toEqual(tags);
  });

  it.each([
    '2020-02-29',
    '2000-02-29',
    '2020-10-22T09:30',
    '2020-10-22T09:30:15Z',
    '2020-10-22T23:59:59+11:00',
    '2020-10-22T00:00-05:30',
  ])('accepts the date %s and keeps it as written', (date) => {
    expect(read('---', TITLE, `date: ${date}`, PUB, '---').frontMatter.date).toBe(date);
  });

  it('accepts http and https URLs', () => {
    const { frontMatter } = read('---', TITLE, DATE, PUB, 'url: http://example.com', '---');
    expect(frontMatter.url).toBe('http://example.com');
  });
});

describe('readFrontMatter: errors point at the offending line', () => {
  it('rejects a file that does not start with "---"', () => {
    expectError(errorOf('title: T', 'date: 2021-03-04', 'publication: P'), 1, /no front matter.*"---"/);
  });

  it('rejects front matter that is never closed, pointing at the opening line', () => {
    expectError(errorOf('', '---', 'title: T', 'date: 2021-03-04', 'publication: P'), 2, /not closed/);
  });

  it.each([
    ['title', ['date: 2021-03-04', 'publication: P']],
    ['date', ['title: T', 'publication: P']],
    ['publication', ['title: T', 'date: 2021-03-04']],
  ])('rejects a missing %s, pointing at the opening line', (field, fields) => {
    expectError(errorOf('---', ...fields, '---'), 1, new RegExp(`missing required field "${field}"`));
  });

  it('rejects an empty title on its own line', () => {
    expectError(errorOf('---', 'title: ""', 'date: 2021-03-04', 'publication: P', '---'), 2, /"title" is empty/);
  });

  const notDates = ['22 October 2020', '2020/10/22', '20-10-22', '2020-10-22 09:30', '2020-10-22T9:30'];
  it.each(notDates)('rejects %j as not a date', (date) => {
    expectError(errorOf('---', TITLE, PUB, `date: ${date}`, '---'), 4, /not an ISO 8601 date/);
  });

  it.each(['2020-02-30', '2021-02-29', '1900-02-29', '2020-04-31', '2020-13-01', '2020-00-10', '2020-01-00'])(
    'rejects the impossible date %s',
    (date) => {
      const error = errorOf('---', TITLE, `date: ${date}`, PUB, '---');
      expectError(error, 3, new RegExp(`"${date}".*not a real calendar date`));
    },
  );

  it.each(['2020-10-22T24:00', '2020-10-22T12:60', '2020-10-22T12:00:61Z'])('rejects the impossible time %s', (t) => {
    expectError(errorOf('---', TITLE, `date: ${t}`, PUB, '---'), 3, /not a real time/);
  });

  it.each(['ftp://example.com/a', 'www.example.com', 'https://', 'https://exa mple.com', 'javascript:alert(1)'])(
    'rejects the url %j',
    (url) => {
      expectError(errorOf('---', TITLE, DATE, PUB, `url: ${url}`, '---'), 5, /url .*not an http\(s\) URL/);
    },
  );

  it('rejects an unknown field, naming it', () => {
    expectError(errorOf('---', 'tittle: T', 'date: 2021-03-04', 'publication: P', '---'), 2, /unknown field "tittle"/);
  });

  it('rejects a field given twice, at the second one', () => {
    const error = errorOf('---', 'title: T', 'date: 2021-03-04', 'publication: P', '', 'title: Again', '---');
    expectError(error, 6, /duplicate field "title".*line 2/);
  });

  it('rejects a line that is not "key: value"', () => {
    const error = errorOf('---', TITLE, 'Putin sees no need', DATE, PUB, '---');
    expectError(error, 3, /expected "key: value".*Putin sees no need/);
  });

  it('rejects a tags list missing its closing bracket', () => {
    expectError(errorOf('---', 'title: T', 'date: 2021-03-04', 'publication: P', 'tags: [a, b', '---'), 5, /tags/);
  });
});
