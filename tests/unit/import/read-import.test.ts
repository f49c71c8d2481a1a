// Node, no DOM: .html imports are read by parse5, as in the import worker, which has no DOMParser.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';
import { contractsOf } from '../../../src/lib/db/contracts.ts';
import { listImportedArticles } from '../../../src/lib/db/imports.ts';
import { importArticle } from '../../../src/lib/import/import-article.ts';
import {
  ImportError,
  importKindOf,
  MAX_IMPORT_BYTES,
  readImport,
  readImportFile,
  type ImportInput,
} from '../../../src/lib/import/read-import.ts';
import { freshDb } from '../fresh-db.ts';

const SEED_FILE = 'content/articles/2020-10-22-putin-russia-china-military-cooperation.txt';
const seedSource = readFileSync(SEED_FILE, 'utf8');
const seed = parseArticle(seedSource, SEED_FILE);
/** The captured page text alone: the seed file without its front matter. */
const seedText = seedSource.replace(/^---\n[\s\S]*?\n---\n/, '');
const today = new Date(2024, 4, 9);
const read = (input: ImportInput) => readImport(input, { today });

// Synthetic test text, not news.
const PLAIN = 'A synthetic test title\n\nFirst paragraph of test text,\nstill the first paragraph.\n\nSecond paragraph.\n';

