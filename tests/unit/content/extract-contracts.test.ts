import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  extractContracts,
  mergeDeals,
  parseQuantity,
  splitSentences,
  type ContractRecord,
} from '../../../src/lib/content/extract-contracts.ts';
import { recordId } from '../../../src/lib/content/deals.ts';
import { parseArticle } from '../../../src/lib/content/parse-article.ts';

const SEED_NAME = '2020-10-22-putin-russia-china-military-cooperation.txt';
const SEED = parseArticle(
  readFileSync(fileURLToPath(new URL(`../../../content/articles/${SEED_NAME}`, import.meta.url)), 'utf8'),
  SEED_NAME,
);

// Everything below the seed is synthetic: made-up test sentences, not news.

/** The records of a one-article text, one paragraph per argument. */
function records(...paragraphs: string[]): ContractRecord[] {
  return extractContracts({ id: 'synthetic', paragraphs }).records;
}

/** A record in a line: "status quantity model supplier→recipient year". */
function line(r: ContractRecord): string {
  return `${r.status} ${r.quantity ?? '-'} ${r.model} ${r.supplier ?? '?'}→${r.recipient ?? '?'} ${r.year ?? '-'}`;
}

describe('the seed article', () => {
  const { records: seed, claims } = extractContracts(SEED);

  it('yields the four 2019 helicopter contracts with China, the S-400 and the Su-35, and nothing else', () => {
    expect(seed.map((r) => [r.quantity, r.model, r.category, r.status])).toEqual([
      [68, 'Mi-171', 'helicopter', 'signed'],
      [18, 'Mi-171Sh', 'helicopter', 'signed'],
      [14, 'Mi-171', 'helicopter', 'signed'],
      [21, 'Ansat', 'helicopter', 'signed'],
      [null, 'S-400', 'air defence', 'delivered'],
      [24, 'Su-35', 'fighter', 'delivered'],
    ]);
  });

  it('names Russian Helicopters and Rosoboronexport supplying China in 2019', () => {
    for (const r of seed.slice(0, 4)) {
      expect(r).toMatchObject({
        supplier: 'Russia',
        supplierOrgs: ['Russian Helicopters', 'Rosoboronexport'],
        recipient: 'China',
        year: 2019,
        family: r.model === 'Ansat' ? 'Ansat' : 'Mi-8/17',
      });
    }
  });

  it('counts the upgraded Mi-171E within the 68, keeps the engine and the role on their records', () => {
    const [first, second, third] = seed;
    expect(first).toMatchObject({ designation: 'Mi-171', quantity: 68, engine: null });
    expect(second).toMatchObject({ model: 'Mi-171Sh', role: 'military transport', engine: null });
    expect(third).toMatchObject({ model: 'Mi-171', quantity: 14, engine: 'VK-2500' });
    expect(seed.some((r) => r.model === 'Mi-171E' || r.model === 'VK-2500')).toBe(false);
  });

  it('reports the S-400 and Su-35 as Russia delivering to China, with no year', () => {
    expect(seed[4]).toMatchObject({ designation: 'S-400 Triumph', supplier: 'Russia', recipient: 'China', year: null, supplierOrgs: [] });
    expect(seed[5]).toMatchObject({ quantity: 24, supplier: 'Russia', recipient: 'China', year: null });
  });

  it('checks the claimed 120+ rotorcraft against the 121 it lists', () => {
    expect(claims).toEqual([
      expect.objectContaining({ articleId: SEED.id, text: '120+', min: 120, exact: false, counted: 121 }),
    ]);
    expect(claims[0]?.sentence).toMatch(/signed several contracts with China on the supply of 120\+ various rotorcraft\.$/);
  });

  it('quotes the sentence each record came from, at its offsets', () => {
    for (const r of seed) {
      const paragraph = SEED.paragraphs[r.source.paragraph] ?? '';
      expect(paragraph.slice(r.source.start, r.source.end)).toBe(r.source.sentence);
      expect(r.source.articleId).toBe(SEED.id);
    }
    expect(seed[0]?.source.sentence).toMatch(/^The number counts 68 Mi-171 helicopters/);
    expect(seed[4]?.source.sentence).toMatch(/^In addition, Russia is delivering/);
  });
});

