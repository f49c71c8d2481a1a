// Text copied from a web page often puts each paragraph, and each heading, on a line of its
// own with no blank line between. Parsed as it is, a whole page would be one paragraph and a
// heading would run into the sentence after it ("… attack helicopters The Defence Ministry…").
// This puts a blank line where a line ends a sentence or is a heading, and leaves text that is
// wrapped at a fixed width (lines ending mid-sentence) and indented blocks (comments) alone.

const ENDS_SENTENCE = /[.!?…]["'”’»)]*$/;
const STARTS_NEW = /^["'“‘«(]?[\p{Lu}\p{N}]/u;
const HEADING_MAX = 100;

/**
 * The width a block is wrapped at, or null when it is not wrapped: its lines often end
 * mid-sentence with the sentence going on in lower case on the next, and none is long.
 */
function wrapWidth(lines: string[]): number | null {
  if (lines.length < 3) return null;
  const lengths = lines.map((line) => line.trimEnd().length);
  // a loop, not Math.max(...lengths): a text of a million short lines would overflow the stack
  if (lengths.some((length) => length > 120)) return null;
  const breaks = lines.slice(0, -1).filter((line, i) => !ENDS_SENTENCE.test(line.trim()) && /^\s*[\p{Ll}\p{N}]/u.test(lines[i + 1] ?? '')).length;
  if (breaks < 2 && breaks < (lines.length - 1) * 0.2) return null;
  return [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? null;
}

/** The text with a blank line after each line that ends a paragraph. */
export function separateParagraphLines(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    const indented = block.some((line) => /^\s/.test(line));
    const width = wrapWidth(block);
    if (indented) for (const line of block) out.push(line);
    else if (width !== null) {
      // wrapped text: a paragraph ends on a line that ends a sentence well short of the width
      block.forEach((line, i) => {
        out.push(line);
        const next = block[i + 1];
        if (next !== undefined && ENDS_SENTENCE.test(line.trim()) && line.trimEnd().length < width * 0.8 && STARTS_NEW.test(next.trim())) out.push('');
      });
    } else {
      block.forEach((line, i) => {
        out.push(line);
        const next = block[i + 1];
        if (next === undefined) return;
        const trimmed = line.trim();
        const heading = trimmed.length <= HEADING_MAX && !/[,;:–—-]$|\b(?:the|a|an|of|and|to|for|with|at|in|on)$/i.test(trimmed);
        if (STARTS_NEW.test(next.trim()) && (ENDS_SENTENCE.test(trimmed) || heading)) out.push('');
      });
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return out.join('\n');
}