function expectImportError(input: ImportInput, message: string | RegExp) {
  let thrown: unknown;
  try {
    read(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ImportError);
  if (typeof message === 'string') expect((thrown as Error).message).toBe(message);
  else expect((thrown as Error).message).toMatch(message);
}

describe('reading pasted text', () => {
  it('takes a short first line as the title and the rest as paragraphs, dated today, from "Imported"', () => {
    const article = read({ text: PLAIN, kind: 'paste' });
    expect(article.title).toBe('A synthetic test title');
    expect(article.paragraphs).toEqual(['First paragraph of test text, still the first paragraph.', 'Second paragraph.']);
    expect(article.date).toBe('2024-05-09');
    expect(article.publication).toBe('Imported');
    expect(article.url).toBeNull();
  });

  it('takes the page\'s dateline on top as its date, and the line after it as the title', () => {
    const article = read({ text: 'Monday, July 12, 2010\nA synthetic headline\n\nA made-up paragraph.', kind: 'paste' });
    expect(article.title).toBe('A synthetic headline');
    expect(article.date).toBe('2010-07-12');
    expect(article.paragraphs).toEqual(['A made-up paragraph.']);
  });

  it('reads text copied from a page, a paragraph or a heading to a line, as those paragraphs', () => {
    const page = ['A synthetic headline', 'A synthetic section heading', 'First made-up paragraph. It has two sentences.', 'Second made-up paragraph.'].join('\n');
    expect(read({ text: page, kind: 'paste' }).paragraphs).toEqual([
      'A synthetic section heading',
      'First made-up paragraph. It has two sentences.',
      'Second made-up paragraph.',
    ]);
  });

  it('keeps text wrapped at a fixed width as the paragraphs it was before wrapping', () => {
    const wrappedText = [
      'A synthetic headline',
      '',
      'This made-up paragraph is wrapped at a fixed width, as plain',
      'text files and e-mails often are. Its lines end where the width',
      'runs out, sometimes after a full stop. Sometimes they do not.',
      'It is still one paragraph.',
    ].join('\n');
    expect(read({ text: wrappedText, kind: 'paste' }).paragraphs).toHaveLength(1);
  });

  it('uses the facts the reader filled in, and drops the first line only when it is the title', () => {
    const article = read({
      text: PLAIN,
      kind: 'paste',
      title: 'Another "quoted" title',
      date: '2021-03-04',
      publication: 'Test Weekly',
      url: 'https://example.com/test',
    });
    expect(article).toMatchObject({
      title: 'Another "quoted" title',
      date: '2021-03-04',
      publication: 'Test Weekly',
      url: 'https://example.com/test',
    });
    expect(article.paragraphs[0]).toBe('A synthetic test title');
    expect(read({ text: PLAIN, kind: 'paste', title: 'A synthetic test title' }).paragraphs).toHaveLength(2);
  });

  it('parses text that carries its own front matter as it is', () => {
    const { id: _id, hash: _hash, ...article } = read({ text: seedSource, kind: 'paste', title: 'Ignored' });
    const { id: _seedId, hash: _seedHash, ...expected } = seed;
    expect(article).toEqual(expected);
  });

  it('applies the same furniture rules as bundled articles', () => {
    const article = read({ text: seedText, kind: 'paste', title: seed.title });
    expect(article.comments).toEqual(seed.comments);
    expect(article.related).toEqual(seed.related);
    expect(article.paragraphs.join(' ')).not.toMatch(/venturamedia|Inquiries Contact/);
  });
});

describe('reading files', () => {
  it('reads a .txt file like pasted text', async () => {
    const input = await readImportFile(new File([PLAIN], 'Test note.txt', { type: 'text/plain' }));
    expect(input).toMatchObject({ kind: 'txt', fileName: 'Test note.txt', size: PLAIN.length });
    expect(read(input).paragraphs).toHaveLength(2);
  });

  it('reads a .md file as text: headings, lists and links become plain paragraphs', async () => {
    const markdown = [
      '# A synthetic *Markdown* title',
      '',
      'Some **bold** text with [a link](https://example.com) and ![a picture](x.png).',
      '',
      '## A section',
      '- first item',
      '- second item',
    ].join('\n');
    const article = read(await readImportFile(new File([markdown], 'note.md')));
    expect(article.title).toBe('A synthetic Markdown title');
    expect(article.paragraphs).toEqual(['Some bold text with a link and .', 'A section', 'first item', 'second item']);
  });

  it('reads Markdown as CommonMark does: underlined headings, escapes, code, references and entities', () => {
    const text = [
      'A synthetic report',
      '==================',
      '',
      'The \\*starred\\* word, `Mi-8*MTV*` in code, a [reference link][ref] and AT&amp;T.',
      '',
      '[ref]: https://example.org/report "A title"',
      '',
      'Second section',
      '--------------',
      '',
      '1. first step',
      '   still the first step',
      '2. second step',
    ].join('\n');
    const article = read({ text, kind: 'md', fileName: 'a.md' });
    expect(article.title).toBe('A synthetic report');
    expect(article.paragraphs).toEqual([
      'The *starred* word, Mi-8*MTV* in code, a reference link and AT&T.',
      'Second section',
      'first step still the first step',
      'second step',
    ]);
  });

  it('keeps double underscores inside words, and reads them as emphasis only around words', () => {
    const text = '# Synthetic\n\nThe __first__ batch, file MAX__SIZE__LIMIT and snake__case stay as written.\n';
    expect(read({ text, kind: 'md', fileName: 'a.md' }).paragraphs).toEqual(['The first batch, file MAX__SIZE__LIMIT and snake__case stay as written.']);
  });

  it('reads a .md file with front matter, reducing only its body', () => {
    const text = '---\ntitle: Synthetic\ndate: 2022-01-02\npublication: Test\n---\n## Heading\nBody **text**.\n';
    expect(read({ text, kind: 'md', fileName: 'a.md' }).paragraphs).toEqual(['Heading', 'Body text.']);
  });

  it('reads an .html page as text: nothing in it runs, loads or shows, and its facts are picked up', async () => {
    const globals = globalThis as Record<string, unknown>;
    const html = `<!doctype html><html><head>
      <title>Synthetic page title | Test Site</title>
      <meta property="og:title" content="Synthetic OG title">
      <meta property="og:site_name" content="Test Site">
      <meta property="article:published_time" content="2023-06-07T08:09:10.123+0000">
      <link rel="canonical" href="https://example.com/synthetic">
      <style>p { color: red }</style>
      <script>globalThis.ranScript = true</script>
    </head><body onload="globalThis.ranOnload = true">
      <nav>Home | News</nav>
      <article>
        <h1>Synthetic OG title</h1>
        <p>First <b>paragraph</b><br>with a break.</p>
        <div>Second paragraph <img src="https://example.com/x.png" onerror="globalThis.ranOnerror = true"></div>
        <ul><li>Item one</li><li>Item two</li></ul>
        <script>globalThis.ranScript = true; document.write('SCRIPT TEXT')</script>
        <iframe src="https://example.com/frame">IFRAME FALLBACK</iframe>
        <noscript>NOSCRIPT TEXT</noscript>
        <template>TEMPLATE TEXT</template>
        <object data="x.swf">OBJECT TEXT</object>
        <svg><text>SVG TEXT</text></svg>
        <p onclick="globalThis.ranClick = true">Third paragraph.</p>
      </article>
    </body></html>`;
    const article = read(await readImportFile(new File([html], 'page.html', { type: 'text/html' })));
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(article).toMatchObject({
      title: 'Synthetic OG title',
      date: '2023-06-07T08:09:10+00:00',
      publication: 'Test Site',
      url: 'https://example.com/synthetic',
    });
    expect(article.paragraphs).toEqual([
      'First paragraph with a break.',
      'Second paragraph',
      'Item one',
      'Item two',
      'Third paragraph.',
    ]);
    const everything = JSON.stringify(article);
    for (const hidden of ['SCRIPT', 'IFRAME', 'NOSCRIPT', 'TEMPLATE', 'OBJECT', 'SVG', 'color: red', 'globalThis', 'Home | News']) {
      expect(everything).not.toContain(hidden);
    }
    for (const flag of ['ranScript', 'ranOnload', 'ranOnerror', 'ranClick']) expect(globals[flag]).toBeUndefined();
  });

  it('takes the <title>, <meta name="date"> and <time> when the page has no Open Graph facts, and ignores a non-http canonical link', () => {
    const html = `<html><head><title>Plain page title</title><meta name="date" content="2019-12-31">
      <link rel="canonical" href="javascript:alert(1)"></head>
      <body><main><p>Only paragraph.</p><time datetime="2018-01-01">then</time></main></body></html>`;
    const article = read({ text: html, kind: 'html', fileName: 'p.htm' });
    expect(article).toMatchObject({ title: 'Plain page title', date: '2019-12-31', publication: 'Imported', url: null });
    const dated = read({ text: '<h1>Heading title</h1><p>Body.</p><time datetime="2018-02-03">x</time>', kind: 'html' });
    expect(dated).toMatchObject({ title: 'Heading title', date: '2018-02-03', paragraphs: ['Body.', 'x'] });
  });

  it('reads a page as a browser\'s parser builds it: the fullest <article>, <main> without one, case-blind rel, no drawing\'s title', () => {
    const two = `<html><head><title>Synthetic two</title><link rel="Alternate CANONICAL" href="https://example.com/two"></head><body>
      <article><p>Short teaser.</p></article>
      <article><h1>Synthetic two</h1><p>The long article, with its first paragraph.</p><p>And its second paragraph.</p></article>
      <svg><title>Drawing title</title></svg></body></html>`;
    expect(read({ text: two, kind: 'html' })).toMatchObject({
      title: 'Synthetic two',
      url: 'https://example.com/two',
      paragraphs: ['The long article, with its first paragraph.', 'And its second paragraph.'],
    });
    // no <title>: the drawing's is not the page's
    const drawn = read({ text: '<svg><title>Drawing title</title></svg><h1>Heading title</h1><p>Body.</p>', kind: 'html' });
    expect(drawn.title).toBe('Heading title');
    // an unclosed <p> closes at the next block, as HTML says; <main> wins over the page's chrome
    const main = read({ text: '<title>Synthetic main</title><header>Site</header><main><p>One<p>Two<pre>  kept   spaces</pre></main><footer>Foot</footer>', kind: 'html' });
    expect(main.paragraphs).toEqual(['One', 'Two', 'kept spaces']);
  });

  it('reads a 1.9 MB page of 230,000 tiny inline elements whole', () => {
    const html = `<title>Synthetic tiny</title><article><p>Laos signed a contract.</p><p>${'<b>x</b>'.repeat(230_000)}</p></article>`;
    const article = read({ text: html, kind: 'html', size: 1 });
    expect(article.paragraphs).toEqual(['Laos signed a contract.', 'x'.repeat(230_000)]);
  });

  it('knows the kinds it imports by extension, or by media type when the name has none', () => {
    expect(['a.txt', 'b.MD', 'c.markdown', 'd.htm', 'e.html'].map((name) => importKindOf(name))).toEqual([
      'txt',
      'md',
      'md',
      'html',
      'html',
    ]);
    expect(importKindOf('notes', 'text/plain')).toBe('txt');
  });
});

describe('bad input is refused with a message that says what is wrong', () => {
  it('empty text', async () => {
    expectImportError({ text: '  \n\n ', kind: 'paste' }, 'The text is empty.');
    await expect(readImportFile(new File([''], 'empty.txt')).then(read)).rejects.toThrow('The file “empty.txt” is empty.');
  });

  it('a binary file', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(readImportFile(new File([bytes], 'image.txt')).then(read)).rejects.toThrow(
      'This file looks binary, not text: it contains NUL bytes.',
    );
    const noisy = new Uint8Array(300).map((_, i) => (i % 3 === 0 ? 0xff : 0x41));
    await expect(readImportFile(new File([noisy], 'noise.txt')).then(read)).rejects.toThrow(
      /^This file looks binary, not text: 33% of its characters are control characters or unreadable bytes\.$/,
    );
  });

  it('more than the size limit', async () => {
    expect(MAX_IMPORT_BYTES).toBe(2_000_000);
    const big = new File(['a'.repeat(MAX_IMPORT_BYTES + 1)], 'big.txt');
    // one byte over: "2 MB" against "2 MB" would say nothing, so the bytes are given
    await expect(readImportFile(big)).rejects.toThrow('The file “big.txt” is 2,000,001 bytes: Sortie imports up to 2,000,000 bytes.');
    expectImportError({ text: 'x'.repeat(3_100_000), kind: 'paste' }, 'The pasted text is 3.1 MB: Sortie imports up to 2 MB.');
  });

  it('a file kind it does not import', async () => {
    await expect(readImportFile(new File(['%PDF'], 'report.pdf'))).rejects.toThrow(
      'Sortie imports .txt, .md and .html files, not .pdf files.',
    );
    expect(() => importKindOf('README')).toThrow(
      'Sortie imports .txt, .md and .html files: “README” has no extension to say which it is.',
    );
  });

  it('a page with no body text', () => {
    const html = '<html><head><title>Empty page</title><script>var text = "not article";</script></head><body><nav>Menu</nav> </body></html>';
    expectImportError({ text: html, kind: 'html', fileName: 'empty.html' }, 'No article text was found in this page.');
    expectImportError({ text: '<h1>Only a heading</h1>', kind: 'html' }, 'No article text was found in this page.');
  });

  it('a page nested tens of thousands of elements deep, before the parser sees it', () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}<p>Text.</p>${'</div>'.repeat(50_000)}</body></html>`;
    expectImportError(
      { text: deep, kind: 'html', fileName: 'deep.html' },
      'This page nests its elements more than 1,000 levels deep, which no article needs: Sortie does not read it. Copy the article’s text and paste it instead.',
    );
    // a long page whose paragraphs and list items are never closed, as HTML allows, is read
    const loose = `<h1>A loose page</h1><div><span>${'<p>Paragraph<li>item'.repeat(5_000)}</span></div>`;
    expect(read({ text: loose, kind: 'html' }).paragraphs.length).toBeGreaterThan(100);
  });

  it('a text of 300,000 one-word lines is read, not refused with an overflowing stack', () => {
    const article = read({ text: `A synthetic title\n\n${'word\n'.repeat(300_000)}`, kind: 'txt' });
    expect(article.paragraphs.join(' ').split(/\s+/).filter((word) => word === 'word')).toHaveLength(300_000);
  });

  it('a formula or a drawing left unclosed keeps the rest of the page', () => {
    for (const tag of ['math', 'svg']) {
      const page = `<html><body><article><h1>A synthetic page</h1>First paragraph with <${tag}><mi>x</mi> a formula<section>Second paragraph, after it.</section><section>Third paragraph.</section></article></body></html>`;
      const text = read({ text: page, kind: 'html' }).paragraphs.join('\n');
      expect(text).toContain('Second paragraph, after it.');
      expect(text).toContain('Third paragraph.');
    }
    // one that is closed is dropped as before: it is no article text
    const closed = read({ text: '<h1>A synthetic page</h1><p>Before <math><mi>y</mi></math> after.</p><p>Next.</p>', kind: 'html' });
    expect(closed.paragraphs).toEqual(['Before after.', 'Next.']);
  });

  it('a bad date in the front matter, or in the date field', () => {
    const text = '---\ntitle: Synthetic\ndate: 22/10/2020\npublication: Test\n---\nBody.\n';
    expectImportError(
      { text, kind: 'paste' },
      'Line 3: date "22/10/2020" is not an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]).',
    );
    expectImportError({ text: PLAIN, kind: 'paste', date: '2021-02-30' }, 'Check the date field: date "2021-02-30" is not a real calendar date.');
    expectImportError({ text: PLAIN, kind: 'paste', url: 'ftp://example.com' }, /^Check the url field: url "ftp:\/\/example.com" is not an http\(s\) URL\.$/);
  });

  it('a title line and nothing else, or a long first line with no title given', () => {
    expectImportError({ text: 'Just a title\n', kind: 'paste' }, 'There is no article text after the title.');
    expectImportError({ text: seedText, kind: 'paste' }, /^The article needs a title: its first line is too long/);
  });
});

describe('importing', () => {
  it('the seed\'s text pasted without front matter gives the same paragraphs and the four helicopter contracts', async () => {
    const db = freshDb();
    const stored = await importArticle(db, { text: seedText, kind: 'paste', title: seed.title, date: seed.date }, { today });
    expect(stored.origin).toBe('imported');
    expect(stored.id).toBe(`imported-${seed.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/-+$/, '')}`);
    expect(stored.paragraphs).toHaveLength(8);
    expect(stored.paragraphs).toEqual(seed.paragraphs);
    const helicopters = (await contractsOf(db, stored.id)).filter((record) => record.category === 'helicopter');
    expect(helicopters.map((record) => [record.model, record.quantity])).toEqual([
      ['Mi-171', 68],
      ['Mi-171Sh', 18],
      ['Mi-171', 14],
      ['Ansat', 21],
    ]);
  });

  it('gives a second import of the same title an id of its own', async () => {
    const db = freshDb();
    const first = await importArticle(db, { text: PLAIN, kind: 'paste' }, { today });
    const second = await importArticle(db, { text: PLAIN, kind: 'paste' }, { today });
    expect([first.id, second.id]).toEqual(['imported-a-synthetic-test-title', 'imported-a-synthetic-test-title-2']);
    expect(second.hash).not.toBe(first.hash);
    expect(await listImportedArticles(db)).toHaveLength(2);
  });

  it('tells each step as it starts: reading, finding the contracts, storing; a refusal stops at reading', async () => {
    const db = freshDb();
    const steps: string[] = [];
    const stored = await importArticle(db, { text: PLAIN, kind: 'paste' }, { today, onStep: (step) => steps.push(step) });
    expect(steps).toEqual(['reading', 'mining', 'storing']);
    expect(await db.articles.get(stored.id)).toBeDefined();
    const refused: string[] = [];
    await expect(importArticle(db, { text: '', kind: 'paste' }, { onStep: (step) => refused.push(step) })).rejects.toBeInstanceOf(ImportError);
    expect(refused).toEqual(['reading']);
  });

  it('stores nothing when the input is refused', async () => {
    const db = freshDb();
    await expect(importArticle(db, { text: '', kind: 'paste' })).rejects.toBeInstanceOf(ImportError);
    expect(await db.articles.count()).toBe(0);
    expect(await db.contracts.count()).toBe(0);
  });
});