describe('sentences', () => {
  it('keeps "Mr. Putin", "U.S. Army", decimals and "US$ 7 billion" inside their sentences', () => {
    const text = 'Mr. Putin spoke. The U.S. Army paid US$ 7.5 billion, about US$ 7 billion. “Done.” Next one';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Putin spoke.',
      'The U.S. Army paid US$ 7.5 billion, about US$ 7 billion.',
      '“Done.”',
      'Next one',
    ]);
  });

  it('does not end a sentence at a quoted question followed by lower case', () => {
    expect(splitSentences('“Why?” he asked. Then left.').map((s) => s.text)).toEqual(['“Why?” he asked.', 'Then left.']);
  });

  it('gives offsets into the paragraph', () => {
    const text = '  First one.   Second “quoted.” ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('quantities', () => {
  it('reads numbers in digits and words', () => {
    expect(parseQuantity('68')).toBe(68);
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('five')).toBe(5);
    expect(parseQuantity('twenty-one')).toBe(21);
    expect(parseQuantity('forty-six')).toBe(46);
    expect(parseQuantity('a dozen')).toBe(12);
    expect(parseQuantity('two dozen')).toBe(24);
    expect(parseQuantity('half a dozen')).toBe(6);
    expect(parseQuantity('one hundred and twenty')).toBe(120);
    expect(parseQuantity('several')).toBeNull();
  });

  it('attaches a number to the type right after it, with "extra", "more" or "units of" between', () => {
    expect(records('Egypt ordered five Ka-52, forty-six Mi-17 and an extra 24 Su-35 fighters in 2015.').map(line)).toEqual([
      'signed 5 Ka-52 ?→Egypt 2015',
      'signed 46 Mi-17 ?→Egypt 2015',
      'signed 24 Su-35 ?→Egypt 2015',
    ]);
    expect(records('Peru bought four more Mi-35M and 10 units of Mi-171Sh.').map((r) => r.quantity)).toEqual([4, 10]);
    expect(records('Sudan ordered a dozen Mi-24 and twenty-one Ansat.').map((r) => r.quantity)).toEqual([12, 21]);
  });

  it('never takes a year for a quantity', () => {
    expect(records('Egypt signed the 2019 Mi-17 contract.').map((r) => r.quantity)).toEqual([null]);
  });
});

describe('within, not on top', () => {
  it('counts a type after "including" inside the record before it', () => {
    expect(records('Laos ordered 68 Mi-171 (including the upgraded Mi-171E).').map(line)).toEqual(['signed 68 Mi-171 ?→Laos -']);
    expect(records('Laos ordered 68 Mi-171, including 12 Mi-171E, and 18 Mi-171Sh.').map((r) => `${r.quantity} ${r.model}`)).toEqual([
      '68 Mi-171',
      '18 Mi-171Sh',
    ]);
  });

  it('counts a type after "of which" and "among them" inside the record before it', () => {
    expect(records('Algeria ordered 46 Ka-52, of which 12 are Ka-52K.').map((r) => `${r.quantity} ${r.model}`)).toEqual(['46 Ka-52']);
    expect(records('Algeria ordered 40 Mi-17, among them 8 Mi-17V-5.').map((r) => `${r.quantity} ${r.model}`)).toEqual(['40 Mi-17']);
  });

  it('keeps the listed types when "including" introduces the list itself', () => {
    expect(records('Russia signed contracts with Iraq for several types, including 10 Mi-17 and 5 Ka-52.').map(line)).toEqual([
      'signed 10 Mi-17 Russia→Iraq -',
      'signed 5 Ka-52 Russia→Iraq -',
    ]);
  });
});

