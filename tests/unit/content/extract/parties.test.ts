import { describe, expect, it } from 'vitest';
import { extractContracts } from '../../../../src/lib/content/extract/index.ts';
import { countriesIn, organisationsIn, partiesOf } from '../../../../src/lib/content/extract/parties.ts';
import { splitSentences } from '../../../../src/lib/content/extract/sentences.ts';

// Synthetic sentences, made up for the tests.
/** Each country the sentence names, with its part: "Egypt:recipient". */
function roles(text: string): string[] {
  const [sentence] = splitSentences(text);
  const orgs = organisationsIn(text, sentence!);
  return countriesIn(text, sentence!, orgs).map((c) => `${c.country}:${c.role}`);
}

/** The recipient the sentence states for a type at `at`, the seller's country given. */
function recipient(text: string, at = text.length): string | null {
  const [sentence] = splitSentences(text);
  const orgs = organisationsIn(text, sentence!);
  return partiesOf(countriesIn(text, sentence!, orgs), orgs, at, 'Russia').recipient?.country ?? null;
}

const records = (...paragraphs: string[]) => extractContracts({ id: 'synthetic', paragraphs }).records;

describe('countriesIn', () => {
  it('takes no party from a country named only as where a war or a crisis is', () => {
    const countries = (text: string) => roles(text).map((r) => r.split(':')[0]);
    expect(countries('The deal with Russia is on track despite the crisis in Ukraine.')).toEqual(['Russia']);
    expect(countries('It was signed before the Ukraine crisis, the minister said.')).toEqual([]);
    expect(countries('Only time will tell, given the conflict between Russia and Ukraine.')).toEqual([]);
    expect(countries('Сделка с Россией идет по плану, несмотря на кризис на Украине.')).toEqual(['Russia']);
  });

  it('reads a Russian name of two words as one name, and neither word alone as it', () => {
    const countries = (text: string) => roles(text).map((r) => r.split(':')[0]);
    expect(countries('Россия поставит Судану и Южному Судану по два вертолета Ми-17.')).toEqual(['Russia', 'Sudan', 'South Sudan']);
    expect(countries('ВВС Южной Кореи и Саудовской Аравии получат вертолеты.')).toEqual(['South Korea', 'Saudi Arabia']);
    expect(countries('ВВС Республики Беларусь получили вертолеты из Гвинеи.')).toEqual(['Belarus', 'Guinea']);
  });

  it('takes the country helicopters are bought for as the recipient, and the one that pays as the payer', () => {
    const [sentence] = splitSentences('Russia delivered 12 Mi-17V-5 to the United States for Afghanistan.');
    const text = sentence!.text;
    const parties = partiesOf(countriesIn(text, sentence!, []), [], text.indexOf('Mi-17'), 'Russia');
    expect([parties.recipient?.country, parties.payer?.country]).toEqual(['Afghanistan', 'United States']);
    expect(recipient('Rosoboronexport signed a contract for four Mi-171E for China and three Mi-8AMTSh for the Russian government.', 40)).toBe('China');
  });

  it('gives each country its part from the words around it', () => {
    expect(roles('Russia will deliver 10 Mi-17 to Egypt.')).toEqual(['Russia:supplier', 'Egypt:recipient']);
    expect(roles('Moscow will supply Cairo with 46 Ka-52.')).toEqual(['Russia:supplier', 'Egypt:recipient']);
    expect(roles('India signed a contract with Russia.')).toEqual(['India:party', 'Russia:counterpart']);
    expect(roles('Egypt ordered 10 Mi-17 from Russia.')).toEqual(['Egypt:party', 'Russia:supplier']);
    expect(roles('The Indian Air Force took delivery in Russia.')).toEqual(['India:party', 'Russia:location']);
    expect(roles('They are Russian helicopters and Chinese versions differ.')).toEqual(['Russia:descriptive', 'China:descriptive']);
    expect(roles('Rosoboronexport signed with Bangladesh’s Air Force.')).toEqual(['Bangladesh:party']);
  });

  it('reads Russian case forms: the dative and "для" give, "из" sells, "в Китай" goes, "в Китае" is a place', () => {
    expect(roles('Россия поставит Китаю 18 вертолетов.')).toEqual(['Russia:supplier', 'China:recipient']);
    expect(roles('Контракт на поставку для ВВС Аргентины.')).toEqual(['Argentina:recipient']);
    expect(roles('Вертолеты прибыли в Индию из России.')).toEqual(['India:recipient', 'Russia:supplier']);
    expect(roles('Вертолеты собирают в Китае.')).toEqual(['China:location']);
    expect(roles('Контракт подписан с китайской стороной.')).toEqual(['China:party']);
  });

  it('does not take an organisation, a currency or a show for a country', () => {
    expect(roles('Russian Helicopters paid US$ 5 million at the Dubai Airshow.')).toEqual([]);
    expect(roles('The deal was signed at Airshow China 2018.')).toEqual(['China:location']);
  });

  it('reads a Russian region and a Russian buyer named with no country as Russia', () => {
    expect(roles('The holding will supply three Ka-62 to the Primorsky Territory.')).toEqual(['Russia:recipient']);
    expect(roles('It will supply two Mi-38 to the Defense Ministry.')).toEqual(['Russia:recipient']);
  });
});

