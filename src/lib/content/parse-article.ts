import { ContentError, type Article } from './article.ts';
import { dateInstant, readFrontMatter } from './front-matter.ts';
import { hashJson } from './hash.ts';
import { slugify } from './slug.ts';

const WORDS_PER_MINUTE = 230;
// starts only where a run of address characters starts: tried inside one too, a long word with
// no "@" took time in the square of its length (a 131,000-letter word: 7.6 s)
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/;
const EMAIL_ANYWHERE = new RegExp(EMAIL.source, 'g');
const LONE_EMAIL = new RegExp(`^<?(?:mailto:)?${EMAIL.source}>?[.,;]?$`, 'i');
const TRAILING_EMAIL = new RegExp(
  `(?:^|\\s)(?:at|e-?mail|contact)\\s*:?\\s*<?(?:mailto:)?${EMAIL.source}>?[.,;]?$`,
  'i',
);
const CONTACT_HEADER = /^(?:for\s+)?(?:\w+\s+)?(?:(?:in|en)quiries\s+)?contact\s*:$/i;
const RELATED = /^(Previous|Next) article(?::\s*|\s*)(\S.*)$/;
const COMMENT_COUNTER = /^(?:\d+|no) comments?$/i;
const COMMENT_START = /^\s*\d+\.(?:\s+(.*))?$/;
const LEAVE_A_REPLY = /^leave a reply$/i;
/** What an e-mail address in kept text becomes: the reader sees something was there. */
export const EMAIL_PLACEHOLDER = '[e-mail removed]';

/** Parses one article source; throws ContentError naming the file, line and reason. */
export function parseArticle(source: string, fileName: string): Article {
  const id = articleIdFromFileName(fileName);
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { frontMatter, bodyStart } = readFrontMatter(lines, fileName);
  const body = readBody(lines.slice(bodyStart));
  if (body.paragraphs.length === 0) {
    throw new ContentError(fileName, bodyStart + 1, 'empty body: no article text after the front matter');
  }

  const wordCount = body.paragraphs.join(' ').split(/\s+/).filter((word) => word !== '').length;
  const fields: Omit<Article, 'hash'> = {
    id,
    ...frontMatter,
    ...body,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
  return { ...fields, hash: hashJson(fields) };
}

/**
 * A check that no two files of a corpus give the same article id: call it with each file's id
 * and name; it throws ContentError naming both files of a clash.
 */
export function uniqueIds(): (id: string, name: string) => void {
  const fileById = new Map<string, string>();
  return (id, name) => {
    const other = fileById.get(id);
    if (other !== undefined) throw new ContentError(name, 1, `duplicate id "${id}": ${other} has the same id`);
    fileById.set(id, name);
  };
}

/** Parses every source; rejects two files with the same id. Newest first, then by id. */
export function parseCorpus(files: { name: string; source: string }[]): Article[] {
  const checkId = uniqueIds();
  const articles = files.map(({ name, source }) => {
    const article = parseArticle(source, name);
    checkId(article.id, name);
    return article;
  });
  return articles.sort(
    (a, b) => dateInstant(b.date) - dateInstant(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The article id a source file's name gives: `Some File.txt` → `some-file`. */
export function articleIdFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const id = slugify(base.replace(/\.[^.]*$/, ''));
  if (id === '') {
    throw new ContentError(name, 1, `file name "${base}" gives an empty article id (it needs a letter or digit)`);
  }
  return id;
}

type Body = Pick<Article, 'paragraphs' | 'comments' | 'related'>;

/**
 * Splits the captured page into article text, reader comments and the related-article
 * links, dropping page furniture (contact blocks, e-mail lines, the reply form).
 */
function readBody(lines: readonly string[]): Body {
  const paragraphs: string[] = [];
  const comments: string[] = [];
  const related: Body['related'] = { previous: null, next: null };

  // 'body' until a related link or comment counter; 'comments' after a counter;
  // 'after' for anything else past the article text, which is dropped.
  let section: 'body' | 'after' | 'comments' = 'body';
  let paragraph: string[] = [];
  let comment: string[] | null = null;
  let blankInComment = false;
  let inContactBlock = false;

  const endParagraph = () => {
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  const endComment = () => {
    if (comment && comment.length > 0) comments.push(comment.join('\n'));
    comment = null;
    blankInComment = false;
  };

  for (const raw of lines) {
    const text = raw.trim();
    if (LEAVE_A_REPLY.test(text)) break;
    if (text === '') {
      inContactBlock = false;
      endParagraph();
      if (comment) blankInComment = true;
      continue;
    }
    if (inContactBlock || isEmailLine(text)) continue;
    if (CONTACT_HEADER.test(text)) {
      inContactBlock = true;
      endParagraph();
      continue;
    }

    const link = RELATED.exec(text);
    // Inside the comments section a link must start the line, so a comment may begin "Next article…".
    if (link && (section !== 'comments' || raw === raw.trimStart())) {
      const which = link[1] === 'Previous' ? 'previous' : 'next';
      related[which] ??= link[2] ?? null;
      endParagraph();
      endComment();
      if (section === 'body') section = 'after';
      continue;
    }
    if (COMMENT_COUNTER.test(text)) {
      endParagraph();
      endComment();
      section = 'comments';
      continue;
    }

    if (section === 'body') {
      paragraph.push(redactEmails(text));
    } else if (section === 'comments') {
      const start = COMMENT_START.exec(raw);
      if (start) {
        endComment();
        comment = [];
        if (start[1]) comment.push(redactEmails(start[1].trim()));
      } else if (blankInComment && raw === raw.trimStart()) {
        endComment(); // after a blank line only an indented line continues a comment
      } else if (comment) {
        if (blankInComment && comment.length > 0) comment.push('');
        comment.push(redactEmails(text));
      }
      blankInComment = false;
    }
  }
  endParagraph();
  endComment();
  return { paragraphs, comments, related };
}

function isEmailLine(text: string): boolean {
  return LONE_EMAIL.test(text) || TRAILING_EMAIL.test(text);
}

function redactEmails(text: string): string {
  return text.replace(EMAIL_ANYWHERE, EMAIL_PLACEHOLDER);
}
