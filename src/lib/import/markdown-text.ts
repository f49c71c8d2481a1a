// Markdown read by markdown-it (a CommonMark parser), reduced to text: Sortie never renders an
// import's markup, so only the words are kept. Why markdown-it and not another parser, or the
// hand-written reader this replaced, is measured in the README ("Reading Markdown").
import MarkdownIt, { type Token } from 'markdown-it';

// Raw HTML is parsed as HTML (so its tags can be dropped), never rendered; links are not
// made out of bare addresses, which stay the words they are.
const parser = new MarkdownIt('commonmark', { html: true });

/** Blocks that are a paragraph of their own in the text. */
const BLOCK = /^(?:paragraph|heading|list_item|blockquote|bullet_list|ordered_list|table|tr|th|td)_(?:open|close)$/;

/**
 * Markdown as plain article text: headings, paragraphs and list items become paragraphs of
 * their own, links keep their words, code keeps its text, images, raw HTML tags and emphasis
 * marks go. Text only, never HTML.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  for (const token of parser.parse(markdown, {})) {
    if (BLOCK.test(token.type) || token.type === 'hr') out.push('\n\n');
    else if (token.type === 'inline') inline(token.children ?? [], out);
    else if (token.type === 'fence' || token.type === 'code_block') out.push('\n\n', token.content, '\n\n');
    else if (token.type === 'html_block') out.push('\n\n', htmlWords(token.content), '\n\n');
  }
  return out.join('').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function inline(children: readonly Token[], out: string[]): void {
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') out.push(child.content);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out.push('\n');
    // an image's description is not article text; raw inline HTML is only tags
  }
}

/** The words of a raw HTML block: its tags, scripts and styles dropped (in one pass, whatever the block holds). */
function htmlWords(html: string): string {
  const words: string[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) {
      words.push(html.slice(at));
      break;
    }
    words.push(html.slice(at, open));
    const close = html.indexOf('>', open);
    if (close === -1) break; // a tag never closed: the rest is inside it
    const tag = /^<(script|style)\b/i.exec(html.slice(open, open + 8));
    if (tag) {
      const end = lower.indexOf(`</${tag[1]!.toLowerCase()}`, close);
      at = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
    } else {
      at = close + 1;
    }
    words.push(' ');
  }
  return words.join('').replace(/[ \t]+/g, ' ').trim();
}
