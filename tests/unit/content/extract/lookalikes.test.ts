import { describe, expect, it } from 'vitest';
import { cyrillicLookalikes } from '../../../../src/lib/content/extract/lookalikes.ts';

// Synthetic words, made up for the tests.
describe('cyrillicLookalikes', () => {
  it('makes Cyrillic each Latin lookalike inside a Russian word, one letter for one', () => {
    const mixed = 'Минобoроны пoлучило вepтолеты'; // Latin o, o, e, p
    const read = cyrillicLookalikes(mixed);
    expect(read).toBe('Минобороны получило вертолеты');
    expect(read.length).toBe(mixed.length);
  });

  it('leaves Latin words, type names written in Latin and English text as they are', () => {
    expect(cyrillicLookalikes('Rosoboronexport signed for 12 Mi-171Sh.')).toBe('Rosoboronexport signed for 12 Mi-171Sh.');
    expect(cyrillicLookalikes('контракт с Rosoboronexport на Mi-171Sh')).toBe('контракт с Rosoboronexport на Mi-171Sh');
  });
});
