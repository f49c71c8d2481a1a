import { describe, expect, it } from 'vitest';
import { catalogue, catalogueEntry, findTypeMentions, lineage } from '../../../src/lib/content/catalogue.ts';

/** The mentions in `text` as `model: text as written`. */
function found(text: string): string[] {
  return findTypeMentions(text).map((m) => `${m.model}: ${m.text}`);
}

describe('the catalogue', () => {
  it('knows the types a reader meets, with their category', () => {
    const expected: Record<string, string> = {
      'Mi-8': 'helicopter', 'Mi-8MTV-1': 'helicopter', 'Mi-8AMT': 'helicopter', 'Mi-8AMTSh': 'helicopter',
      'Mi-17': 'helicopter', 'Mi-17-1V': 'helicopter', 'Mi-17V-5': 'helicopter', 'Mi-171': 'helicopter',
      'Mi-171E': 'helicopter', 'Mi-171Sh': 'helicopter', 'Mi-171A2': 'helicopter', 'Mi-172': 'helicopter',
      'Mi-24': 'helicopter', 'Mi-35': 'helicopter', 'Mi-35M': 'helicopter', 'Mi-26': 'helicopter',
      'Mi-28': 'helicopter', 'Mi-28NE': 'helicopter', 'Ka-27': 'helicopter', 'Ka-28': 'helicopter',
      'Ka-31': 'helicopter', 'Ka-32': 'helicopter', 'Ka-52': 'helicopter', 'Ka-52K': 'helicopter',
      'Ka-226': 'helicopter', Ansat: 'helicopter', 'TV3-117': 'engine', 'VK-2500': 'engine',
      'S-400': 'air defence', 'S-300': 'air defence', 'Su-35': 'fighter', 'Su-30': 'fighter',
      'Su-30MKK': 'fighter', 'Su-57': 'fighter',
    };
    for (const [model, category] of Object.entries(expected)) {
      expect(catalogueEntry(model)?.category, model).toBe(category);
    }
  });

  it('puts each helicopter in its family and names who makes it', () => {
    expect(catalogueEntry('Mi-171Sh')).toMatchObject({ family: 'Mi-8/17', role: 'military transport', maker: 'Ulan-Ude Aviation Plant' });
    expect(catalogueEntry('Mi-35M')?.family).toBe('Mi-24/35');
    expect(catalogueEntry('Ka-32')?.family).toBe('Ka-27/32');
    expect(catalogueEntry('Ansat')).toMatchObject({ family: 'Ansat', role: 'light utility', maker: 'Kazan Helicopters' });
    expect(catalogueEntry('Mi-26')?.role).toBe('heavy transport');
    expect(catalogueEntry('S-400')?.maker).toBe('Almaz-Antey');
    expect(catalogueEntry('VK-2500')?.maker).toBe('Klimov');
  });

  it('links every variant to a model that is in the catalogue', () => {
    expect(catalogueEntry('Mi-171E')?.parent).toBe('Mi-171');
    expect(lineage('Mi-171E')).toEqual(['Mi-171E', 'Mi-171', 'Mi-8AMT', 'Mi-8']);
    for (const entry of catalogue) {
      if (entry.parent) expect(catalogueEntry(entry.parent), `${entry.model} → ${entry.parent}`).toBeDefined();
    }
    expect(new Set(catalogue.map((e) => e.model)).size).toBe(catalogue.length);
  });
});

