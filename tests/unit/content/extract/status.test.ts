import { describe, expect, it } from 'vitest';
import type { ContractRecord } from '../../../../src/lib/content/contract.ts';
import { extractContracts } from '../../../../src/lib/content/extract/index.ts';
import { findTypeMentions } from '../../../../src/lib/content/catalogue.ts';
import { clausesOf, splitSentences } from '../../../../src/lib/content/extract/sentences.ts';
import { cuesIn, governingCue } from '../../../../src/lib/content/extract/status.ts';

// Synthetic sentences, made up for the tests.
const records = (...paragraphs: string[]): ContractRecord[] => extractContracts({ id: 'synthetic', paragraphs }).records;
const statuses = (...paragraphs: string[]) => records(...paragraphs).map((r) => `${r.status} ${r.quantity} ${r.model}`);

/** The words that govern the last type in a one-sentence text. */
function governing(text: string): string | null {
  const [sentence] = splitSentences(text);
  const mention = findTypeMentions(text).pop();
  const cues = cuesIn(text, sentence!.start, sentence!.end);
  const found = governingCue(text, sentence!, clausesOf(sentence!), cues, mention!.start - 3, mention!.end);
  return found && `${found.cue.kind}: ${found.cue.text}`;
}

describe('governingCue', () => {
  it('takes the nearest verb of the type’s clause, and a proposal before it over everything', () => {
    expect(governing('Laos signed a contract for 12 Mi-17.')).toBe('signed: signed');
    expect(governing('The contract for 12 Mi-17 covers spares.')).toBe('signed: contract for');
    expect(governing('Laos may sign a contract for 12 Mi-17.')).toBe('proposed: may sign');
    expect(governing('Russia delivered 12 Mi-17 to Laos.')).toBe('delivered: delivered');
    expect(governing('Laos, which operates 30 Mi-8, ordered 12 Mi-17.')).toBe('signed: ordered');
  });

  it('makes "a contract for N" the contract’s size whatever the main verb says', () => {
    expect(governing('Russia delivered the last four, the final batch of a contract for 48 Mi-17.')).toBe('signed: contract for');
    expect(governing('Россия приступила к исполнению контракта на поставку Китаю 18 Ми-171Ш.')).toMatch(/^signed: контракта на поставку/);
  });
});

