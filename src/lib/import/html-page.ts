import { isHttpUrl } from '../content/front-matter.ts';

/** What a saved web page gives an import: its text with paragraph breaks, and its facts. */
export interface HtmlPage {
  /** The article text: one line per line break, a blank line between blocks. */
  text: string;
  title: string | null;
  date: string | null;
  publication: string | null;
  /** The canonical link, only when it is http(s). */
  url: string | null;
}

/** The browser's DOMParser, or jsdom's in tests. */
export type DomParserClass = new () => Pick<DOMParser, 'parseFromString'>;

// Nothing here is article text; the parser keeps the rest inert (no scripts run, nothing loads).
// A <form> stays: some sites wrap the whole page in one.
const DROPPED =
  'script, style, noscript, template, iframe, frame, object, embed, svg, math, canvas, audio, video, ' +
  'button, select, textarea, input, dialog';
// Page chrome around the article; dropped only when the page has no <article> or <main>.
const CHROME = 'nav, header, footer, aside';
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELLS = new Set(['td', 'th']);

/** How deep a page's elements may nest before it is refused: real pages nest a few dozen deep. */
export const MAX_HTML_NESTING = 1_000;

// Elements a page must close: unclosed ones (a forgotten </div>) are rare, unlike <p>, <li>
// or <td>, which HTML closes by itself and which are not counted.
const NESTING = /<(\/?)(?:div|span|section|article|aside|nav|header|footer|main|table|ul|ol|dl|blockquote|figure|form|a|b|i|u|s|em|strong|small|font|center|label|button|fieldset|details|pre|code|sub|sup)(?=[\s>/])/gi;

/**
 * How deep the page's elements nest, counted on its tags before any parsing, up to just over
 * MAX_HTML_NESTING: a page nested tens of thousands deep freezes the browser's parser for
 * seconds, and a glance at its tags is enough to refuse it.
 */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  NESTING.lastIndex = 0;
  for (let tag = NESTING.exec(html); tag && deepest <= MAX_HTML_NESTING; tag = NESTING.exec(html)) {
    depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * The page without the opening tags of a `<math>` or `<svg>` it never closes. The parser reads
 * everything after an unclosed one as part of the formula or drawing, which is dropped, so the
 * rest of the article would vanish; without its opening tag, what it held reads as text.
 */
export function withoutUnclosedForeign(html: string): string {
  const cut: { start: number; end: number }[] = [];
  for (const tag of ['math', 'svg']) {
    // self-closed ones ("<svg/>") need no end tag
    const opens = [...html.matchAll(new RegExp(`<${tag}(?=[\\s>/])[^>]*>`, 'gi'))].filter((open) => !/\/\s*>$/.test(open[0]));
    const closes = html.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0;
    // the last opening tags are the ones left open: "<svg>…</svg> … <svg> (never closed)"
    for (const open of opens.slice(closes)) cut.push({ start: open.index, end: open.index + open[0].length });
  }
  if (cut.length === 0) return html;
  cut.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const { start, end } of cut) {
    pieces.push(html.slice(from, start));
    from = end;
  }
  pieces.push(html.slice(from));
  return pieces.join('');
}

/**
 * Reads a saved web page as text. The page is parsed by DOMParser into an inert document:
 * its scripts never run and its images, frames and styles never load.
 */
export function readHtmlPage(html: string, Parser: DomParserClass): HtmlPage {
  const doc = new Parser().parseFromString(withoutUnclosedForeign(html), 'text/html');
  const meta = (selector: string) => clean(doc.querySelector(selector)?.getAttribute('content'));

  const publication = meta('meta[property="og:site_name"]');
  const facts = {
    title:
      meta('meta[property="og:title"]') ??
      withoutSiteName(clean(doc.title), publication) ??
      clean(doc.querySelector('h1')?.textContent),
    date:
      meta('meta[name="date"]') ??
      meta('meta[property="article:published_time"]') ??
      clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    publication,
    url: httpUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')),
  };

  for (const element of doc.querySelectorAll(DROPPED)) element.remove();
  const root = mainContent(doc);
  if (root === doc.body) for (const element of root.querySelectorAll(CHROME)) element.remove();

  const out: string[] = [];
  writeText(root, out, false);
  return { ...facts, text: tidy(out.join('')) };
}

/** The page's `<article>` with the most text, else its `<main>`, else its body. */
function mainContent(doc: Document): HTMLElement {
  const articles = [...doc.querySelectorAll<HTMLElement>('article')];
  if (articles.length > 0) {
    return articles.reduce((best, next) => (textLength(next) > textLength(best) ? next : best));
  }
  return doc.querySelector<HTMLElement>('main') ?? doc.body;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** Appends the text under `node`, with a blank line around each block and a line break for each `<br>`. */
function writeText(node: Node, out: string[], preformatted: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3 /* text */) {
      const text = child.nodeValue ?? '';
      out.push(preformatted ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1 /* element */) continue;
    const name = (child as Element).localName;
    if (name === 'br') {
      out.push('\n');
    } else if (BLOCKS.has(name)) {
      out.push('\n\n');
      writeText(child, out, preformatted || name === 'pre');
      out.push('\n\n');
    } else if (CELLS.has(name)) {
      out.push(' ');
      writeText(child, out, preformatted);
      out.push(' ');
    } else {
      writeText(child, out, preformatted);
    }
  }
}

/** Trims every line and keeps at most one blank line between blocks. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** "Some title | Site" → "Some title", when the site's name is known. */
function withoutSiteName(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const suffix = new RegExp(`\\s+[|–—-]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return title.replace(suffix, '') || title;
}

function httpUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  // A relative canonical link says nothing without the page's address.
  return text && isHttpUrl(text) ? new URL(text).href : null;
}