describe('partiesOf', () => {
  it('takes the country that signs as the buyer, before a country told only as interested', () => {
    expect(records('Laos is interested in the Mi-17. In 2004 Peru signed a contract for 16 more of them.').map((r) => r.recipient)).toEqual(['Peru']);
    expect(records('Лаос проявляет интерес к Ми-17. В 2004 г. Перу подписала контракт еще на 16 таких машин.').map((r) => r.recipient)).toEqual(['Peru']);
  });

  it('takes the country a number is got for, "to get Laos 22 Mi-17", as the recipient, not the payer', () => {
    expect(records('A contractor paid by the U.S. Army was hired to get Laos twenty-two Mi-17.').map((r) => r.recipient)).toEqual(['Laos']);
  });

  it('of two sides of an agreement named alike, takes the one that is not the seller’s own', () => {
    expect(recipient('Under the agreements between the General Staff of the Armed Forces of Laos and the Russian Ministry of Defence, two Mi-8MT were handed over.', 'Under the agreements between the General Staff of the Armed Forces of Laos and the Russian Ministry of Defence, two Mi-8MT'.length)).toBe('Laos');
    expect(recipient('Russia will deliver four Mi-171E for Laos and three Mi-8AMTSh for the Russian Defence Ministry.')).toBe('Russia');
  });

  it('takes the recipient nearest the type, the recipient part first', () => {
    expect(recipient('Russia delivered 10 Mi-17 to Egypt and 5 Ka-52 to Sudan.', 'Russia delivered 10 Mi-17'.length)).toBe('Egypt');
    expect(recipient('Russia delivered 10 Mi-17 to Egypt and 5 Ka-52 to Sudan.', 'Russia delivered 10 Mi-17 to Egypt and 5 Ka-52'.length)).toBe('Sudan');
    expect(recipient('Rosoboronexport signed a contract with the U.S. Army on supplying 21 Mi-17V-5 to Afghanistan.')).toBe('Afghanistan');
  });

  it('never makes the seller’s own country the buyer, unless it is named as one', () => {
    expect(recipient('Russia and Serbia signed a contract for 2 Mi-17V-5.')).toBe('Serbia');
    expect(recipient('Russia signed a contract for 2 Mi-17V-5.')).toBeNull();
    expect(recipient('The Russian Defence Ministry ordered 146 Ka-52.')).toBe('Russia');
  });

  it('takes the supplier from a selling organisation, and its organisations for the record', () => {
    const text = 'Motor Sich will supply 14 TV3-117 engines to Turkey.';
    const [sentence] = splitSentences(text);
    const orgs = organisationsIn(text, sentence!);
    const parties = partiesOf(countriesIn(text, sentence!, orgs), orgs, null, 'Russia');
    expect(parties.supplier?.country).toBe('Ukraine');
    expect(parties.orgs.map((o) => o.name)).toEqual(['Motor Sich']);
    expect(organisationsIn('«Вертолеты России» и «Рособоронэкспорт» подписали', { start: 0, end: 50, text: '«Вертолеты России» и «Рособоронэкспорт» подписали' }).map((o) => o.name)).toEqual([
      'Russian Helicopters',
      'Rosoboronexport',
    ]);
  });
});