describe('status', () => {
  it('drops fleets in service, export totals and specifications', () => {
    expect(records('Egypt operates 40 Mi-17 helicopters.')).toEqual([]);
    expect(records('India has 12 Mi-35 in service.')).toEqual([]);
    expect(records('More than 800 Mi-17 have been exported worldwide.')).toEqual([]);
    expect(records('The Mi-26 can carry up to 82 paratroopers over 590 km.')).toEqual([]);
    expect(records('Today the air force has 20 Mi-17 at its disposal, and only five of them fly.')).toEqual([]);
    expect(records('В распоряжении ВВС Лаоса 20 вертолетов Ми-17.')).toEqual([]);
  });

  it('takes the part of a fleet told as ordered in a given year for that year’s order', () => {
    expect(records('Laos operates about 10 Mi-24/35s, including six Mi-35M ordered in 2014.').map((r) => `${r.status} ${r.quantity} ${r.model} ${r.year}`)).toEqual(['signed 6 Mi-35M 2014']);
    expect(statuses('Laos flies six Mi-35M, which were ordered in 2014.')).toEqual(['signed 6 Mi-35M']);
    // a place, not a year: the receipt of what was ordered is a delivery
    expect(statuses('The ministry announced the receipt of three new Mi-17-1V ordered in Russia.')).toEqual(['delivered 3 Mi-17-1V']);
    expect(records('Laos operates six Mi-35M bought in the 1990s.')).toEqual([]);
  });

  it('reads a purchase "in the near future" as a plan, and two more "in a few weeks" as a delivery under way', () => {
    expect(statuses('Глава Минобороны Лаоса заявил о покупке в ближайшее время 10 вертолетов Ми-17 у России.')).toEqual(['proposed 10 Mi-17']);
    expect(statuses('Laos took delivery of six Mi-17. Ещё два Ми-17 будут поставлены через несколько недель.')).toEqual(['delivered 6 Mi-17', 'delivered 2 Mi-17']);
  });

  it('reads "мы поставим в 2016 году" as the schedule of a contract, and a talk "with no official announcement" as no contract', () => {
    expect(statuses('Лаос заключил контракт на поставку семи вертолетов Ка-226Т. «Пять Ка-226Т мы поставим в 2016 году, а еще два — в 2017», — сказал он.')).toEqual([
      'signed 7 Ka-226T',
      'delivered 5 Ka-226T',
    ]);
    expect(statuses('Идет речь о закупке еще 59 вертолетов Ми-17, однако никаких официальных объявлений по этому поводу не было.')).toEqual(['proposed 59 Mi-17']);
  });

  it('reads a contract of a year being carried out, "исполнение контракта 2008 года на поставку 12", as that contract, whatever may happen', () => {
    expect(records('До конца года Россия может завершить исполнение контракта 2008 года на поставку в Лаос 12 вертолетов Ми-35.').map((r) => `${r.status} ${r.quantity} ${r.model} ${r.year}`)).toEqual(['signed 12 Mi-35 2008']);
  });

  it('reads "ожидает поставку" as a delivery, and what is left of helicopters "sold as replacement parts" as no deal', () => {
    expect(statuses('Минобороны Лаоса в 2017 году ожидает поставку 14 вертолетов Ка-52.')).toEqual(['delivered 14 Ka-52']);
    expect(statuses('What remains of the three Mi-26 of Laos will be sold as replacement parts, the ministry said.')).toEqual([]);
  });

  it('reads "a process to buy" and "there will be a procurement agreement" as plans', () => {
    expect(statuses('Laos has expedited a process to buy two Mi-17V-5 helicopters.')).toEqual(['proposed 2 Mi-17V-5']);
    expect(records('Laos army to buy 4 Mi-17V-5', 'Once the cabinet agrees, there will be a procurement agreement.').map((r) => `${r.status} ${r.quantity} ${r.model}`)).toEqual(['proposed 4 Mi-17V-5']);
  });

  it('reads "agreed to sell" as a deal agreed', () => {
    expect(statuses('Russia agreed to sell the Lao military 10 helicopters, including one Mi-26T.')).toEqual(['signed 1 Mi-26T']);
  });

  it('reads an option told after the number as the option’s, not the contract’s', () => {
    expect(statuses('Первым заказчиком Ка-226Т стала компания из Лаоса, заключившая в 2012 г. контракт на семь таких машин с опционом еще на пять.')).toEqual(['signed 7 Ka-226T']);
    expect(statuses('The first customer for the Ka-226T is a firm from Laos, which signed a contract for seven such machines with an option for five more helicopters.')).toEqual([
      'signed 7 Ka-226T',
      'proposed 5 Ka-226T',
    ]);
  });

  it('reads "a contract for the first batch of four" as a contract for four, with or without a verb', () => {
    expect(statuses('The main ones are a contract for trucks and a contract for the first batch of four Mi-35M helicopters.')).toEqual(['signed 4 Mi-35M']);
    expect(statuses('Russia handed over the first batch of four Mi-35M helicopters.')).toEqual(['delivered 4 Mi-35M']);
  });

  it('reads a headline’s "to purchase" as a plan when the article signs nothing but a later agreement', () => {
    expect(records('Laos army to purchase 12 Mi-8s of new type', 'In two weeks Laos will sign an agreement for the purchase of four Yak-130.').map((r) => `${r.status} ${r.quantity} ${r.model}`)).toEqual(['proposed 12 Mi-8']);
  });

  it('reads a contract being terminated, or told to cover a number, as a contract of that size', () => {
    expect(statuses('The new government decided to terminate a contract with a Russian firm for the purchase of 16 Mi-17 for Laos.')).toEqual(['signed 16 Mi-17']);
    expect(statuses('An official later said the contract was to cover delivery of 30 Mi-17V-5 to Laos.')).toEqual(['signed 30 Mi-17V-5']);
  });

  it('reads a pending acquisition as a plan, and a share "with the balance in" another place as part of it', () => {
    expect(statuses('Work goes on around the pending acquisition of 197 Ka-226T for the air force of Laos. The deal envisages 60 examples being built in Russia, and the balance in Laos.')).toEqual([
      'proposed 197 Ka-226T',
      'delivered 60 Ka-226T',
    ]);
  });

  it('reads a report denied as no contract, wherever the denial stands in the sentence', () => {
    expect(statuses('Reports that Russia will supply Laos with another 42 Mi-17V-5 are incorrect, an official said.')).toEqual(['proposed 42 Mi-17V-5']);
    expect(statuses('The ministry denied that Laos had signed a contract for 12 Ka-52.')).toEqual(['proposed 12 Ka-52']);
    expect(statuses('Сообщения о том, что Россия поставит Лаосу еще 42 вертолета Ми-17В-5, являются некорректными.')).toEqual(['proposed 42 Mi-17V-5']);
  });

  it('reads deliveries of part of an order as deliveries: the first four, the second batch, N of M', () => {
    expect(statuses('Rostvertol handed over the last five Mi-28NE to Laos.')).toEqual(['delivered 5 Mi-28NE']);
    expect(statuses('Laos will receive the first four Mi-171Sh next month.')).toEqual(['delivered 4 Mi-171Sh']);
    expect(statuses('Russia will hand over the second batch of three Ka-52 in August.')).toEqual(['delivered 3 Ka-52']);
    expect(statuses('Russia has supplied 148 Mi-17V-5 out of 151 under the contract.')).toEqual(['delivered 148 Mi-17V-5']);
    expect(statuses('Russia will deliver 15 Ka-52 to Laos by the end of this year.')).toEqual(['delivered 15 Ka-52']);
  });

  it('reads a promise to supply as a contract, unless it is part of an order told in the article', () => {
    expect(statuses('Russia will supply 4 Mi-171E to Laos under a contract signed at the show.')).toEqual(['signed 4 Mi-171E']);
    expect(statuses('Laos signed for 12 Mi-35M.', 'Russia will supply four Mi-35M to Laos in 2017.')).toEqual(['signed 12 Mi-35M', 'delivered 4 Mi-35M']);
  });

  it('reads offers, talks, plans, tenders, bounds and possible purchases as proposed', () => {
    expect(statuses('In 2020 Russia offered 12 Ka-52 to Laos.')).toEqual(['proposed 12 Ka-52']);
    expect(statuses('Serbia is in talks to buy four Mi-35M.')).toEqual(['proposed 4 Mi-35M']);
    expect(statuses('Laos could order 11 Mi-28NE.')).toEqual(['proposed 11 Mi-28NE']);
    expect(statuses('Laos will soon sign a contract to receive 80 Mi-17.')).toEqual(['proposed 80 Mi-17']);
    expect(statuses('Laos agreed on the sale of up to 20 Mi-35M.')).toEqual(['proposed 20 Mi-35M']);
    expect(statuses('Croatia is preparing to supply Ukraine with 14 Mi-8.')).toEqual(['proposed 14 Mi-8']);
    expect(statuses('The agreement of intent was signed. We are talking about the supply of 10 Mi-171A2.')).toEqual(['proposed 10 Mi-171A2']);
    expect(statuses('Индия ведет переговоры о закупке 48 вертолетов Ми-17В-5.')).toEqual(['proposed 48 Mi-17V-5']);
  });

  it('makes no contract of history told over a span of years, nor of an upgrade of helicopters already owned', () => {
    expect(records('Laos bought 11 Mi-8 and 24 Mi-17 between 1994 and 2002.')).toEqual([]);
    expect(records('The ministry signed a contract to upgrade 15 Mi-171Sh by 2026.')).toEqual([]);
    expect(records('Завод заключил контракты на модернизацию 19 вертолетов. Для монгольского заказчика семь машин, для белорусского - 12 машин.')).toEqual([]);
  });

  it('keeps a type named only to compare or replace out of the deal', () => {
    expect(statuses('Laos ordered 10 Mi-171 to replace 12 Mi-8 in 2019.')).toEqual(['signed 10 Mi-171']);
    expect(statuses('Laos signed for 24 Mi-171Sh, the export version of the Mi-8AMTSh.')).toEqual(['signed 24 Mi-171Sh']);
  });
});
