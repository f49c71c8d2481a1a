import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import ArticleParagraph from '../../src/lib/components/ArticleParagraph.svelte';
import { mentionSpans, type MentionSpan } from '../../src/lib/content/mention-spans.ts';
import { packArticle } from '../../src/lib/content/pack-article.ts';
import { seedArticle } from './fixtures.ts';

afterEach(() => cleanup());

const seed = packArticle(seedArticle());
const records = seed.contracts.map((r, i) => ({ ...r, id: 'r' + i, order: i }));
const text = seed.paragraphs[4]!;
const marks = mentionSpans(seed.paragraphs, records).get(4)!;
const sentence = records[0]!.sources[0]!;
const markHref = (span: MentionSpan) => `/explorer?records=${span.recordIds.join(',')}`;

describe('ArticleParagraph', () => {
  test('shows the paragraph text unchanged, with its anchor id', () => {
    const { container } = render(ArticleParagraph, { text, index: 4, marks, markHref });
    const p = container.querySelector('p')!;
    expect(p.id).toBe('p5');
    expect(p.textContent).toBe(text);
  });

  test('links each contract mention to the explorer, named for what it opens', () => {
    render(ArticleParagraph, { text, index: 4, marks, markHref });
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Mi-171', 'Mi-171Sh', 'Mi-171', 'Ansat']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/explorer?records=r0',
      '/explorer?records=r1',
      '/explorer?records=r2',
      '/explorer?records=r3',
    ]);
    expect(screen.getByRole('link', { name: 'Mi-171Sh: open in the contract explorer' })).toHaveAttribute(
      'href',
      '/explorer?records=r1',
    );
    expect(screen.getAllByRole('link', { name: 'Mi-171: open in the contract explorer' })).toHaveLength(2);
  });

  test('highlights the quoted sentence and keeps the mentions in it as links', () => {
    const highlight = { start: sentence.start, end: sentence.end };
    const { container } = render(ArticleParagraph, { text, index: 4, marks, highlight, markHref });
    const mark = container.querySelector('mark#quoted') as HTMLElement;
    expect(mark).not.toBeNull();
    expect(mark.textContent).toMatch(/^The number counts 68 Mi-171 helicopters .* and 21 Ansat helicopters\.$/);
    expect(mark.tabIndex).toBe(-1);
    expect(within(mark).getAllByRole('link')).toHaveLength(4);
    expect(container.querySelector('p')!.textContent).toBe(text);
  });

  test('without marks or highlight it is plain text', () => {
    const { container } = render(ArticleParagraph, { text, index: 0, markHref });
    expect(container.querySelector('p')!.textContent).toBe(text);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
  });

  test('never reads the text as HTML', () => {
    const raw = 'Tags like <b>x</b> & <img src=x onerror=alert(1)> stay text: 2 Mi-8.';
    const at = raw.indexOf('Mi-8');
    const { container } = render(ArticleParagraph, {
      text: raw,
      index: 0,
      marks: [{ start: at, end: at + 4, recordIds: ['a'] }],
      highlight: { start: 0, end: raw.length },
      markHref,
    });
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe(raw);
    expect(p.querySelector('b, img')).toBeNull();
    expect(screen.getByText(/<b>x<\/b>/)).toBeInTheDocument();
  });
});
