import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceLine, type ContractRecord } from '../../../../src/lib/content/contract.ts';
import { recordId } from '../../../../src/lib/content/deals.ts';
import { extractContracts } from '../../../../src/lib/content/extract/index.ts';
import { parseArticle } from '../../../../src/lib/content/parse-article.ts';

const SEED_NAME = '2020-10-22-putin-russia-china-military-cooperation.txt';
const SEED = parseArticle(
  readFileSync(fileURLToPath(new URL(`../../../../content/articles/${SEED_NAME}`, import.meta.url)), 'utf8'),
  SEED_NAME,
);

// Everything below the seed is synthetic: sentences made up for the tests, modelled on how
// reports are written, not taken from any.

/** The records of a one-article text, one paragraph per argument. */
function records(...paragraphs: string[]): ContractRecord[] {
  return extractContracts({ id: 'synthetic', paragraphs }).records;
}

/** The records of an article with a headline (and a date). */
function article(title: string, paragraphs: string[], date?: string): ContractRecord[] {
  return extractContracts({ id: 'synthetic', title, paragraphs, date }).records;
}

/** A record in a line: "status quantity model supplier→recipient year". */
function line(r: ContractRecord): string {
  return `${r.status} ${r.quantity} ${r.model} ${r.supplier ?? '?'}→${r.recipient ?? '?'} ${r.year ?? '-'}`;
}