describe('qualifiers', () => {
  it('keeps an engine on its record, not as a record of its own', () => {
    const [r, ...rest] = records('Laos ordered 14 Mi-171 helicopters with a VK-2500 engine.');
    expect(r).toMatchObject({ model: 'Mi-171', quantity: 14, engine: 'VK-2500' });
    expect(rest).toEqual([]);
    expect(records('Laos ordered 4 VK-2500-powered Mi-17.').map((x) => [x.quantity, x.model, x.engine])).toEqual([[4, 'Mi-17', 'VK-2500']]);
  });

  it('makes an engine deal a record when engines are what was ordered', () => {
    expect(records('Laos ordered 100 VK-2500 engines.').map((x) => [x.quantity, x.model, x.category])).toEqual([[100, 'VK-2500', 'engine']]);
  });

  it('takes the role from the text when it states one, else from the catalogue', () => {
    const [stated, catalogued] = records('Laos ordered 18 Mi-171Sh (military transport) helicopters and 4 Mi-26.');
    expect(stated?.role).toBe('military transport');
    expect(catalogued?.role).toBe('heavy transport');
    expect(records('Laos ordered 6 Mi-171 in the search and rescue version.')[0]?.role).toBe('search and rescue');
  });
});

describe('status', () => {
  it('drops fleets already in service', () => {
    expect(records('Egypt operates 40 Mi-17 helicopters.')).toEqual([]);
    expect(records('India has 12 Mi-35 in service.')).toEqual([]);
    expect(records('Egypt operates 40 Mi-17, 10 Mi-8 and 5 Ka-52.')).toEqual([]);
  });

  it('tells a fleet from an order in the same sentence', () => {
    expect(records('Kazakhstan, which already operates 20 Mi-17V-5 helicopters, ordered four more Mi-35M in 2021.').map(line)).toEqual([
      'signed 4 Mi-35M ?→Kazakhstan 2021',
    ]);
    expect(records('Egypt operates 40 Mi-17 and has ordered 10 Mi-171Sh.').map(line)).toEqual(['signed 10 Mi-171Sh ?→Egypt -']);
  });

  it('marks deliveries under an earlier order as delivered', () => {
    expect(records('Rostvertol handed over the last five Mi-28NE to Algeria.').map(line)).toEqual(['delivered 5 Mi-28NE Russia→Algeria -']);
    expect(records('Kazan Helicopters delivered the last of 12 Mi-17V-5 ordered in 2015 by Peru.').map(line)).toEqual([
      'delivered 12 Mi-17V-5 Russia→Peru 2015',
    ]);
    expect(records('The Egyptian Navy received the first 10 Ka-52K.').map(line)).toEqual(['delivered 10 Ka-52K ?→Egypt -']);
  });

  it('does not take planned deliveries for deliveries', () => {
    expect(records('Russia will deliver 10 Mi-17 to the Egyptian Air Force by 2022 under a contract signed in 2019.').map(line)).toEqual([
      'signed 10 Mi-17 Russia→Egypt 2019',
    ]);
    expect(records('Mi-171E deliveries to Peru are due in 2023.')).toEqual([]);
  });

  it('marks offers, talks and possible purchases as proposed, with no year', () => {
    expect(records('In 2020 Russia offered 12 Ka-52 to Egypt.').map(line)).toEqual(['proposed 12 Ka-52 Russia→Egypt -']);
    expect(records('Serbia is in talks to buy four Mi-35M.').map(line)).toEqual(['proposed 4 Mi-35M ?→Serbia -']);
    expect(records('Indonesia could buy 11 Su-35 fighters.').map(line)).toEqual(['proposed 11 Su-35 ?→Indonesia -']);
    expect(records('Russia offered to supply twenty-one Ka-226T helicopters to India.').map(line)).toEqual([
      'proposed 21 Ka-226T Russia→India -',
    ]);
    expect(records('Iraq is negotiating a contract for 6 Mi-28NE.').map((r) => r.status)).toEqual(['proposed']);
    expect(records('Vietnam plans to order 8 Mi-171.').map((r) => r.status)).toEqual(['proposed']);
  });
});

