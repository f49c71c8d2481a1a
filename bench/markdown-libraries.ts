// `npm run bench:markdown`: the Markdown parsers Sortie could read .md imports with, measured
// side by side (README, "Reading Markdown"). Each is reduced to text the way the app would,
// and scored on the CommonMark spec's 652 examples: a candidate passes an example when its text
// is the text of the spec's own HTML. Then its parser's time (median of 3) on 1 MB of a plain
// article and of inputs built to be slow, and its size bundled. markdown-it, the one the app uses, is a dependency;
// the others are installed only to measure them:
//
//   npm install --no-save marked commonmark mdast-util-from-markdown commonmark-spec
//
// Inputs are generated here; nothing in them is news.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { markdownToText } from '../src/lib/import/markdown-text.ts';

type Reader = (markdown: string) => string;
const optional = async <T>(name: string): Promise<T | null> => import(name).then((m: T) => m, () => null);

const { window } = new JSDOM('');
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'HR', 'UL', 'OL', 'TABLE', 'TR', 'DIV']);
/** The text of an HTML fragment, one line per block. */
function htmlText(html: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') out.push('\n');
        else {
          if (BLOCKS.has(tag)) out.push('\n');
          walk(child);
          if (BLOCKS.has(tag)) out.push('\n');
        }
      }
    }
  };
  walk(new window.DOMParser().parseFromString(html, 'text/html').body);
  return out.join('');
}
const lines = (text: string) => text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

const readers: Record<string, Reader> = { 'markdown-it (the app’s reader)': markdownToText };
// typed here, not from the packages: they are installed only to measure them
const marked = await optional<{ marked: { lexer(src: string): any[] } }>('marked');
if (marked) {
  readers.marked = (src) => {
    const out: string[] = [];
    const inline = (tokens: any[] | undefined) => {
      for (const t of tokens ?? []) {
        if (t.type === 'image' || t.type === 'html') continue;
        if (t.tokens) inline(t.tokens);
        else if (t.type === 'br') out.push('\n');
        else if (typeof t.text === 'string') out.push(htmlText(t.text));
      }
    };
    const block = (tokens: any[]) => {
      for (const t of tokens) {
        out.push('\n');
        if (t.type === 'code') out.push(t.text);
        else if (t.type === 'list') for (const item of t.items) (out.push('\n'), block(item.tokens));
        else if (t.type === 'blockquote') block(t.tokens);
        else if (t.type === 'html') out.push(htmlText(t.text));
        else if (t.type === 'table') for (const row of [t.header, ...t.rows]) for (const cell of row) (out.push('\n'), inline(cell.tokens));
        else inline(t.tokens);
        out.push('\n');
      }
    };
    block(marked.marked.lexer(src));
    return out.join('');
  };
}
const commonmark = await optional<any>('commonmark');
if (commonmark) {
  const parser = new commonmark.Parser();
  readers['commonmark.js'] = (src) => {
    const out: string[] = [];
    const walker = parser.parse(src).walker();
    for (let e = walker.next(); e; e = walker.next()) {
      const n = e.node;
      if (['paragraph', 'heading', 'item', 'block_quote', 'thematic_break'].includes(n.type)) out.push('\n');
      else if (n.type === 'image' && e.entering) walker.resumeAt(n, false);
      else if (!e.entering) continue;
      else if (n.type === 'text' || n.type === 'code') out.push(n.literal);
      else if (n.type === 'softbreak' || n.type === 'linebreak') out.push('\n');
      else if (n.type === 'code_block') out.push('\n', n.literal, '\n');
      else if (n.type === 'html_block') out.push('\n', htmlText(n.literal), '\n');
    }
    return out.join('');
  };
}
const mdast = await optional<any>('mdast-util-from-markdown');
if (mdast) {
  readers['micromark (mdast-util-from-markdown)'] = (src) => {
    const out: string[] = [];
    const walk = (node: any) => {
      if (node.type === 'image' || node.type === 'imageReference') return;
      const block = ['paragraph', 'heading', 'listItem', 'blockquote', 'thematicBreak', 'code', 'html'].includes(node.type);
      if (block) out.push('\n');
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
      else if (node.type === 'html') out.push(htmlText(node.value));
      else if (node.type === 'break') out.push('\n');
      for (const child of node.children ?? []) walk(child);
      if (block) out.push('\n');
    };
    walk(mdast.fromMarkdown(src));
    return out.join('');
  };
}

