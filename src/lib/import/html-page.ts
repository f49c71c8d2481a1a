// A saved web page read as text by parse5, the WHATWG HTML parser (the one jsdom uses): it builds
// the tree a browser's parser would, runs and loads nothing, and works in a worker, which has no
// DOMParser. Every walk over the tree is a loop, not a recursion: a tree may be deep.
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
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

// Nothing here is article text; the parser keeps the rest inert (no scripts run, nothing loads).
// A <form> stays: some sites wrap the whole page in one.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'canvas', 'audio', 'video',
  'button', 'select', 'textarea', 'input', 'dialog',
]);
// Page chrome around the article; dropped only when the page has no <article> or <main>.
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
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

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * Reads a saved web page as text. parse5 builds the tree the browser's parser would; nothing in
 * it runs or loads. Time and memory grow in proportion to the page.
 */
export function readHtmlPage(html: string): HtmlPage {
  // scripting off, as in a DOMParser document: <noscript> holds markup, which is dropped
  const doc = parse(withoutUnclosedForeign(html), { scriptingEnabled: false });
  const metaContent = (attribute: 'property' | 'name', value: string) =>
    clean(attr(firstElement(doc, (el) => el.tagName === 'meta' && attr(el, attribute) === value), 'content'));

  const publication = metaContent('property', 'og:site_name');
  const titleElement = firstElement(doc, (el) => el.tagName === 'title');
  const h1 = firstElement(doc, (el) => el.tagName === 'h1');
  const time = firstElement(doc, (el) => el.tagName === 'time' && attr(el, 'datetime') !== null);
  // rel's values are case-insensitive in HTML
  const canonical = firstElement(doc, (el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const facts = {
    title:
      metaContent('property', 'og:title') ??
      withoutSiteName(clean(titleElement && childText(titleElement)), publication) ??
      clean(h1 && textOf(h1)),
    date: metaContent('name', 'date') ?? metaContent('property', 'article:published_time') ?? clean(attr(time, 'datetime')),
    publication,
    url: httpUrl(attr(canonical, 'href')),
  };

  const root = mainContent(doc);
  const out: string[] = [];
  writeText(root, out, root.tagName === 'body');
  return { ...facts, text: tidy(out.join('')) };
}

/** An element of the page's own markup (not one inside an SVG drawing or a formula). */
function isElement(node: Tree.Node): node is Tree.Element {
  return 'tagName' in node && node.namespaceURI === HTML_NAMESPACE;
}

function attr(element: Tree.Element | null, name: string): string | null {
  return element?.attrs.find((attribute) => attribute.name === name)?.value ?? null;
}

const dropped = (element: Tree.Element) => DROPPED.has(element.tagName);

interface Visit {
  /** Called for each element; false skips what it holds. */
  enter?: (element: Tree.Element) => boolean;
  /** Called when an element `enter` let in ends. */
  leave?: (element: Tree.Element) => void;
  text?: (value: string) => void;
}

/** Walks the page's elements and texts under `root` in document order, with a loop (a tree may be thousands deep). */
function walk(root: Tree.ParentNode, visit: Visit): void {
  const steps: { node: Tree.ChildNode; leaving: boolean }[] = [];
  const push = (parent: Tree.ParentNode) => {
    for (let i = parent.childNodes.length - 1; i >= 0; i--) steps.push({ node: parent.childNodes[i]!, leaving: false });
  };
  push(root);
  for (let step = steps.pop(); step; step = steps.pop()) {
    const { node, leaving } = step;
    if (node.nodeName === '#text') visit.text?.((node as Tree.TextNode).value);
    else if (!isElement(node)) continue;
    else if (leaving) visit.leave?.(node);
    else if (visit.enter?.(node) ?? true) {
      steps.push({ node, leaving: true });
      push(node);
    }
  }
}

/** The first element that passes `test`, in document order. */
function firstElement(root: Tree.ParentNode, test: (element: Tree.Element) => boolean): Tree.Element | null {
  let found: Tree.Element | null = null;
  walk(root, {
    enter: (element) => {
      if (found === null && test(element)) found = element;
      return found === null;
    },
  });
  return found;
}

/** All the text under `element`, as `textContent` reads it. */
function textOf(element: Tree.Element): string {
  const out: string[] = [];
  walk(element, { text: (value) => out.push(value) });
  return out.join('');
}

/** The text of an element's own text children, as `document.title` reads its `<title>`. */
function childText(element: Tree.Element): string {
  return element.childNodes.map((node) => (node.nodeName === '#text' ? (node as Tree.TextNode).value : '')).join('');
}

/** The page's `<article>` with the most text, else its first `<main>`, else its body; none inside what is dropped. */
function mainContent(doc: Tree.Document): Tree.Element {
  // one walk: an article's text is the letters counted between its start and its end
  let letters = 0;
  const starts = new Map<Tree.Element, number>();
  let article: Tree.Element | null = null;
  let most = -1;
  let main: Tree.Element | null = null;
  let body: Tree.Element | null = null;
  walk(doc, {
    enter: (element) => {
      if (dropped(element)) return false;
      if (element.tagName === 'article') starts.set(element, letters);
      else if (element.tagName === 'main') main ??= element;
      else if (element.tagName === 'body') body ??= element;
      return true;
    },
    leave: (element) => {
      const start = starts.get(element);
      if (start !== undefined && letters - start > most) [article, most] = [element, letters - start];
    },
    text: (value) => {
      letters += value.replace(/\s+/g, '').length;
    },
  });
  // parse5 gives every page an <html> and a <body>
  return article ?? main ?? body ?? (doc.childNodes.find(isElement) as Tree.Element);
}

/**
 * Appends the text under `root`, with a blank line around each block and a line break for each
 * `<br>`; without what is dropped, nor the page's chrome when `withoutChrome`.
 */
function writeText(root: Tree.Element, out: string[], withoutChrome: boolean): void {
  let preformatted = 0;
  walk(root, {
    enter: (element) => {
      const name = element.tagName;
      if (dropped(element) || (withoutChrome && CHROME.has(name))) return false;
      if (name === 'br') out.push('\n');
      else if (BLOCKS.has(name)) out.push('\n\n');
      else if (CELLS.has(name)) out.push(' ');
      if (name === 'pre') preformatted++;
      return true;
    },
    leave: (element) => {
      const name = element.tagName;
      if (BLOCKS.has(name)) out.push('\n\n');
      else if (CELLS.has(name)) out.push(' ');
      if (name === 'pre') preformatted--;
    },
    text: (value) => out.push(preformatted > 0 ? value : value.replace(/\s+/g, ' ')),
  });
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