describe('context within a paragraph', () => {
  it('carries parties, year and status from a deal sentence to the list that follows it', () => {
    const list = records(
      'During 2019 Rosoboronexport signed contracts with Laos on the supply of helicopters. The number counts 6 Mi-17 and 2 Ansat.',
    );
    expect(list.map(line)).toEqual(['signed 6 Mi-17 Russia→Laos 2019', 'signed 2 Ansat Russia→Laos 2019']);
    expect(list[0]?.supplierOrgs).toEqual(['Rosoboronexport']);
  });

  it('does not carry context into the next paragraph', () => {
    expect(records('In 2019 Egypt signed several contracts with Russia.', 'The number counts 6 Mi-17.')).toEqual([]);
  });

  it('starts afresh when a sentence names other parties', () => {
    expect(records('Egypt ordered 10 Mi-17 in 2019. Sudan ordered 4 Ka-52.').map(line)).toEqual([
      'signed 10 Mi-17 ?→Egypt 2019',
      'signed 4 Ka-52 ?→Sudan -',
    ]);
  });

  it('does not count again a quantity the text points back to, or a specification', () => {
    expect(records('Egypt ordered 10 Mi-17 in 2019. The 10 Mi-17 will be built in Kazan.')).toHaveLength(1);
    expect(records('In 2018 Egypt ordered 46 Ka-52. The Ka-52 can carry 12 missiles. Two Ka-52 can lift 10 tonnes.').map(line)).toEqual([
      'signed 46 Ka-52 ?→Egypt 2018',
    ]);
  });

  it('carries a signing year to deliveries under the same contract', () => {
    expect(records('Russian Helicopters signed a contract with Egypt in 2019. Deliveries of the 10 Mi-17 began in 2020.').map(line)).toEqual([
      'delivered 10 Mi-17 Russia→Egypt 2019',
    ]);
  });
});

describe('what is not a contract', () => {
  it('makes no record from specifications, market shares or money-only figures', () => {
    expect(
      records(
        'The Mi-26 can carry up to 82 paratroopers over 590 km at 255 km/h.',
        'The portfolio of orders is worth more than US$ 7 billion. Helicopters are more than 15% of the exports.',
      ),
    ).toEqual([]);
  });

  it('makes no record from a passing mention without a quantity or deal words', () => {
    expect(records('The show saw the debut of the Mi-171Sh Storm, the export version of Mi-8AMTSh “Terminator”.')).toEqual([]);
  });

  it('makes no record from a type named only to compare or replace', () => {
    expect(records('Vietnam ordered 10 Mi-171 to replace 12 Mi-8 in 2019.').map(line)).toEqual(['signed 10 Mi-171 ?→Vietnam 2019']);
    expect(records('Peru signed for 24 Mi-171Sh, the export version of the Mi-8AMTSh.').map((r) => r.model)).toEqual(['Mi-171Sh']);
  });

  it('makes a record without a quantity when deal words govern the type', () => {
    expect(records('Russia is supplying S-300 systems to Laos.').map(line)).toEqual(['delivered - S-300 Russia→Laos -']);
    expect(records('Laos signed a contract for the supply of S-300 systems.').map(line)).toEqual(['signed - S-300 ?→Laos -']);
  });
});

describe('parties, years and values', () => {
  it('tells buyer from seller in "X signed with Y"', () => {
    expect(records('India signed a contract with Russia for 48 Mi-17V-5 helicopters.').map(line)).toEqual(['signed 48 Mi-17V-5 Russia→India -']);
    expect(records('Egypt signed a contract for 46 Ka-52 in 2015.').map(line)).toEqual(['signed 46 Ka-52 ?→Egypt 2015']);
    expect(records('Russia signed a contract for the supply of 46 Ka-52 to Egypt.').map(line)).toEqual(['signed 46 Ka-52 Russia→Egypt -']);
    expect(records('Russia signed a contract for the supply of 46 Ka-52.').map(line)).toEqual(['signed 46 Ka-52 Russia→? -']);
  });

  it('takes the recipient nearest each type', () => {
    expect(records('Russia delivered 10 Mi-17 to Egypt and 5 Ka-52 to Sudan.').map(line)).toEqual([
      'delivered 10 Mi-17 Russia→Egypt -',
      'delivered 5 Ka-52 Russia→Sudan -',
    ]);
  });

  it('ignores delivery deadlines when reading the year signed', () => {
    expect(records('Laos signed for 6 Mi-17 for delivery by 2022.').map((r) => r.year)).toEqual([null]);
  });

  it('puts a stated value on a single record only', () => {
    expect(records('In 2019 Egypt ordered 10 Mi-17 for US$ 150 million.')[0]?.value).toEqual({
      amount: 150e6,
      currency: 'USD',
      text: 'US$ 150 million',
    });
    expect(records('In 2019 Egypt ordered 10 Mi-17 and 2 Mi-26 for US$ 300 million.').map((r) => r.value)).toEqual([null, null]);
  });
});

