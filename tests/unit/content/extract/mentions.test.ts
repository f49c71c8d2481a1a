import { describe, expect, it } from 'vitest';
import { findTypeMentions } from '../../../../src/lib/content/catalogue.ts';
import { antecedentOf, genericCounts, qualifiersOf, type Antecedent } from '../../../../src/lib/content/extract/mentions.ts';
import { splitSentences } from '../../../../src/lib/content/extract/sentences.ts';

// Synthetic sentences, made up for the tests.
/** The generic counts of a one-sentence text: "4 helicopters". */
function counts(text: string): string[] {
  const [sentence] = splitSentences(text);
  return genericCounts(text, sentence!, findTypeMentions(text)).map((g) => `${g.quantity.value} ${g.noun}`.trim());
}

const told = (model: string, sentence: number, category = 'helicopter'): Antecedent => ({
  model, designation: model, category, paragraph: 0, sentence, start: 0, seller: undefined,
});

describe('genericCounts', () => {
  it('finds a number told with a generic noun, in English and Russian', () => {
    expect(counts('Our partners will get four helicopters.')).toEqual(['4 helicopters']);
    expect(counts('Turkey has ordered 14 of those engines.')).toEqual(['14 engines']);
    expect(counts('a deal for 24 of the military aircraft')).toEqual(['24 aircraft']);
    expect(counts('заключило контракт на 14 таких машин')).toEqual(['14 машин']);
    expect(counts('the delivery of 12 attack helicopters has been agreed')).toEqual(['12 helicopters']);
  });

  it('takes the noun of a named type for that type’s, not a count of its own', () => {
    expect(counts('Laos ordered 14 Mi-171 helicopters.')).toEqual([]);
    expect(counts('Laos ordered 24 helicopters Mi-171Sh.')).toEqual([]);
    expect(counts('Serbia awaits nine helicopters H145 from Airbus.')).toEqual([]);
  });

  it('finds "a contract for 42" with no noun at all', () => {
    expect(counts('It has delivered two so far, out of a contract for 42.')).toEqual(['42']);
    expect(counts('It flew 42 hours.')).toEqual([]);
  });

  it('makes "the cost of one helicopter" no count', () => {
    expect(counts('The cost of one helicopter is 17 million dollars.')).toEqual([]);
  });
});

describe('antecedentOf', () => {
  it('points back to the one type named in the nearest sentence that names one', () => {
    expect(antecedentOf([told('Mi-171E', 0)], [], 'helicopter', 0, 1)?.model).toBe('Mi-171E');
    expect(antecedentOf([told('Mi-171E', 0), told('VK-2500', 1, 'engine')], [], 'helicopter', 0, 2)?.model).toBe('Mi-171E');
    expect(antecedentOf([told('VK-2500', 0, 'engine')], [], 'engine', 0, 1)?.model).toBe('VK-2500');
  });

  it('takes a type and its own versions as one, the most specific, and two types as unclear', () => {
    expect(antecedentOf([told('Mi-35', 0), told('Mi-35M', 0)], [], 'helicopter', 0, 1)?.model).toBe('Mi-35M');
    expect(antecedentOf([told('Mi-17', 0), told('Ka-52', 0)], [], 'helicopter', 0, 1)).toBeNull();
  });

  it('does not reach back further than a dozen sentences', () => {
    expect(antecedentOf([told('Mi-17', 0)], [], 'helicopter', 0, 20)).toBeNull();
  });
});

describe('qualifiersOf', () => {
  it('counts a type after "including" within the record before it, and keeps an engine on its type', () => {
    const text = 'Laos ordered 68 Mi-171 (including the upgraded Mi-171E) and 14 Mi-171 with a VK-2500 engine.';
    const [sentence] = splitSentences(text);
    const mentions = findTypeMentions(text);
    const { skip, engineOf } = qualifiersOf(text, sentence!, mentions);
    expect(mentions.filter((m) => skip.has(m)).map((m) => m.text)).toEqual(['Mi-171E', 'VK-2500']);
    expect([...engineOf.entries()].map(([m, engine]) => `${m.text}@${m.start}: ${engine}`)).toEqual([`Mi-171@${text.lastIndexOf('Mi-171 ')}: VK-2500`]);
  });
});
