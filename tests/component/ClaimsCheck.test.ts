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

  test('lists an archive’s claims ten at a time, says how many disagree, and starts again for other filters', async () => {
    const many = Array.from({ length: 23 }, (_, n) => check({ ...claim, text: `claim ${n + 1}` }, n % 4 === 0 ? 100 : 121));
    const { rerender } = render(ClaimsCheck, { checks: many });
    const section = screen.getByRole('region', { name: 'Claimed vs counted' });
    expect(section).toHaveTextContent('23 claims in these articles, 6 not consistent with the count');
    expect(within(section).getAllByRole('listitem')).toHaveLength(10);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(20);
    // the keyboard goes on at the first claim added
    expect(document.activeElement).toBe(within(section).getAllByRole('listitem')[10]!.querySelector('summary'));
    await fireEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(23);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    await rerender({ checks: many.slice(0, 15) });
    expect(within(section).getAllByRole('listitem')).toHaveLength(10);
  });

  test('is absent when there are no claims', () => {
    const { container } = render(ClaimsCheck, { checks: [] });
    expect(screen.queryByRole('region')).toBeNull();
    expect(container.textContent?.trim()).toBe('');
  });
});