describe('claimed totals', () => {
  it('reads "more than", "a total of", "some" and "120+" as claims, not records', () => {
    const text = (figure: string) => `Rosoboronexport signed contracts with Laos for ${figure} helicopters. They include 8 Mi-17 and 4 Ansat.`;
    const claim = (figure: string) => {
      const { records: rs, claims } = extractContracts({ id: 'synthetic', paragraphs: [text(figure)] });
      expect(rs.map((r) => r.quantity)).toEqual([8, 4]);
      return claims.map(({ text: t, min, exact, counted }) => ({ t, min, exact, counted }));
    };
    expect(claim('12+')).toEqual([{ t: '12+', min: 12, exact: false, counted: 12 }]);
    expect(claim('more than 12')).toEqual([{ t: 'more than 12', min: 13, exact: false, counted: 12 }]);
    expect(claim('over 10')).toEqual([{ t: 'over 10', min: 11, exact: false, counted: 12 }]);
    expect(claim('a total of 12')).toEqual([{ t: 'a total of 12', min: 12, exact: true, counted: 12 }]);
    expect(claim('some 12')).toEqual([{ t: 'some 12', min: 12, exact: false, counted: 12 }]);
  });

  it('counts only the kind of thing the claim names', () => {
    const { claims } = extractContracts({
      id: 'synthetic',
      paragraphs: ['Russia signed contracts with Laos for 10 helicopters and 4 fighters: 10 Mi-17 and 4 Su-30.'],
    });
    expect(claims.map((c) => [c.text, c.counted])).toEqual([['10', 10], ['4', 4]]);
  });

  it('does not read a fleet size as a claim', () => {
    expect(extractContracts({ id: 'synthetic', paragraphs: ['Egypt operates 120 helicopters.'] }).claims).toEqual([]);
  });
});

describe('mergeDeals', () => {
  const articleA = 'Egypt ordered 10 Mi-17 from Russia in 2019. Egypt also ordered 4 Ka-52 from Russia in 2019.';
  const articleB = 'In 2019 Egypt ordered 10 Mi-17 from Russia, a source said.';
  const all = [
    ...extractContracts({ id: 'article-a', paragraphs: [articleA] }).records,
    ...extractContracts({ id: 'article-b', paragraphs: [articleB] }).records,
  ];

  it('makes the same deal reported by two articles one deal with two sources', () => {
    const deals = mergeDeals(all);
    expect(deals.map((d) => `${d.quantity} ${d.model} ${d.sources.map((s) => s.articleId).join('+')}`)).toEqual([
      '10 Mi-17 article-a+article-b',
      '4 Ka-52 article-a',
    ]);
    expect(deals[0]).not.toHaveProperty('source');
  });

  it('keeps deals apart when any of supplier, recipient, model, engine, quantity, year or status differs', () => {
    const base = all[0] as ContractRecord;
    const variants: Partial<ContractRecord>[] = [
      { supplier: null }, { recipient: 'Sudan' }, { model: 'Mi-171' }, { engine: 'VK-2500' },
      { quantity: 11 }, { year: null }, { status: 'delivered' },
    ];
    expect(mergeDeals([base, ...variants.map((v) => ({ ...base, ...v }))])).toHaveLength(8);
  });
});

describe('recordId', () => {
  it('gives each record of an article its own id, the same on every run', () => {
    const ids = extractContracts(SEED).records.map((r, i) => recordId(r, i));
    expect(new Set(ids).size).toBe(6);
    expect(extractContracts(SEED).records.map((r, i) => recordId(r, i))).toEqual(ids);
    expect(ids[0]).toBe(`${SEED.id}:4:250:Mi-171:0`);
  });
});