describe('findTypeMentions', () => {
  it('reads a designation written with a hyphen, space, en dash, em dash, non-breaking hyphen or nothing', () => {
    const text = 'Mi-171, Mi 171, Mi–171, Mi—171, Mi\u2011171, Mi171 and Mi171Sh.';
    expect(found(text)).toEqual([
      'Mi-171: Mi-171', 'Mi-171: Mi 171', 'Mi-171: Mi–171', 'Mi-171: Mi—171', 'Mi-171: Mi\u2011171',
      'Mi-171: Mi171', 'Mi-171Sh: Mi171Sh',
    ]);
  });

  it('reads suffixes in any letter case', () => {
    expect(found('Mi-171SH, mi-171sh, MI-171SH and Ka-52k')).toEqual([
      'Mi-171Sh: Mi-171SH', 'Mi-171Sh: mi-171sh', 'Mi-171Sh: MI-171SH', 'Ka-52K: Ka-52k',
    ]);
  });

  it('includes a maker prefix in the mention', () => {
    const [mention] = findTypeMentions('The Mil Mi-171E and the Kamov Ka-226.');
    expect(mention).toMatchObject({ model: 'Mi-171E', text: 'Mil Mi-171E', start: 4, end: 15 });
    expect(found('Kamov Ka-226 and Sukhoi Su-57')).toEqual(['Ka-226: Kamov Ka-226', 'Su-57: Sukhoi Su-57']);
  });

  it('reads Cyrillic spellings and Cyrillic letters that look Latin', () => {
    expect(found('Ми-171Ш, Ка-52, Ми-8АМТШ, Ансат, Су-35, С-400')).toEqual([
      'Mi-171Sh: Ми-171Ш', 'Ka-52: Ка-52', 'Mi-8AMTSh: Ми-8АМТШ', 'Ansat: Ансат', 'Su-35: Су-35', 'S-400: С-400',
    ]);
    // Cyrillic М and К typed inside otherwise Latin designations
    expect(found('\u041Ci-17 and \u041Aa-52')).toEqual(['Mi-17: \u041Ci-17', 'Ka-52: \u041Aa-52']);
  });

  it('reads nicknames that are names, capitalised, on their own', () => {
    expect(found('The Alligator, the Terminator and the Night Hunter.')).toEqual([
      'Ka-52: Alligator', 'Mi-8AMTSh: Terminator', 'Mi-28: Night Hunter',
    ]);
    expect(found('an alligator in the river')).toEqual([]);
  });

  it('reads plain-word nicknames only right after their designation', () => {
    expect(found('A Storm grounded the fleet; the storm passed.')).toEqual([]);
    expect(found('a Triumph of diplomacy')).toEqual([]);
    expect(found('the Mi-171Sh Storm and S-400 Triumph systems')).toEqual([
      'Mi-171Sh: Mi-171Sh Storm', 'S-400: S-400 Triumph',
    ]);
    expect(found('the export version of Mi-8AMTSh “Terminator” helicopter')).toEqual([
      'Mi-8AMTSh: Mi-8AMTSh “Terminator”',
    ]);
    expect(found('Ми-171Ш «Шторм»')).toEqual(['Mi-171Sh: Ми-171Ш «Шторм»']);
  });

  it('takes a nickname and its designation side by side as one mention', () => {
    expect(found('five Alligator Ka-52 helicopters')).toEqual(['Ka-52: Alligator Ka-52']);
    expect(found('the Mi-28N Night Hunter')).toEqual(['Mi-28N: Mi-28N Night Hunter']);
  });

  it('prefers the longest designation', () => {
    expect(found('Mi-171Sh')).toEqual(['Mi-171Sh: Mi-171Sh']);
    expect(found('Mi-17-1V and Mi-17V-5')).toEqual(['Mi-17-1V: Mi-17-1V', 'Mi-17V-5: Mi-17V-5']);
    expect(found('Mi-171 helicopters with a VK-2500 engine')).toEqual(['Mi-171: Mi-171', 'VK-2500: VK-2500']);
  });

  it('does not match inside other tokens', () => {
    expect(found('Mi-1712, Semi-17, Mi-171-2, XMi-8')).toEqual([]);
    expect(found("Russia's 400 tanks and S-300PMU2")).toEqual([]);
  });

  it('reads plurals and slashed families', () => {
    expect(found('two Mi-17s and the Ka-52’s sensors')).toEqual(['Mi-17: Mi-17', 'Ka-52: Ka-52']);
    expect(found('Mi-8/17 and Mi-24/35 fleets')).toEqual(['Mi-8: Mi-8', 'Mi-17: 17', 'Mi-24: Mi-24', 'Mi-35: 35']);
  });

  it('gives offsets into the original text, whatever the normalisation', () => {
    const text = 'Ш\u00A0ок: ШШ Ми-8АМТШ\u00A0and «Ка-52» then\u00A0Mi\u2013171Sh Storm, Mil Mi-8.';
    const mentions = findTypeMentions(text);
    expect(mentions.map((m) => m.model)).toEqual(['Mi-8AMTSh', 'Ka-52', 'Mi-171Sh', 'Mi-8']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[2]?.text).toBe('Mi\u2013171Sh Storm');
  });
});
