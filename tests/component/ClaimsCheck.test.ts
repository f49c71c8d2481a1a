import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, test } from 'vitest';
import ClaimsCheck from '../../src/lib/components/ClaimsCheck.svelte';
import type { ClaimedTotal } from '../../src/lib/content/contract.ts';
import { packArticle } from '../../src/lib/content/pack-article.ts';
import { seedArticle } from './fixtures.ts';

afterEach(() => cleanup());

const seed = packArticle(seedArticle());
const claim = { ...seed.claims[0]!, articleTitle: seed.title };

/** A check as the explorer's `claimsFor` makes it. */
function check(c: ClaimedTotal & { articleTitle?: string }, counted = c.counted) {
  const difference = counted - c.min;
  return { claim: c, counted, difference, agrees: c.exact ? difference === 0 : difference >= 0 };
}

describe('ClaimsCheck', () => {
  test('sets the seed claim against the count, in plain words', () => {
    expect([claim.text, claim.min, claim.exact, claim.counted]).toEqual(['120+', 120, false, 121]);
    render(ClaimsCheck, { checks: [check(claim)] });
    const section = screen.getByRole('region', { name: 'Claimed vs counted' });
    expect(section).toHaveTextContent('‘120+’ claimed · 121 counted: consistent with the claim');
    expect(section).toHaveTextContent(seed.title);
  });

  test('quotes the claim’s sentence in a collapsed disclosure', async () => {
    render(ClaimsCheck, { checks: [check(claim)] });
    const details = screen.getByRole('region').querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(details).getByRole('blockquote')).toHaveTextContent(claim.sentence);
    await fireEvent.click(screen.getByText('The claim as written'));
    expect(details.open).toBe(true);
  });

  test('says by how much a count misses the claim', () => {
    const exact = { ...claim, text: '120', exact: true, articleTitle: undefined };
    render(ClaimsCheck, { checks: [check(exact, 121), check(claim, 118)] });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('‘120’ claimed · 121 counted: 1 more than the claim allows');
    expect(items[1]).toHaveTextContent('‘120+’ claimed · 118 counted: 2 fewer than claimed');
  });

  test('shows the sentence as text, never as HTML', () => {
    const raw = { ...claim, sentence: 'Some <b>120</b> helicopters.' };
    render(ClaimsCheck, { checks: [check(raw)] });
    expect(screen.getByRole('blockquote')).toHaveTextContent('Some <b>120</b> helicopters.');
  });

  test('is absent when there are no claims', () => {
    const { container } = render(ClaimsCheck, { checks: [] });
    expect(screen.queryByRole('region')).toBeNull();
    expect(container.textContent?.trim()).toBe('');
  });
});