const spec = await optional<{ default: { tests: { markdown: string; html: string; section: string }[] } }>('commonmark-spec');
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
export const INPUTS: Record<string, string> = {
  'a plain article': '## A synthetic heading\n\nA paragraph of *synthetic* text with a [link](https://example.org/x) and **strong words**, then `code`.\nA second line of the same paragraph.\n\n- a list item\n- another item with _emphasis_\n\n> a quoted line\n\n',
  'emphasis marks': '*a **b ',
  'opening brackets': '[',
  'nested quotes': '>',
  backticks: '`a``',
  'opening tags': '<a ',
  'underscores in words': 'a__b_c ',
};

const BUNDLES: Record<string, string> = {
  'markdown-it (the app’s reader)': "export { markdownToText } from './src/lib/import/markdown-text.ts';",
  marked: "import { marked } from 'marked'; export const f = (s) => marked.lexer(s);",
  'commonmark.js': "import { Parser } from 'commonmark'; export const f = (s) => new Parser().parse(s);",
  'micromark (mdast-util-from-markdown)': "import { fromMarkdown } from 'mdast-util-from-markdown'; export const f = (s) => fromMarkdown(s);",
};

/** What is timed: each parser alone (the app's reader whole), not the reductions above, which lean on jsdom. */
const parsers: Record<string, (markdown: string) => unknown> = {
  'markdown-it (the app’s reader)': markdownToText,
  ...(marked ? { marked: (s: string) => marked.marked.lexer(s) } : {}),
  ...(commonmark ? { 'commonmark.js': (s: string) => new commonmark.Parser().parse(s) } : {}),
  ...(mdast ? { 'micromark (mdast-util-from-markdown)': (s: string) => mdast.fromMarkdown(s) } : {}),
};

if (process.argv[2] === '--time') {
  // one reader on one input, in a child process: a reader that runs out of stack or time fails alone
  const [, , , name, input, megabytes] = process.argv;
  const text = fill(INPUTS[input!]!, Number(megabytes) * 2 ** 20);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    parsers[name!]!(text);
    times.push(performance.now() - started);
  }
  console.log(times.sort((a, b) => a - b)[1]!.toFixed(0));
} else {
  console.log('| reader | CommonMark examples as text | bundled, gzipped | ' + Object.keys(INPUTS).map((k) => `${k}, 1 MB`).join(' | ') + ' |');
  console.log('| --- | --- | --- | ' + Object.keys(INPUTS).map(() => '---').join(' | ') + ' |');
  for (const [name, read] of Object.entries(readers)) {
    let passed = 0;
    for (const example of spec?.default.tests ?? []) {
      try {
        if (lines(read(example.markdown)) === lines(htmlText(example.html))) passed++;
      } catch {
        // a reader that throws fails the example
      }
    }
    const bundle = await build({ stdin: { contents: BUNDLES[name]!, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
    const times = Object.keys(INPUTS).map((input) => {
      try {
        const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--time', name, input, '1'], { timeout: 30_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        return `${out.trim()} ms`;
      } catch (error) {
        return (error as { signal?: string }).signal === 'SIGTERM' ? 'over 30 s' : 'fails (stack overflow)';
      }
    });
    const score = spec ? `${passed} of ${spec.default.tests.length} (${((100 * passed) / spec.default.tests.length).toFixed(1)} %)` : 'install commonmark-spec';
    console.log(`| ${name} | ${score} | ${(gzipSync(bundle.outputFiles[0]!.contents).length / 1024).toFixed(1)} KB | ${times.join(' | ')} |`);
  }
}
