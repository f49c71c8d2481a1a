import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentError, type Article } from '../../../src/lib/content/article.ts';
import { EMAIL_PLACEHOLDER, articleIdFromFileName, parseArticle, parseCorpus } from '../../../src/lib/content/parse-article.ts';

const SEED_NAME = '2020-10-22-putin-russia-china-military-cooperation.txt';
const SEED = readFileSync(fileURLToPath(new URL(`../../../content/articles/${SEED_NAME}`, import.meta.url)), 'utf8');
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const FILE = 'sample.txt';

/** Front matter on lines 1–5, so the body starts on line 6. */
const FRONT = ['---', 'title: T', 'date: 2021-03-04', 'publication: Test Weekly', '---'];

/** An article source made of the standard front matter and these body lines. */
function source(...body: string[]): string {
  return [...FRONT, ...body].join('\n');
}

function parse(...body: string[]): Article {
  return parseArticle(source(...body), FILE);
}

/** The ContentError that `run` throws. */
function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

/** Every piece of text a reader could see in the article. */
function visibleText({ title, publication, tags, paragraphs, comments, related }: Article): string {
  return JSON.stringify([title, publication, tags, paragraphs, comments, related]);
}

describe('the seed article', () => {
  const article = parseArticle(SEED, SEED_NAME);

  it('takes its id from the file name and its fields from the front matter', () => {
    expect(article.id).toBe('2020-10-22-putin-russia-china-military-cooperation');
    expect(article.title).toBe(
      'Putin sees no need for a military alliance with China as Rostec report details 2019 helicopter deals',
    );
    expect(article.date).toBe('2020-10-22');
    expect(article.publication).toBe('Asia Pacific Defence Reporter');
    expect(article.url).toBeNull();
    expect(article.tags).toEqual(['Russia', 'China', 'helicopters', 'military-technical cooperation', 'air defence']);
  });

  it('has the eight paragraphs of the story, typography intact', () => {
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toMatch(/^“Russia does not need a military alliance with China/);
    expect(article.paragraphs[0]).toContain('Valdai Discussion Club – a Moscow think tank');
    expect(article.paragraphs[7]).toMatch(/^In addition, Russia is delivering/);
    expect(article.paragraphs[7]).toMatch(/Su-35 fighters to China\.$/);
  });

  it('keeps the one reader comment whole, seven lines, without its number', () => {
    expect(article.comments).toHaveLength(1);
    const lines = article.comments[0]?.split('\n') ?? [];
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('THe US is the single biggest threat to the security of the 2 countries.');
    expect(lines[6]).toBe('It will also go the way of the Bristish empire where the sun was not supposed to set.');
  });

  it('links the previous and next articles', () => {
    expect(article.related).toEqual({
      previous: 'IAI Unveils New Passive Coherent Location System (PCL)',
      next: 'Defence Engineers and Scientists Honoured for Excellence and Innovation in Defence Technology',
    });
  });

  it('shows none of the page furniture', () => {
    const text = visibleText(article);
    expect(text).not.toMatch(EMAIL);
    expect(text).not.toMatch(/Contact:/i);
    expect(text).not.toMatch(/LEAVE A REPLY/i);
    expect(text).not.toContain('Please enter');
    expect(text).not.toContain('COMMENT');
    expect(text).not.toContain('Kym Bergmann');
  });

  it('counts 477 words (as `wc -w` does on the story) and two minutes of reading', () => {
    expect(article.wordCount).toBe(477);
    expect(article.readingMinutes).toBe(2);
  });
});