describe('the seed article', () => {
  const { records: seed, claims, mentions } = extractContracts(SEED);

  it('yields the four 2019 helicopter contracts with China and the 24 Su-35, and nothing else as a record', () => {
    expect(seed.map((r) => [r.quantity, r.model, r.category, r.status])).toEqual([
      [68, 'Mi-171', 'helicopter', 'signed'],
      [18, 'Mi-171Sh', 'helicopter', 'signed'],
      [14, 'Mi-171', 'helicopter', 'signed'],
      [21, 'Ansat', 'helicopter', 'signed'],
      [24, 'Su-35', 'fighter', 'delivered'],
    ]);
  });

  it('names the S-400, told with no number, as a deal mention, not a record', () => {
    expect(mentions.map((m) => [m.designation, m.status, m.source.paragraph])).toEqual([['S-400 Triumph', 'delivered', 7]]);
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

  it('reports the Su-35 as Russia delivering to China, with no year', () => {
    expect(seed[4]).toMatchObject({ quantity: 24, supplier: 'Russia', recipient: 'China', year: null });
  });

  it('checks the claimed 120+ rotorcraft against the 121 it lists', () => {
    expect(claims).toEqual([expect.objectContaining({ articleId: SEED.id, text: '120+', min: 120, exact: false, counted: 121 })]);
    expect(claims[0]?.sentence).toMatch(/signed several contracts with China on the supply of 120\+ various rotorcraft\.$/);
  });

  it('quotes the sentence each record came from, at its offsets, with the words that name it', () => {
    for (const r of seed) {
      const [source] = r.sources;
      const paragraph = SEED.paragraphs[source!.paragraph] ?? '';
      expect(paragraph.slice(source!.start, source!.end)).toBe(source!.sentence);
      expect(paragraph.slice(source!.words!.start, source!.words!.end)).toBe(r.designation);
      expect(source!.articleId).toBe(SEED.id);
    }
    expect(seed[0]?.sources[0]?.sentence).toMatch(/^The number counts 68 Mi-171 helicopters/);
  });

  it('says why, in words a reader follows: signed, the number, the parties and the year, each with its text', () => {
    expect(seed[1]!.evidence.map(evidenceLine)).toEqual([
      'signed: “signed several contracts” earlier in this paragraph',
      '18 units: “18 Mi-171Sh” in this sentence',
      'supplier Russia: “Russian Helicopters Holding” earlier in this paragraph',
      'recipient China: “China” earlier in this paragraph',
      expect.stringMatching(/^signed in 2019: “.*2019.*signed” earlier in this paragraph$/),
      '18 within the 120+ claimed: “120+” in the article',
    ]);
  });

  it('gives each record of an article its own id, the same on every run', () => {
    const ids = extractContracts(SEED).records.map((r, i) => recordId(r, i));
    expect(new Set(ids).size).toBe(5);
    expect(extractContracts(SEED).records.map((r, i) => recordId(r, i))).toEqual(ids);
    expect(ids[0]).toBe(`${SEED.id}:4:250:Mi-171:0`);
  });
});

describe('parties and year from the rest of the article', () => {
  it('takes the buyer from the headline when the list of types comes paragraphs later', () => {
    const list = article('Laos signs for Russian helicopters at the air show', [
      'Rosoboronexport and the buyer signed the contract on Tuesday, a company statement said.',
      'The order covers 6 Mi-17V-5 transports and 2 Mi-35M gunships.',
    ]);
    expect(list.map(line)).toEqual(['signed 6 Mi-17V-5 Russia→Laos -', 'signed 2 Mi-35M Russia→Laos -']);
    expect(list[0]!.evidence.find((e) => e.field === 'recipient')).toMatchObject({ says: 'recipient Laos', where: 'in the headline' });
  });

  it('lets a later paragraph override the parties it names, and only for its own deals', () => {
    const list = records(
      'Rosoboronexport signed a contract with Laos for 6 Mi-17V-5.',
      'Separately, Nepal ordered 2 Mi-171Sh.',
      'The Laotian deal also covers 4 Ansat.',
    );
    expect(list.map(line)).toEqual(['signed 6 Mi-17V-5 Russia→Laos -', 'signed 2 Mi-171Sh Russia→Nepal -', 'signed 4 Ansat Russia→Laos -']);
  });

  it('dates a signing told as news by the article’s date, and an earlier one not at all', () => {
    const news = article('Deal signed', ['Rosoboronexport has signed a contract with Laos for 6 Mi-17V-5.'], '2021-06-30');
    expect(news.map(line)).toEqual(['signed 6 Mi-17V-5 Russia→Laos 2021']);
    const earlier = article('Deliveries', ['Russia handed over two Mi-17V-5 under a previously signed contract for 6 Mi-17V-5 with Laos.'], '2021-06-30');
    expect(earlier.find((r) => r.status === 'signed')?.year).toBeNull();
  });

  it('gives the year a later sentence states for the deal just told', () => {
    expect(records('Laos has ordered 6 Mi-17V-5. The contract was signed at MAKS-2019.').map(line)).toEqual(['signed 6 Mi-17V-5 Russia→Laos 2019']);
  });

  it('gives the one deal of an article the year a contract sentence paragraphs later states, and no law’s year', () => {
    const deal = 'Власти Лаоса отказались от покупки 16 вертолетов Ми-17.';
    const filler = 'Бывший министр рассказал, что принял это решение в прошлом месяце.';
    expect(records(deal, filler, filler, 'Соглашение по поставкам вертолетов заключили в ноябре 2021 года.').map(line)).toEqual(['signed 16 Mi-17 Russia→Laos 2021']);
    const english = 'Laos has scrapped a deal to buy 16 Mi-17 helicopters.';
    expect(records(english, 'The minister said so last month.', 'The sanctions act was signed into law in August 2017.').map(line)).toEqual(['signed 16 Mi-17 Russia→Laos -']);
    const signing = 'The committee approved the purchase in October 2021, followed by a formal contract signing in November of the same year.';
    expect(records('Laos bought two Mi-171A2 under a deal signed by the previous government.', 'The ministry wrote to the embassy.', signing).map(line)).toEqual(['signed 2 Mi-171A2 Russia→Laos 2021']);
    // two deals told before: the year could be either's
    expect(records('Laos ordered 16 Mi-17 and Peru ordered 4 Ka-52.', filler, filler, 'The agreement was signed in 2021.').map((r) => r.year)).toEqual([null, null]);
  });

  it('reads "last year" and "last July" from the article’s date', () => {
    expect(article('x', ['Last July, Laos signed a contract for 6 Mi-17V-5.'], '2021-05-03')[0]?.year).toBe(2020);
    expect(article('x', ['Deliveries under last year’s contract with Laos for 6 Mi-17V-5 are complete.'], '2021-05-03').find((r) => r.status === 'signed')?.year).toBe(2020);
  });

  it('dates a contract the next sentence says “was concluded”, with no year, by the article’s date', () => {
    const list = article('x', ['Russia will supply Nepal with 6 Mi-17, a channel reported. The contract is worth $90 million and was concluded with the ministry’s approval.'], '2012-07-09');
    expect(list.map(line)).toEqual(['signed 6 Mi-17 Russia→Nepal 2012']);
    expect(list[0]!.evidence.find((e) => e.field === 'year')?.where).toBe('the article’s date');
  });

  it('dates news by the page’s copyright year when that is earlier than the import date, never by a span', () => {
    const news = (footer: string) => article('x', ['Rosoboronexport signed a contract with Laos for four Mi-17, a source said.', footer], '2026-12-01');
    const [dated] = news('© Copyright 2013 Agency. All rights reserved.');
    expect(dated!.year).toBe(2013);
    expect(dated!.evidence.find((e) => e.field === 'year')).toMatchObject({ quote: '© Copyright 2013', where: 'the page’s copyright line' });
    expect(news('© 2009–2024 Agency. All rights reserved.')[0]!.year).toBe(2026);
    expect(news('Copyright © 2030 Agency.')[0]!.year).toBe(2026);
  });

  it('makes a domestic order the seller’s own country’s, when the buyer is named as such', () => {
    expect(records('Russian Helicopters will supply 2 Mi-38 to the Defense Ministry under a contract signed in 2020.').map(line)).toEqual([
      'signed 2 Mi-38 Russia→Russia 2020',
    ]);
    expect(records('The holding signed a contract for 3 Ka-62 for the Russian government.').map((r) => r.recipient)).toEqual(['Russia']);
  });
});

describe('what a later sentence says of the deal just told', () => {
  it('takes the exact type a following sentence names ("Речь идет о вертолетах Ми-171")', () => {
    expect(records('Правительство Лаоса утвердило контракт на покупку трех вертолетов Ми-17. Речь идет о вертолетах Ми-171 завода в Улан-Удэ.').map(line)).toEqual([
      'signed 3 Mi-171 Russia→Laos -',
    ]);
  });

  it('keeps the buyer told before when a later sentence names only the other side of the signing', () => {
    expect(records('Russia will supply 30 Mi-17V-5 for the Afghan army.', 'The option for these 30 machines was signed with the United States.').map(line)).toEqual([
      'signed 30 Mi-17V-5 Russia→Afghanistan -',
    ]);
  });
});

describe('one record per deal within the article', () => {
  it('reads the Russian military placing an order as a Russian buyer', () => {
    expect(records('The Russian military has placed an order for 20 Mi-28UB and 2 Mi-26.').map(line)).toEqual(['signed 20 Mi-28UB Russia→Russia -', 'signed 2 Mi-26 Russia→Russia -']);
  });

  it('keeps the types of a procurement roadmap a plan, and combat aircraft listed beside a helicopter no helicopters', () => {
    const list = records('Bangladesh signed a contract for five Mi-171Sh.', 'Six Mi-171Sh helicopters, along with eight multi-role combat aircraft, are in the procurement roadmap.');
    expect(list.map(line)).toEqual(['signed 5 Mi-171Sh Russia→Bangladesh -', 'proposed 6 Mi-171Sh Russia→Bangladesh -']);
  });

  it('reads “a Mi-171Sh” and “одного вертолета” as one helicopter', () => {
    expect(records('Russian Helicopters signed a contract with Zambia for the supply of a Mi-171Sh helicopter.').map(line)).toEqual(['signed 1 Mi-171Sh Russia→Zambia -']);
    expect(records('«Вертолеты России» подписали контракт с Замбией на поставку вертолета Ми-171Ш.').map(line)).toEqual(['signed 1 Mi-171Sh Russia→Zambia -']);
  });

  it('keeps the shares of an order ("eight delivered, the remaining 16") inside it', () => {
    expect(records('Rosoboronexport signed a contract with Peru for 24 Mi-171Sh helicopters.', 'Eight of them were delivered last year, and the remaining 16 will follow in 2015.').map(line)).toEqual([
      'signed 24 Mi-171Sh Russia→Peru -',
    ]);
  });

  it('makes a promise the article tells again as a plan one plan, not two records', () => {
    expect(records('Russia will supply Peru with 24 Mi-171Sh helicopters, the minister promised.', 'Peru plans to buy the 24 Mi-171Sh helicopters next year, he added.').map(line)).toEqual([
      'proposed 24 Mi-171Sh Russia→Peru -',
    ]);
  });

  it('takes a figure that adds up the article’s contracts for one type and buyer as their total, not a third deal', () => {
    expect(records('Laos has acquired 24 Mi-24 helicopters from Russia.', 'The first contract, for 12 Mi-24, was signed in 2011.', 'In 2013 Laos ordered an additional 12 Mi-24.').map(line)).toEqual([
      'signed 12 Mi-24 Russia→Laos 2011',
      'signed 12 Mi-24 Russia→Laos 2013',
    ]);
  });

  it('keeps an approved purchase a plan when a later sentence names “the new contract” for it, unsigned', () => {
    expect(records('Комитет по закупкам правительства Непала одобрил покупку 12 вертолетов Ми-17.', 'Стоимость нового контракта на 12 машин составит около $200 млн.').map(line)).toEqual([
      'proposed 12 Mi-17 Russia→Nepal -',
    ]);
  });

  it('gives a count told before any type ("17 transport helicopters") the one helicopter type the article names later', () => {
    const list = article('Manila to buy 17 transport helicopters from Russia', ['The Philippines will go ahead with the purchase of 17 transport helicopters from Russia.', 'The contract to acquire Mi-17 helicopters was signed last year.'], '2022-03-09');
    expect(list.map(line)).toEqual(['signed 17 Mi-17 Russia→Philippines 2021']);
    expect(list[0]!.evidence.find((e) => e.field === 'model')?.where).toBe('later in the article: the one helicopter type it names');
    // two families named: which one the count means is not known
    expect(records('Laos will buy 12 helicopters from Russia.', 'It flies the Mi-17 and the Ka-32.')).toEqual([]);
  });

  it('does not give a count told after a type the catalogue does not know to the type named before it', () => {
    expect(records('Peru operates the Mi-171Sh.', 'The ministry also signed a contract for 12 Xyz-9 transport helicopters, made at home.', 'It will pay for the 12 helicopters over five years.')).toEqual([]);
  });

  it('merges the same contract told twice into one record with both sentences', () => {
    const [only, ...rest] = records(
      'Rosoboronexport signed a contract with Laos for the supply of five Mi-171Sh helicopters.',
      '“We signed a contract to supply five Mi-171Sh helicopters to our partners,” the director said.',
    );
    expect(rest).toEqual([]);
    expect(only!.sources.map((s) => s.paragraph)).toEqual([0, 1]);
    expect(only!.evidence.some((e) => e.field === 'merged')).toBe(true);
  });

  it('reads "our partners will get four helicopters" as the type told before, and merges it', () => {
    const list = records('Russia signed a contract with Laos for a batch of Mi-171E. Our partners will get four helicopters.');
    expect(list.map(line)).toEqual(['signed 4 Mi-171E Russia→Laos -']);
    expect(list[0]!.evidence.find((e) => e.field === 'model')?.says).toBe('Mi-171E: “four helicopters” points back to it');
  });

  it('keeps "an additional 12" as a second deal of the same size', () => {
    expect(records('In 2011 Laos ordered 12 Mi-24. In 2013 Laos ordered an additional 12 Mi-24.').map(line)).toEqual([
      'signed 12 Mi-24 Russia→Laos 2011',
      'signed 12 Mi-24 Russia→Laos 2013',
    ]);
  });

  it('makes a promised supply of part of an order told in the article a delivery', () => {
    expect(records('Laos ordered 20 Ansat in 2018.', 'Russia will supply Laos with two helicopters in early 2020.').map(line)).toEqual([
      'signed 20 Ansat Russia→Laos 2018',
      'delivered 2 Ansat Russia→Laos 2018',
    ]);
  });
});

describe('Russian reports', () => {
  it('reads a signing with the numeral in its case form and the buyer in the dative', () => {
    expect(records('«Рособоронэкспорт» подписал контракт на поставку Перу двадцати четырёх вертолётов Ми-171Ш.').map(line)).toEqual([
      'signed 24 Mi-171Sh Russia→Peru -',
    ]);
  });

  it('reads the Ansat in its Russian case forms, the Mi-38PS, and a signing "на МАКС-2021"', () => {
    expect(records('Лаос получит 12 «Ансатов» по контракту с холдингом.').map((r) => `${r.quantity} ${r.model}`)).toEqual(['12 Ansat']);
    expect(records('Холдинг на МАКС-2021 подписал с Лаосом контракт на поставку 9 вертолетов Ми-38ПС.').map(line)).toEqual(['signed 9 Mi-38PS Russia→Laos 2021']);
  });

  it('reads the Ka-31R, Ka-226TG and Mi-26T2V as their own types, the Mi-17ST as the Mi-17CT, and no number in "the Kamov 226 helicopter"', () => {
    const brief = (r: ContractRecord) => `${r.quantity} ${r.model}`;
    expect(records('Laos signed a contract for 2 Ka-31R, 18 Ka-226TG, 9 Mi-26T2V and 22 Mi-17ST.').map(brief)).toEqual(['2 Ka-31R', '18 Ka-226TG', '9 Mi-26T2V', '22 Mi-17CT']);
    expect(records('Laos bought three used Mi-8T helicopters.').map(brief)).toEqual(['3 Mi-8T']);
    expect(records('Laos signed an agreement on making the Kamov 226 helicopter at home.')).toEqual([]);
  });

  it('takes the buyer of a type "поставлен в войска" as Russia’s own forces', () => {
    expect(records('Первый вертолет Ми-38Т будет поставлен в войска летом, сообщил замминистра. «Мы уже два вертолета законтрактовали», – сказал он.').map(line)).toEqual([
      'delivered 1 Mi-38T Russia→Russia -',
      'signed 2 Mi-38T Russia→Russia -',
    ]);
  });

  it('gives each of two buyers its number with "respectively", in English and Russian, and "while" opens a clause of its own', () => {
    expect(records('Laos and Peru became the first customers of the Mi-28NE with confirmed orders of 12 and 6 respectively while more countries are negotiating.').map(line)).toEqual([
      'signed 12 Mi-28NE Russia→Laos -',
      'signed 6 Mi-28NE Russia→Peru -',
    ]);
    expect(records('Laos and Peru ordered 12 and 6 Mi-17V-5 respectively.').map(line)).toEqual(['signed 12 Mi-17V-5 Russia→Laos -', 'signed 6 Mi-17V-5 Russia→Peru -']);
    expect(records('Лаос и Перу заказали соответственно 12 и 6 вертолетов Ми-17.').map(line)).toEqual(['signed 12 Mi-17 Russia→Laos -', 'signed 6 Mi-17 Russia→Peru -']);
    // two types: each keeps its own number
    expect(records('Laos ordered 12 Mi-17 and 6 Ka-52, for delivery in 2019 and 2020 respectively.').map((r) => `${r.quantity} ${r.model}`)).toEqual(['12 Mi-17', '6 Ka-52']);
  });

  it('takes the seller from "закупило у Украины", and not from "у Украины есть"', () => {
    expect(records('Правительство Лаоса закупило у Украины четыре вертолета Ми-24.').map(line)).toEqual(['signed 4 Mi-24 Ukraine→Laos -']);
    expect(records('У Украины есть четыре вертолета Ми-24, которые Лаос закупил в 2001 году.').map(line)).toEqual(['signed 4 Mi-24 Russia→Laos 2001']);
  });

  it('dates a contract by the year next to "заключившая" and reads "of the kind" after "aircrafts"', () => {
    expect(records('Компания из Лаоса, заключившая 14 декабря 2012 г. контракт на поставку семи вертолетов Ка-226Т, получит первые два в 2015 г.').map(line)).toEqual(['signed 7 Ka-226T Russia→Laos 2012']);
    expect(records('Laos showed its Mi-26T2 at the show. The country has ordered four aircrafts of the kind for its air force.').map((r) => `${r.status} ${r.quantity} ${r.model}`)).toEqual(['signed 4 Mi-26T2']);
  });

  it('counts one number told for a list of types as nobody’s, with or without a nickname in quotes', () => {
    expect(records('«Вертолеты России» подписали контракт на поставку пяти вертолетов «Ансат», Ка-32 и Ми-171.')).toEqual([]);
    expect(records('Russia signed a contract for five Ansat, Ka-32 and Mi-171 helicopters with Laos.')).toEqual([]);
    expect(records('Russia signed a contract for 12 Mi-17 and 4 Mi-35 helicopters with Laos.').map((r) => `${r.quantity} ${r.model}`)).toEqual(['12 Mi-17', '4 Mi-35']);
  });

  it('reads Russian words written with Latin lookalike letters, and quotes the text as it is', () => {
    // "законтрактoвало" and "вертoлетов" with a Latin "o", as some sites write them
    const text = 'Минобороны Перу законтрактoвало 12 вертoлетов Ми-171Ш.';
    const [only, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(line(only!)).toBe('signed 12 Mi-171Sh Russia→Peru -');
    expect(only!.sources[0]!.sentence).toBe(text);
  });

  it('reads the state armament programme as a plan, and "уже заказанным" as an order told with its size', () => {
    const brief = (r: ContractRecord) => `${r.status} ${r.quantity} ${r.model}`;
    expect(records('В рамках государственной программы вооружения Минобороны получит 423 вертолета Ми-28НМ.').map(brief)).toEqual(['proposed 423 Mi-28NM']);
    expect(records('В соответствии с государственной программой вооружения ВВС Лаоса поступило шесть вертолетов Ми-17В-5.').map(brief)).toEqual(['delivered 6 Mi-17V-5']);
    expect(records('Контракт подписан в дополнение к 80 уже заказанным вертолетам Ми-17.').map(brief)).toEqual(['signed 80 Mi-17']);
  });

  it('reads "поставит N" as a contract in an article that tells one, and the buyer "для ВВС X"', () => {
    expect(records('Контракт подписан. Россия поставит 14 многоцелевых вертолетов Ми-17В-5 для ВВС Казахстана.').map(line)).toEqual([
      'signed 14 Mi-17V-5 Russia→Kazakhstan -',
    ]);
    // with no contract told anywhere, a promise to supply is not one
    expect(records('Россия поставит 14 многоцелевых вертолетов Ми-17В-5 для ВВС Казахстана.').map(line)).toEqual([
      'proposed 14 Mi-17V-5 Russia→Kazakhstan -',
    ]);
    expect(records('Turkey will purchase 32 Mi-28 from Russia, a newspaper reports.').map(line)).toEqual(['proposed 32 Mi-28 Russia→Turkey -']);
  });

  it('tells deliveries, plans and fleets apart from contracts', () => {
    expect(records('Россия передала Египту первые три вертолета Ка-52.').map(line)).toEqual(['delivered 3 Ka-52 Russia→Egypt -']);
    expect(records('Алжир планирует приобрести 12 вертолетов Ми-28НЭ.').map(line)).toEqual(['proposed 12 Mi-28NE Russia→Algeria -']);
    expect(records('На вооружении Шри-Ланки находятся 13 вертолетов Ми-17.')).toEqual([]);
  });

  it('reads "контракт на 42 вертолета" from the headline, and the year "в 2013 году"', () => {
    const list = article('С Алжиром заключен контракт на 42 вертолета Ми-28НЭ', ['Контракт подписан в 2013 году, сообщил источник.']);
    expect(list.map(line)).toEqual(['signed 42 Mi-28NE Russia→Algeria 2013']);
  });

  it('reads "N из M заказанных" as the order for M, and M told with a delivery alone as no contract', () => {
    expect(records('Армия Перу приняла первые восемь из 24 заказанных вертолетов Ми-171Ш.').map(line)).toEqual(['signed 24 Mi-171Sh Russia→Peru -']);
    expect(records('Армия Перу приняла восемь из 24 вертолетов Ми-171Ш.')).toEqual([]);
  });

  it('takes Russian buyers at home for Russia: the state leasing company, the emergencies ministry, the defence ministry in the dative', () => {
    expect(records('«Вертолеты России» подписали с ГТЛК договор на поставку 12 вертолетов Ансат.').map(line)).toEqual(['signed 12 Ansat Russia→Russia -']);
    expect(records('Контракт заключен. МЧС в 2024-2025 годах получит четыре вертолета Ми-38.').map(line)).toEqual(['signed 4 Mi-38 Russia→Russia -']);
    expect(records('Ранее был заключен контракт с МЧС на шесть новейших Ми-38 с поставками в 2025-2026 годах.').map(line)).toEqual(['signed 6 Mi-38 Russia→Russia -']);
    expect(records('По контракту «Вертолеты России» поставят Минобороны 30 Ми-28Н.').map(line)).toEqual(['signed 30 Mi-28N Russia→Russia -']);
  });

  it('keeps a ministry told with Russia as the other side another country’s', () => {
    expect(records('Министерство обороны заключило с Россией контракт на 14 вертолетов Ми-17В-5.').map((r) => r.recipient)).not.toContain('Russia');
  });

  it('reads “две первые машины” as part of an order, and “получит N в 2019 году” as a year’s deliveries', () => {
    expect(records('Контракт подписан, две первые машины Ми-38 МЧС получит в 2025 году.').map((r) => r.status)).toEqual(['delivered']);
    expect(records('Минобороны получит 14 вертолетов Ка-52 в 2019 году.').map((r) => r.status)).not.toContain('signed');
  });

  it('takes helicopters listed as the ones repaired (“among them two Mi-17-1V and two Mi-17”) for no sale', () => {
    expect(records('Under the contract, specialists will repair the fleet for three years, among them two Mi-17-1V and two Mi-17.')).toEqual([]);
  });

  it('takes a company from Inner Mongolia for a Chinese buyer, not the country Mongolia', () => {
    expect(records('«Вертолеты России» подписали контракт с компанией из Внутренней Монголии на поставку двух вертолетов Ми-171.').map(line)).toEqual([
      'signed 2 Mi-171 Russia→China -',
    ]);
  });

  it('takes "14 таких машин" for the type told before it', () => {
    expect(records('Казахстан получил вертолет Ми-17В-5.', 'Минобороны Казахстана заключило с Россией контракт на 14 таких машин.').map(line)).toEqual([
      'signed 14 Mi-17V-5 Russia→Kazakhstan -',
    ]);
  });

  it('reads digits with a case ending ("2-х", "5-ти") and the defence ministry in lower case', () => {
    expect(records('Подписан контракт на поставку 2-х вертолетов Ми-38Т для минобороны России.').map(line)).toEqual(['signed 2 Mi-38T Russia→Russia -']);
    expect(records('Заключен договор на поставку 5-ти вертолетов Ансат для минобороны Лаоса.').map(line)).toEqual(['signed 5 Ansat Russia→Laos -']);
  });

  it('reads what an enterprise or a ministry did in the neuter past ("поставило", "заказало")', () => {
    expect(records('Предприятие выполнило обязательства по контракту и поставило заказчику из Лаоса три вертолета Ка-226Т.').map((r) => r.status)).toEqual(['delivered']);
    expect(records('Министерство обороны Лаоса заказало шесть вертолетов Ми-17В-5.').map(line)).toEqual(['signed 6 Mi-17V-5 Russia→Laos -']);
  });

  it('keeps a supply promised for a month ("в декабре", "к концу года") a delivery schedule, not a contract', () => {
    expect(records('Уже в декабре Россия поставит ВВС Лаоса шесть вертолетов Ми-171Ш.').map((r) => r.status)).not.toContain('signed');
    expect(records('К концу этого года Лаос получит четыре вертолета Ми-35.').map((r) => r.status)).not.toContain('signed');
    expect(records('По словам командира, к концу года ожидается поставка четырех вертолетов Ми-35.').map((r) => r.status)).not.toContain('signed');
  });

  it('never takes "Республики" for Korea: "ВВС Республики Беларусь" are Belarus', () => {
    const list = records(
      'В часть ВВС и войск ПВО Республики Беларусь поступило шесть вертолетов Ми-8МТВ-5. Они являются второй партией контракта на поставку двенадцати вертолетов Ми-8МТВ-5, подписанного с холдингом «Вертолеты России».',
    );
    expect(list.map(line)).toEqual(['delivered 6 Mi-17V-5 Russia→Belarus -', 'signed 12 Mi-17V-5 Russia→Belarus -']);
  });
});

describe('what a year belongs to', () => {
  it('takes the year of the signing over the year of delivery in one sentence', () => {
    expect(records('Russia will supply four Mi-171E to Laos in 2022 under a contract signed at MAKS-2021.').map(line)).toEqual(['signed 4 Mi-171E Russia→Laos 2021']);
  });

  it('reads a year that only the parties’ long names keep apart from "signed … in"', () => {
    expect(records('A contract signed between the government of Laos and the Russian state arms exporter Rosoboronexport in 2014 foresaw delivery of 12 Mi-35M.').map(line)).toEqual(['signed 12 Mi-35M Russia→Laos 2014']);
  });

  it('takes the year of "Подписание прошло на форуме «Армия-2019»" for the contract just told', () => {
    expect(records('Холдинг «Вертолеты России» подписал с Минобороны Лаоса контракт на поставку 12 вертолетов Ми-8МТВ-5. Подписание прошло на форуме «Армия-2019».').map(line)).toEqual([
      'signed 12 Mi-17V-5 Russia→Laos 2019',
    ]);
  });

  it('dates "have sealed a contract" and what the next sentence says "under the agreement" by the article’s date', () => {
    expect(article('x', ['The army and Rosoboronexport have sealed a contract for the supply of 10 Mi-17V-5 to Laos.'], '2011-05-28').map(line)).toEqual(['signed 10 Mi-17V-5 Russia→Laos 2011']);
    const list = article('x', ['The ministry of defence of Laos has placed an order worth $900 million for 16 new Russian helicopters.', 'Under the agreement, Laos will get 12 Mi-28N attack helicopters and 4 Mi-26T2 transports.'], '2014-03-11');
    expect(list.filter((r) => r.status === 'signed').map(line)).toEqual(['signed 12 Mi-28N Russia→Laos 2014', 'signed 4 Mi-26T2 Russia→Laos 2014']);
    // with no news of a signing before it, "under the agreement" is no reason to take the page's year
    expect(article('x', ['Laos already flies Mi-17 helicopters.', 'Under the agreement, Laos will get 12 Mi-28N attack helicopters.'], '2014-03-11').map((r) => r.year)).toEqual([null]);
  });

  it('lets a year the text states for the deal replace the page’s date, and merges the deal told twice', () => {
    const list = article('Laos orders four Mi-26T2', ['Laos has signed a contract with Russian Helicopters for four Mi-26T2 heavy helicopters.', 'According to the procurement register, the contract was signed on 17 April 2016.'], '2024-04-26');
    expect(list.map(line)).toEqual(['signed 4 Mi-26T2 Russia→Laos 2016']);
  });
});

describe('what is not a deal', () => {
  it('reads a fleet "which consists of" a number of types as a fleet', () => {
    expect(records('The deal will see the two aircraft join the Laotian fleet, which consists of one Mi-17 and six Mi-8T transports.').map((r) => r.quantity)).not.toContain(1);
  });

  it('reads helicopters "unloaded" at a port as a delivery, and a government that "decided to buy" as a plan', () => {
    expect(records('Six Mi-17 were unloaded at the port of Vientiane as part of a larger deal with Moscow.').map((r) => r.status)).toEqual(['delivered']);
    expect(records('The government of Laos decided to buy three Mi-171E helicopters.').map((r) => r.status)).toEqual(['proposed']);
  });
});

describe('who buys, and for whom', () => {
  it('takes the country helicopters are bought for as the recipient, also where later sentences name only the one that pays', () => {
    const list = article('Russia delivered 12 Mi-17V-5 to the United States for Afghanistan', ['In 2011 an agreement was signed to deliver another 21 Mi-17V-5 to the United States.']);
    expect(list.map(line)).toEqual(['delivered 12 Mi-17V-5 Russia→Afghanistan -', 'signed 21 Mi-17V-5 Russia→Afghanistan 2011']);
    expect(list[1]!.evidence.find((e) => e.field === 'recipient' && e.says.includes('pays'))?.says).toBe('recipient Afghanistan: United States pays for them');
  });

  it('reads a contract "with the Ministry of Defense" of a Russian maker as a Russian order, for the type it names', () => {
    const list = records('Russian Helicopters signed a contract with the Ministry of Defense for two Mi-38 helicopters. The ministry has already received two Mi-38T.');
    expect(list.filter((r) => r.status === 'signed').map(line)).toEqual(['signed 2 Mi-38 Russia→Russia -']);
  });

  it('reads Russian companies and entities abroad as the buyers they are', () => {
    expect(records('Kamov has received a firm order for 50 Ka-226 from Gazpromavia.').map(line)).toEqual(['signed 50 Ka-226 Russia→Russia -']);
    expect(records('The Republic of Srpska bought three Ansat helicopters for its police.').map(line)).toEqual(['signed 3 Ansat Russia→Bosnia and Herzegovina -']);
  });

  it('never takes the country an ambassador is posted to for the buyer', () => {
    const list = records('Laos cancelled the deal with Russia for 16 Mi-17 helicopters, the Laotian ambassador to the United States said.');
    expect(list.map((r) => r.recipient)).not.toContain('United States');
  });

  it('knows the Chinese Mi-26 written with a Latin C, and the Mi-28NM', () => {
    expect(records('China ordered 3 Mi-26TC heavy helicopters.').map(line)).toEqual(['signed 3 Mi-26TS Russia→China -']);
    expect(records('The ministry ordered 12 Mi-28NM helicopters for the Russian Aerospace Forces.').map((r) => r.model)).toEqual(['Mi-28NM']);
  });
});

describe('more that is not a deal', () => {
  it('reads helicopters retired, or flown on trial, as a fleet', () => {
    expect(records('Laos has officially retired the six Ka-32 helicopters it acquired in 2006.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('Russian Helicopters and the airline signed an agreement on pilot operation of two Mi-171A2 by the airline.').filter((r) => r.status === 'signed')).toEqual([]);
  });

  it('reads "о поставке в Лаос первых двух вертолетов" as a delivery', () => {
    expect(records('Холдинг сообщил о поставке в Лаос первых двух вертолетов Ми-26Т2.').map((r) => r.status)).toEqual(['delivered']);
  });
});

describe('numbers and years as reports write them', () => {
  it('reads types written in quotes: "34 вертолетов «Ми-17» и 3-х «Ми-26Т»"', () => {
    expect(records('Были подписаны контракты на поставку в Лаос 34 вертолетов «Ми-17» и 3-х транспортных «Ми-26Т».').map(line)).toEqual([
      'signed 34 Mi-17 Russia→Laos -',
      'signed 3 Mi-26T Russia→Laos -',
    ]);
  });

  it('reads an agreement on "the first two" of an order as a tranche, not a contract of two', () => {
    expect(records('Холдинг и лаосская компания подписали соглашение о поставке двух первых вертолетов Ансат.').filter((r) => r.status === 'signed')).toEqual([]);
  });

  it('reads "a contract for the Mi-26TS heavy transport helicopter" as one', () => {
    expect(records('The plant and a Laotian company have signed a contract for the Mi-26TS heavy transport helicopter.').map(line)).toEqual(['signed 1 Mi-26TS Russia→Laos -']);
  });

  it('takes the year of "a ceremony to mark that" at ARMY-2020, and "in August 2019" after a delivery date', () => {
    expect(records('Russian Helicopters signed a contract with Laos for two Mi-38. A ceremony to mark that was held at the forum “ARMY-2020”.').map(line)).toEqual(['signed 2 Mi-38 Russia→Laos 2020']);
    expect(records('The Laotian Defense Ministry awarded a contract for delivery of 12 Mi-28NE attack helicopters by 2027 in August 2019.').map(line)).toEqual(['signed 12 Mi-28NE Russia→Laos 2019']);
  });
});

describe('what the seventh batch of reports taught', () => {
  it('reads "86 вертолётов типа Ми-8" and the year of "Соответствующий контракт … был подписан … 2014 г."', () => {
    expect(records('Холдинг заключил с лизинговой компанией Лаоса договор на поставку 86 вертолётов типа Ми-8.').map((r) => [r.quantity, r.model])).toEqual([[86, 'Mi-8']]);
    expect(records('Авиакомпания Лаоса купила вертолет Ми-8МТВ-1. Соответствующий контракт на поставку машины был подписан 29 января 2014 г.').map(line)).toEqual(['signed 1 Mi-8MTV-1 Russia→Laos 2014']);
  });

  it('keeps a headline that signs a contract signed when the article plans more of another size', () => {
    expect(article('Laos signed a contract for two Mi-8MTV-1', ['Laos plans to receive 30 more Mi-8 helicopters in 2026.']).filter((r) => r.quantity === 2).map((r) => r.status)).toEqual(['signed']);
  });

  it('reads helicopters "available with" a force as a fleet, "expecting orders" and "в стадии подписания" as plans, "over the last 13 years" as a total', () => {
    expect(records('Of the 21 Mi-17 available with the Laotian Air Force only 10 were operational.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('The plant was expecting orders for a further 20 Mi-171 from Laos.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('Сейчас в стадии подписания находится контракт на поставку Лаосу пяти вертолетов Ка-32.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('Laos has ordered 27 Ka-28 naval helicopters over the last 13 years.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('Минобороны Лаоса рассчитывает до конца 2016 года получить шесть вертолетов Ми-8МТВ-5 в рамках контракта на поставку 12 таких машин.').filter((r) => r.status === 'signed').map((r) => r.quantity)).toEqual([12]);
  });

  it('reads "военное ведомство" of a Russian report as the Russian defence ministry', () => {
    expect(records('Ранее сообщалось, что военное ведомство заказало 98 вертолетов Ми-28НМ.').map(line)).toEqual(['signed 98 Mi-28NM Russia→Russia -']);
  });

  it('takes the country helicopters are ordered "for the needs of" as the recipient', () => {
    expect(records('In 2011 the United States ordered 63 Mi-17V-5 from Russia for the needs of the National Air Corps of Afghanistan.').map(line)).toEqual(['signed 63 Mi-17V-5 Russia→Afghanistan 2011']);
  });

  it('reads a contract signed for "the first batch of four" as a contract for four, with the year of the forum where "Документ утвердили"', () => {
    const list = records('Министерство обороны Лаоса подписало контракт на поставку первой партии из четырёх вертолётов Ми-35М. Документ утвердили во время форума «Армия-2020».');
    expect(list.map(line)).toEqual(['signed 4 Mi-35M Russia→Laos 2020']);
  });
});

describe('what the eighth batch of reports taught', () => {
  it('takes the country bought for as the recipient when the buyer is named before it ("procured by the US for Afghanistan")', () => {
    const list = article('Helicopters procured by the US for Afghanistan', ['In 2011 the US government signed a contract with Rosoboronexport for 63 Mi-17V-5.']);
    expect(list.map(line)).toEqual(['signed 63 Mi-17V-5 Russia→Afghanistan 2011']);
  });

  it('never takes "U.S.-origin" helicopters, or a plan, for a country paying for another', () => {
    const list = article('Laos seeks support', ['Laos is seeking logistics support for its Mi-17 and for U.S.-origin aircraft.', 'In 2009 Laos bought 10 Mi-17 helicopters from Russia.']);
    expect(list.map(line)).toEqual(['signed 10 Mi-17 Russia→Laos 2009']);
  });

  it('reads "twelve helicopters (Mi-8MTV-5)" and "an Uzbek order"', () => {
    expect(records('Under the contract the Defence Ministry of Laos will receive twelve helicopters (Mi-8MTV-5).').map((r) => [r.quantity, r.model])).toEqual([[12, 'Mi-17V-5']]);
    expect(article('Uzbek order for Mi-35s confirmed', ['A contract was inked between the two countries for 12 Mi-35 helicopters.']).map((r) => r.recipient)).toEqual(['Uzbekistan']);
  });

  it('reads "expects to close a contract", "were to be purchased" and "дала добро" as plans', () => {
    expect(records('Rostec said it expects to close a new contract for 48 Mi-17V-5 for Laos soon.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('Fifteen Mi-17 helicopters were to be purchased next year for Laos.').filter((r) => r.status === 'signed')).toEqual([]);
    expect(records('НАТО дала добро на поставку Россией в Лаос 21 вертолета Ми-17.').filter((r) => r.status === 'signed')).toEqual([]);
  });

  it('reads a year’s defence order ("заказа на 2017 год поставит") as deliveries, to the Russian armed forces', () => {
    const list = records('Завод в рамках государственного оборонного заказа на 2017 год поставит Вооруженным Силам России 12 вертолетов Ка-52.');
    expect(list.filter((r) => r.status === 'signed')).toEqual([]);
    expect(list.map((r) => r.recipient)).toEqual(['Russia']);
  });

  it('reads "завершили передачу 31 вертолета по контракту" as a delivery', () => {
    expect(records('«Вертолеты России» завершили передачу 31 вертолета Ансат по контракту с лизинговой компанией Лаоса.').map((r) => r.status)).toEqual(['delivered']);
  });

  it('takes the year of "Новый контракт был заключен … «Армия-2015»" three sentences on, and of "the contract signed in 2013" for the headline’s deal', () => {
    expect(
      records('Минобороны Лаоса подписало контракт на производство 12-ти вертолетов Ми-8МТВ-5. Поставки планируются в 2016 и 2017 годах. Сотрудничество началось еще в 2009 году. Новый контракт был заключен в ходе форума «Армия-2015».').map(line),
    ).toEqual(['signed 12 Mi-17V-5 Russia→Laos 2015']);
    expect(article('Russia fulfills contract on delivering 6 Mi-26T2 helicopters to Laos', ['The sixth was delivered in early 2016.', 'So, the contract signed in 2013 has been fulfilled, the source said.']).map(line)).toEqual([
      'signed 6 Mi-26T2 Russia→Laos 2013',
    ]);
  });

  it('reads "the initial contract for six" as six of the type sold, and the type "речь идет о" names after a lead-in', () => {
    expect(records('Rostvertol confirmed that Mi-26T2 helicopters have been sold to Laos. The initial contract for six was agreed in June 2013.').map(line)).toEqual([
      'signed 6 Mi-26T2 Russia→Laos 2013',
    ]);
    expect(
      records('Премьер Лаоса утвердил контракт на покупку трех вертолетов Ми-17.', 'По данным издания, речь идет о транспортных вертолетах Ми-171 производства Улан-Удэ.').map((r) => r.model),
    ).toEqual(['Mi-171']);
  });
});


describe('the year of a signing, as reports date it', () => {
  it('dates "the 10.5 billion-peso ($205 million) contract … was signed in November", told in March, to the November before', () => {
    const list = article('Manila to go ahead with a deal for 16 military transport helicopters from Russia', [
      'MANILA -- The government will proceed with a deal to buy 16 military transport helicopters from Russia that was signed before the war, the minister said on Tuesday.',
      'The 10.5 billion-peso ($205 million) contract to acquire Mi-17 helicopters was signed in November and a first payment followed in January.',
    ], '2022-03-08');
    expect(list.map(line)).toEqual(['signed 16 Mi-17 Russia→Philippines 2021']);
  });

  it('takes "сообщил о заключении контрактов на поставку" as the signing the article reports, in the year of its date', () => {
    const list = article('Лизинговая компания получит вертолеты', ['Холдинг в среду сообщил о заключении твердых контрактов с ГТЛК на поставку 12 вертолетов Ми-8АМТ.'], '2016-12-30');
    expect(list.map(line)).toEqual(['signed 12 Mi-8AMT Russia→Russia 2016']);
  });

  it('takes a year that opens the sentence ("В сентябре 2012 года … заявил, что … подписала") however far the signing is', () => {
    const list = records('В сентябре 2012 года заместитель генерального директора «Рособоронэкспорта» заявил журналистам на выставке, что госкомпания подписала с Ганой контракт на поставку шести вертолетов Ми-171Ш.');
    expect(list.map(line)).toEqual(['signed 6 Mi-171Sh Russia→Ghana 2012']);
  });

  it('reads "In the same year" as the year the paragraph named last, unless that was a span of years', () => {
    expect(records('For instance, in 2005, Kazan supplied two Ansat helicopters to the police of Laos. In the same year, the Ulan-Ude plant won a contract to supply three Mi-171 helicopters to Nepal.').filter((r) => r.status === 'signed').map(line)).toEqual([
      'signed 3 Mi-171 Russia→Nepal 2005',
    ]);
    expect(records('That order was completed in 2012-2013. The same year, a further contract was signed with Nepal for 20 Mi-17V-5.').map(line)).toEqual(['signed 20 Mi-17V-5 Russia→Nepal -']);
  });
});

describe('a buyer the article named before', () => {
  it('is the recipient of a signing that names none ("было подписано предприятием")', () => {
    const list = records('Авиакомпания «ЮТэйр» обновит парк вертолетов в ближайшие годы.', 'Соглашение о покупке 30 вертолетов Ми-8АМТ было подписано предприятием с холдингом «Вертолеты России» в 2019 году.');
    expect(list.map(line)).toEqual(['signed 30 Mi-8AMT Russia→Russia 2019']);
    expect(list[0]!.evidence.find((e) => e.field === 'recipient')).toMatchObject({ quote: '«ЮТэйр»', where: 'earlier in the article' });
  });
});

describe('what the ninth batch of reports taught', () => {
  const signed = (list: ContractRecord[]) => list.filter((r) => r.status === 'signed').map(line);

  it('reads "already operate three Mi-17s" and "its fleet comprises 19 Mi-17" as fleets', () => {
    expect(signed(records('The army of Laos already operate three Mi-17s bought in the past.'))).toEqual([]);
    expect(signed(records('In May the air force said its fleet comprises 19 Mi-17 helicopters and two Mi-8T.'))).toEqual([]);
  });

  it('reads money lent to buy helicopters as a plan, not a purchase', () => {
    expect(signed(records('The president approved a $2 billion loan to allow Laos to purchase 14 Russian helicopters and four patrol boats.'))).toEqual([]);
    expect(signed(records('The renewed credit line will be used to buy 8 Mi-171 helicopters.'))).toEqual([]);
  });

  it('reads a drafted contract, one close to being finalised, an order one is ready to make and one that "will be ordered" as plans', () => {
    expect(signed(records('The two governments have drafted a contract for 12 Mi-171 helicopters and expect it to be signed within weeks.'))).toEqual([]);
    expect(signed(records('Nepal is close to finalizing a second contract for another 20 Mi-17V-5 helicopters.'))).toEqual([]);
    expect(signed(records('Nepal will be ready to make an order for 20 more Mi-17V-5.'))).toEqual([]);
    expect(signed(records('The 20 more Mi-17s will be ordered under an option in the first contract.'))).toEqual([]);
  });

  it('keeps "ещё шесть Ми-17 заказаны" a Mi-17 after two Mi-17V5 handed over to another unit', () => {
    const list = records('Два вертолета Ми-17В5 переданы авиагруппе ВВС Перу в Лиме. Еще шесть Ми-17 заказаны для другой авиагруппы.');
    expect(signed(list)).toEqual(['signed 6 Mi-17 Russia→Peru -']);
  });

  it('never takes a decade ("in the 2000s") for the year of a signing', () => {
    expect(records('In the 2000s the Red Crescent of Laos purchased five Mi-171 helicopters.').map((r) => r.year)).toEqual([null]);
    expect(records('В 2000-х годах Лаос закупил пять вертолетов Ми-171.').map((r) => r.year)).toEqual([null]);
  });

  it('never reads the number of a slashed family ("the Mi-8/17/171 platform") as a count', () => {
    expect(records('A source confirmed the contract; the machines are on the Mi-8/17/171 platform.').filter((r) => r.quantity !== null)).toEqual([]);
  });

  it('takes the one country the opening names as the buyer of "the government has ordered"', () => {
    const list = records('Laos: March 10, 2003', 'The government has ordered 42 Mi-171 helicopters. They are roughly equal to the American UH-1.');
    expect(list.map(line)).toEqual(['signed 42 Mi-171 Russia→Laos -']);
    expect(list[0]!.evidence.find((e) => e.field === 'recipient')?.says).toBe('recipient Laos: the one country named besides the supplier');
  });

  it('reads "a contract on sale of the second Mi-26TC" and "Контракт на поставку вертолета" after its type as contracts for one', () => {
    expect(records('In November 2008 a contract on sale of the second Mi-26TC to a Chinese air carrier was signed.').map(line)).toEqual(['signed 1 Mi-26TS Russia→China 2008']);
    const list = records('Холдинг поставил в КНР тяжелый вертолет Ми-26ТС.', 'Контракт на поставку вертолета был заключен холдингом и китайской компанией Sky Lift Co Ltd. в 2015 г.');
    expect(signed(list)).toEqual(['signed 1 Mi-26TS Russia→China 2015']);
  });

  it('reads "вертолетов Ми-8 модели АМТШ" as the Mi-8AMTSh', () => {
    expect(records('Министерство обороны заключило контракт на поставку 20 вертолетов Ми-8 модели АМТШ.').map((r) => r.model)).toEqual(['Mi-8AMTSh']);
  });
});

describe('what the tenth batch of reports taught', () => {
  it('reads a purchase told in reported speech ("said it would spend … to buy 20") as a commitment, and a supply so told as a plan', () => {
    const bought = records('The Pentagon said on Monday that it would spend $300 million to buy 20 Mi-17 helicopters for the Afghan army under a contract with Rosoboronexport.');
    expect(bought.map(line)).toEqual(['signed 20 Mi-17 Russia→Afghanistan -']);
    expect(records('The president announced that the US would supply 8 Mi-17 helicopters to Laos.').filter((r) => r.status === 'signed')).toEqual([]);
  });

  it('reads "a contract for delivery of a … Ka-32A11BC helicopter fitted with" in the singular as one', () => {
    expect(records('The holding and the fire service of Minsk have signed a contract for delivery of Russian-produced fire-fighting Ka-32A11BC helicopter fitted with a water cannon.').map((r) => r.quantity)).toEqual([1]);
  });

  it('reads helicopters that "находятся в вертолетном парке" of a company as a fleet', () => {
    const list = records('Китайская компания заключила контракт на покупку вертолета Ми-26ТС в 2014 году. Еще два вертолета Ми-26ТС находятся в вертолетном парке другой компании.');
    expect(list.filter((r) => r.status === 'signed').map(line)).toEqual(['signed 1 Mi-26TS Russia→China 2014']);
  });

  it('dates "says the $249 million contract … was signed in November", told in March, to the November before', () => {
    const list = article('Manila to go ahead with helicopter deal', ['MANILA — The government says it will proceed with a deal to purchase 16 military transport helicopters from Russia that was signed before the war. The defense chief says the $230 million contract to acquire Mi-17 helicopters was signed in November.'], '2022-03-08');
    expect(list.map(line)).toEqual(['signed 16 Mi-17 Russia→Philippines 2021']);
  });
});

describe('what the eleventh batch of reports taught', () => {
  const signed = (list: ContractRecord[]) => list.filter((r) => r.status === 'signed').map(line);

  it('reads helicopters "to be ordered", "claims of an order" and Russian approvals of money or of a purchase as plans', () => {
    expect(signed(records('Of the 30 Mi-17V-5 helicopters to be ordered, 20 would go to the air force of Nepal.'))).toEqual([]);
    expect(signed(records('Asked about claims of a $1 billion order for 40 Mi-17 helicopters for Laos, he said nothing was official.'))).toEqual([]);
    expect(signed(records('В 2019 году министерство обороны Лаоса одобрило выделение средств на закупку в России восьми Ка-31.'))).toEqual([]);
    expect(signed(records('Приобретение еще двух вертолетов Ми-171Ш для Лаоса было одобрено в июле.'))).toEqual([]);
  });

  it('reads one number for two types as neither’s, also with a nickname in Russian quotes between them', () => {
    expect(signed(records('Лаос получит от России 40 боевых вертолётов Ми-35 и «Ночной охотник» Ми-28.'))).toEqual([]);
  });

  it('takes the buyer from the headline when the helicopters are "взятых из наличия ВВС РФ"', () => {
    const list = article('Лаос купил в России вертолеты', ['Первый договор на поставку 12 Ми-24, взятых из наличия ВВС РФ и отремонтированных, был заключен в 2011 году.']);
    expect(signed(list)).toEqual(['signed 12 Mi-24 Russia→Laos 2011']);
  });

  it('reads "ранее" in Russian as a deal of the past, as "earlier" in English: it takes no year from the deal told before it', () => {
    const list = records('Минобороны Лаоса в 2016 году подписало контракт на 6 вертолетов Ми-17В-5. Ранее Лаос заказал 4 вертолета Ми-17В-5.');
    expect(list.filter((r) => r.quantity === 4).map((r) => r.year)).toEqual([null]);
  });
});

describe('deals told by their progress, their two sides and their end', () => {
  const signed = (list: ContractRecord[]) => list.filter((r) => r.status === 'signed').map(line);

  it('reads "concluded manufacturing" and a count "sold so far" as progress, not a signing', () => {
    expect(signed(article('Laos to get its Mi-35 soon', ['The plant has concluded manufacturing of 7 attack helicopters to be delivered to Laos.'], '2020-02-01'))).toEqual([]);
    expect(signed(article('Laos to get its Mi-35 soon', ['Mi-35 helicopters for Laos are built. Five helicopters have been sold so far, the source said.'], '2020-02-01'))).toEqual([]);
    expect(signed(records('Russia and Laos concluded a contract for 4 Mi-17.'))).toEqual(['signed 4 Mi-17 Russia→Laos -']);
  });

  it('takes the two sides of "a contract between Moscow and Vientiane provides for the supply of 12" from the maker, not the word order', () => {
    expect(signed(records('The contract signed in 2019 between Moscow and Vientiane provides for the supply of 12 Mi-35s.'))).toEqual(['signed 12 Mi-35 Russia→Laos 2019']);
  });

  it('reads helicopters that "were to be built" at home, and a number "according to the agreements", as no one deal', () => {
    expect(signed(records('Laos was supposed to get 20 ready-made Ka-226T, while 40 helicopters were to be built in Laos.'))).toEqual([]);
    expect(signed(records('According to the agreements between the two countries, 50 Mi-17V-5 helicopters will serve with the Laotian army.'))).toEqual([]);
  });

  it('reads talks "negotiated and signed" as signed, dated by the "Last year" that opens the sentence, not the delivery year', () => {
    const list = article('x', ['Last year, Rosoboronexport and the government of Laos negotiated and signed a new agreement for delivering an additional batch of 30 Mi-17V-5 helicopters in 2014.'], '2014-02-12');
    expect(signed(list)).toEqual(['signed 30 Mi-17V-5 Russia→Laos 2013']);
  });

  it('dates "заключённый в этом году" by the article, never by the delivery "до конца 2022 года", and reads a ФБУ as a Russian buyer', () => {
    const list = article('x', ['Контракт холдинга с ФБУ «Лесная авиация», заключённый в этом году, предусматривает поставку до конца 2022 года шести вертолетов Ми-8МТВ-1.'], '2021-05-10');
    expect(signed(list)).toEqual(['signed 6 Mi-8MTV-1 Russia→Russia 2021']);
  });

  it('reads a purchase dropped ("отказалась от закупки 48") as a plan, unless the article tells its agreement concluded', () => {
    expect(signed(records('Лаос отказался от закупки у России 48 вертолетов Ми-17В-5.'))).toEqual([]);
    const cancelled = records('Лаос отказался от покупки 16 вертолетов Ми-17 из-за санкций.', 'Соглашение о поставках вертолетов заключили в ноябре 2021 года.');
    expect(signed(cancelled)).toEqual(['signed 16 Mi-17 Russia→Laos 2021']);
    expect(cancelled[0]!.evidence.find((e) => e.field === 'status')).toMatchObject({ says: 'signed: a contract now being cancelled', quote: 'заключили' });
  });
});

describe('Russia’s own buyers and sales that are not yet made', () => {
  const signed = (list: ContractRecord[]) => list.filter((r) => r.status === 'signed').map(line);

  it('reads the defence ministry in every case ("с Министерством обороны РФ") and the forest fire service as Russian buyers', () => {
    expect(signed(records('Холдинг подписал контракт с Министерством обороны РФ на поставку двух вертолетов Ми-38.'))).toEqual(['signed 2 Mi-38 Russia→Russia -']);
    expect(signed(records('Kazan Helicopters signed a contract with the Federal Forestry Agency Avialesookhrana for the supply of six Mi-8MTV-1 helicopters.'))).toEqual(['signed 6 Mi-8MTV-1 Russia→Russia -']);
  });

  it('reads a country in the dative after a supply ("на поставку … Лаосу") as the one supplied, not the side that signed', () => {
    const list = records('Поставки шли по контрактам между «Рособоронэкспортом» и министерством обороны США.', 'В 2014 году с США было подписано соглашение на поставку еще 12 вертолетов Ми-17В-5 Лаосу.');
    expect(signed(list)).toEqual(['signed 12 Mi-17V-5 Russia→Laos 2014']);
  });

  it('reads an auction for the sale of three helicopters as a plan', () => {
    expect(signed(records('The state property committee of Laos will hold an auction for the sale of three Mi-8MTV-1.'))).toEqual([]);
    expect(signed(records('Минобороны Лаоса объявило аукцион на продажу трех вертолетов Ми-8МТВ-1.'))).toEqual([]);
  });
});
