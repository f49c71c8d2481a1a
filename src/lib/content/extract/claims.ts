// Stage 8: claimed totals. A number with a generic noun in a deal sentence that points back to
// no single type ("120+ various rotorcraft", "a total of 121 helicopters", "more than 120
// aircraft") is a claim, never a record; it is set against what the records it covers add up to.

import type { ClaimedTotal, ContractRecord } from '../contract.ts';
import { genericCategory } from './vocabulary/words.ts';

/** A claim as read, before its records are counted. */
export interface PendingClaim {
  paragraph: number;
  /** The figure as written: "120+", "121". */
  text: string;
  value: number;
  kind: 'exact' | 'bound' | 'approximate';
  sentence: string;
  noun: string;
}

const MODIFIER = /(more than|over|in excess of|upwards of|some|about|around|approximately|roughly|nearly|almost|at least|a total of|total of|in total|более|свыше|около|порядка|почти|примерно|не менее|всего|в общей сложности)\s+$/iu;
const ABOVE = /^(?:more than|over|in excess of|upwards of|более|свыше)$/i;
const APPROXIMATE = /^(?:some|about|around|approximately|roughly|nearly|almost|около|порядка|почти|примерно)$/i;

/** The claims of an article, each counted against the records of its paragraph (or the next; the headline's against all). */
export function countClaims(articleId: string, pending: readonly PendingClaim[], records: ContractRecord[]): ClaimedTotal[] {
  const claims: ClaimedTotal[] = [];
  const seen = new Set<string>();
  for (const claim of pending) {
    const at = claim.sentence.indexOf(claim.text);
    const modifier = (at >= 0 ? MODIFIER.exec(claim.sentence.slice(Math.max(0, at - 30), at))?.[1] : undefined) ?? '';
    const plus = claim.text.endsWith('+');
    const min = ABOVE.test(modifier) ? claim.value + 1 : claim.value;
    const exact = !plus && !ABOVE.test(modifier) && !APPROXIMATE.test(modifier) && !/^(?:at least|не менее)$/i.test(modifier);
    const text = `${modifier ? `${modifier} ` : ''}${claim.text}`;
    const category = genericCategory(claim.noun);
    if (seen.has(`${min}:${exact}:${category}`)) continue;
    seen.add(`${min}:${exact}:${category}`);
    const covers = (r: ContractRecord) => (category === null ? r.category !== 'air defence' : r.category === category);
    const inParagraph = (p: number) => records.filter((r) => covers(r) && r.sources.some((s) => s.paragraph === p));
    let counted = claim.paragraph === -1 ? records.filter(covers) : inParagraph(claim.paragraph);
    if (counted.length === 0 && claim.paragraph >= 0) counted = inParagraph(claim.paragraph + 1);
    if (counted.length === 0) continue;
    const sum = counted.reduce((total, r) => total + r.quantity, 0);
    for (const r of counted) {
      r.evidence.push({ field: 'claim', says: `${r.quantity} within the ${text} claimed`, quote: text, where: claim.paragraph === -1 ? 'in the headline' : 'in the article' });
    }
    claims.push({ articleId, paragraph: claim.paragraph, text, min, exact, sentence: claim.sentence, counted: sum });
  }
  return claims;
}