describe('paragraphs', () => {
  it('joins the lines of a paragraph with one space and splits on blank lines', () => {
    const article = parse('First line', '  second line  ', '', 'Another paragraph.');
    expect(article.paragraphs).toEqual(['First line second line', 'Another paragraph.']);
  });

  it('treats lines of spaces, tabs and non-breaking spaces as blank', () => {
    const article = parse('One.', '\u00a0', 'Two.', ' \t\u00a0 ', '', 'Three.');
    expect(article.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('keeps typographic quotes, apostrophes and dashes as written', () => {
    expect(parse('“Quoted” – it’s here…').paragraphs).toEqual(['“Quoted” – it’s here…']);
  });

  it('reads a source with a BOM, blank lines before the front matter and CRLF line endings', () => {
    const text = `\uFEFF\r\n${[...FRONT, 'Line one', 'line two', '', 'Next.'].join('\r\n')}`;
    const article = parseArticle(text, FILE);
    expect(article.title).toBe('T');
    expect(article.paragraphs).toEqual(['Line one line two', 'Next.']);
  });

  it('counts words over paragraphs only and rounds reading time, at least one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(parse('Just three words.').readingMinutes).toBe(1);
    const article = parse(words(400), '', words(290), '1 COMMENT', '1. not counted at all');
    expect(article.wordCount).toBe(690);
    expect(article.readingMinutes).toBe(3);
  });
});

describe('furniture', () => {
  it('drops contact blocks up to the next blank line, wherever they are', () => {
    const article = parse(
      'Story begins.',
      '',
      'For Editorial Inquiries Contact:',
      'Editor Kym Bergmann at\u00a0',
      'kym.bergmann@venturamedia.net',
      'For Advertising Enquiries Contact:',
      'Director of Sales',
      '',
      'Story goes on.',
      'contact:',
      'Press Office',
      '',
      'Story ends.',
    );
    expect(article.paragraphs).toEqual(['Story begins.', 'Story goes on.', 'Story ends.']);
  });

  it('drops a line that is only an e-mail address, or ends with one after "at" or "e-mail"', () => {
    const article = parse(
      'The story.',
      'press@example.com',
      'Reach the desk at desk@example.co.uk',
      'Tips by e-mail: tips@example.org',
      'More story.',
    );
    expect(article.paragraphs).toEqual(['The story. More story.']);
  });

  it('never lets an e-mail address through, even inside a sentence or a comment', () => {
    const article = parse(
      'Write to j.doe+news@example.com for the report.',
      '2 COMMENTS',
      '1. mail me on me@example.com please',
    );
    expect(visibleText(article)).not.toMatch(EMAIL);
    expect(article.paragraphs[0]).toMatch(/^Write to .* for the report\.$/);
  });

  it('reads a paragraph of one 300,000-letter word whole, and still removes an address after it', () => {
    // looked for from inside every run of letters, an address took time in the square of the
    // run's length: this paragraph alone took about 40 s
    const word = 'x'.repeat(300_000);
    const article = parse(`${word} then write to desk@example.org today.`);
    expect(article.paragraphs).toEqual([`${word} then write to ${EMAIL_PLACEHOLDER} today.`]);
  });

  it('reads glued, spaced and colon forms of the related-article lines, and ends the body there', () => {
    const article = parse('Story.', '', 'Previous articleOld News', 'Trailing page text.', 'Next article: New News');
    expect(article.paragraphs).toEqual(['Story.']);
    expect(article.related).toEqual({ previous: 'Old News', next: 'New News' });
    expect(parse('Story.', 'Next article New News').related).toEqual({ previous: null, next: 'New News' });
  });

  it('leaves related links null when the page has none', () => {
    expect(parse('Story.').related).toEqual({ previous: null, next: null });
  });

  const counters = ['NO COMMENTS', 'no comments', '0 Comments', '1 COMMENT', '12 COMMENTS'];
  it.each(counters)('drops the counter %j, ending the body', (counter) => {
    const article = parse('Story.', '', counter, '', 'Sidebar text.');
    expect(article.paragraphs).toEqual(['Story.']);
    expect(article.comments).toEqual([]);
    expect(visibleText(article)).not.toMatch(/comment|Sidebar/i);
  });

  it('keeps several multi-line comments whole, line breaks and paragraph breaks kept', () => {
    const article = parse(
      'Story.',
      '3 COMMENTS',
      '',
      '  1. First comment,',
      '    second line of it.',
      '',
      '  2. Second comment.',
      '',
      '    A new paragraph of the second comment.',
      '10. Third, unindented,',
      'with a continuation.',
    );
    expect(article.comments).toEqual([
      'First comment,\nsecond line of it.',
      'Second comment.\n\nA new paragraph of the second comment.',
      'Third, unindented,\nwith a continuation.',
    ]);
    expect(article.paragraphs).toEqual(['Story.']);
  });

  it('drops the reply form and everything after it', () => {
    const article = parse(
      'Story.',
      '',
      'Leave a Reply',
      '',
      'Please enter your comment!',
      'Please enter your name here',
      'You have entered an incorrect email address!',
      'Please enter your email address here',
      'Save my name, email, and website in this browser for the next time I comment.',
      '',
      'Next articleShould Not Be Read',
      '1 COMMENT',
      '1. nor this',
    );
    expect(article.paragraphs).toEqual(['Story.']);
    expect(article.comments).toEqual([]);
    expect(article.related.next).toBeNull();
    expect(visibleText(article)).not.toMatch(/Please enter|reply|Save my name|incorrect email/i);
  });
});

describe('body errors', () => {
  it('rejects an article with no text, at the first line after the front matter', () => {
    const error = errorOf(() => parse('', '\u00a0', ''));
    expect(error.message).toMatch(/^sample\.txt:6: empty body/);
  });

  it('rejects an article whose only text is furniture', () => {
    const error = errorOf(() => parse('Contact:', 'x@example.com', '', 'NO COMMENTS', 'LEAVE A REPLY', 'Please enter'));
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/empty body/);
  });

  it('rejects front matter followed by nothing at all', () => {
    expect(errorOf(() => parse()).message).toMatch(/^sample\.txt:6: empty body/);
  });

  it('reports front-matter errors with the file name given and the source line', () => {
    const text = ['', '---', 'title: T', 'date: 2020-02-30', 'publication: P', '---', 'Body.'].join('\n');
    expect(errorOf(() => parseArticle(text, 'content/articles/x.txt')).message).toMatch(
      /^content\/articles\/x\.txt:4: .*2020-02-30.*not a real calendar date/,
    );
  });
});

describe('hash', () => {
  it('is the same for the same source', () => {
    expect(parseArticle(SEED, SEED_NAME).hash).toBe(parseArticle(SEED, SEED_NAME).hash);
  });

  it('changes when one character of a paragraph changes', () => {
    const changed = SEED.replace('37 paratroopers', '38 paratroopers');
    expect(changed).not.toBe(SEED);
    expect(parseArticle(changed, SEED_NAME).hash).not.toBe(parseArticle(SEED, SEED_NAME).hash);
  });

  it('changes when a comment or a tag changes', () => {
    const base = parseArticle(SEED, SEED_NAME).hash;
    expect(parseArticle(SEED.replace('top dog', 'top cat'), SEED_NAME).hash).not.toBe(base);
    expect(parseArticle(SEED.replace('air defence]', 'air defense]'), SEED_NAME).hash).not.toBe(base);
  });

  it('does not change when only page furniture changes', () => {
    const changed = SEED.replace('graham.joss@venturamedia.net', 'sales@venturamedia.net');
    expect(parseArticle(changed, SEED_NAME).hash).toBe(parseArticle(SEED, SEED_NAME).hash);
  });
});

describe('articleIdFromFileName', () => {
  it.each([
    ['content/articles/2020-10-22-Putin-Russia.txt', '2020-10-22-putin-russia'],
    ['Some  File__Name (2).TXT', 'some-file-name-2'],
    ['C:\\articles\\--Tiger ARH--.md', 'tiger-arh'],
    ['no-extension', 'no-extension'],
    ['Ka-52 Alligator à Égypte.txt', 'ka-52-alligator-a-egypte'],
  ])('%j gives %j', (name, id) => {
    expect(articleIdFromFileName(name)).toBe(id);
  });

  it.each(['---.txt', 'dir/.txt', '«»—.txt'])('rejects %j, which gives an empty id', (name) => {
    const error = errorOf(() => articleIdFromFileName(name));
    expect(error.message.startsWith(`${name}:1: `)).toBe(true);
    expect(error.reason).toMatch(/empty article id/);
  });

  it('makes parseArticle reject such a file', () => {
    const error = errorOf(() => parseArticle(SEED, 'articles/___.txt'));
    expect(error.message).toMatch(/^articles\/___\.txt:1: .*empty article id/);
  });
});

describe('parseCorpus', () => {
  const article = (date: string, body = 'Story.') =>
    ['---', 'title: T', `date: ${date}`, 'publication: P', '---', body].join('\n');

  it('returns the newest article first, ties by id', () => {
    const articles = parseCorpus([
      { name: 'b.txt', source: article('2021-01-01') },
      { name: 'old.txt', source: article('2019-05-05') },
      { name: 'a.txt', source: article('2021-01-01') },
      { name: 'new.txt', source: article('2021-01-01T08:00Z') },
      { name: 'newest.txt', source: article('2021-01-01T08:00-02:00') },
    ]);
    expect(articles.map((a) => a.id)).toEqual(['newest', 'new', 'a', 'b', 'old']);
  });

  it('rejects two files with the same id, at line 1 of the second, naming the first', () => {
    const error = errorOf(() =>
      parseCorpus([
        { name: 'content/articles/Tiger ARH.txt', source: article('2021-01-01') },
        { name: 'other.txt', source: article('2021-01-02') },
        { name: 'imports/tiger-arh.md', source: article('2021-01-03') },
      ]),
    );
    expect(error.message).toMatch(/^imports\/tiger-arh\.md:1: duplicate id "tiger-arh"/);
    expect(error.reason).toContain('content/articles/Tiger ARH.txt');
  });

  it('passes on the first bad file’s error', () => {
    const error = errorOf(() =>
      parseCorpus([
        { name: 'good.txt', source: article('2021-01-01') },
        { name: 'bad.txt', source: article('2021-02-30') },
      ]),
    );
    expect(error.message).toMatch(/^bad\.txt:3: .*not a real calendar date/);
  });
});
