const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s{0,3}>\s?/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

/**
 * Markdown as plain article text: headings and list items become paragraphs of their own,
 * links keep their words, images and emphasis marks go. Text only, never HTML.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    if (RULE.test(line) || LINK_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const text = line.replace(QUOTE, '');
    const heading = HEADING.exec(text);
    if (heading) {
      out.push('', inline(heading[1] ?? ''), '');
    } else if (LIST_ITEM.test(text)) {
      out.push('', inline(text.replace(LIST_ITEM, '')));
    } else {
      out.push(inline(text));
    }
  }
  return out.join('\n');
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    // underscores never open or close emphasis inside a word ("MAX__SIZE", "Mi__17"), as in CommonMark
    .replace(/(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
