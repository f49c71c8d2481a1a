// Stage 5: parties. The countries and organisations a sentence names, with the part the words
// around each give it, and from them the supplier and the recipient of a record.

import { wordSpans } from './letters.ts';
import { parseNumber } from './numbers.ts';
import { scannerFor, type PatternMatch } from './vocabulary/alternation.ts';
import { lastParagraphOnce, startsWord, type Span } from './sentences.ts';
import { firstAtOrAfter } from './status.ts';
import { COUNTRIES, RU_ADJECTIVE_ENDINGS } from './vocabulary/countries.ts';
import { FORCES, ORGANISATIONS, RU_FORCES_BEFORE } from './vocabulary/organisations.ts';

/**
 * The part a country plays in a sentence:
 * - `recipient`: "to Egypt", "for the Indian Air Force", "supply Egypt with", "поставит Китаю";
 * - `party`: a buyer named as such: "the Egyptian Air Force", "Bangladesh's Air Force",
 *   "Egypt ordered", "ВВС Алжира", "китайской стороне";
 * - `supplier`: "from Russia", "Russia delivered", "из России";
 * - `counterpart`: the other side of a signing: "with China", "с Китаем";
 * - `location`: "in China", "в Китае" (weak);
 * - `descriptive`: "Russian-made", "Chinese versions" (never a party).
 */
export type Role = 'recipient' | 'party' | 'supplier' | 'counterpart' | 'location' | 'descriptive';

/** A country named in a sentence. Offsets are into the paragraph. */
export interface CountryMention {
  country: string;
  start: number;
  end: number;
  text: string;
  role: Role;
  /** Named with a force or a ministry ("the Russian Defence Ministry", "ВВС Алжира"): a buyer even when it is the seller's own country. */
  forces: boolean;
  /** Named after "for" or "для": when another country is supplied too, this one uses what it pays for. */
  user?: boolean;
}

/** An organisation named in a sentence. */
export interface OrganisationMention {
  name: string;
  country: string;
  side: 'seller' | 'buyer';
  start: number;
  end: number;
  text: string;
}

type FormKind = 'name' | 'adjective' | 'capital' | 'ru-name' | 'ru-adjective' | 'acronym';
interface Form {
  country: string;
  kind: FormKind;
  /** Tokens in the form. */
  length: number;
}

const lower = (s: string) => s.toLowerCase().replaceAll('ё', 'е');

/** Every form, by its lower-cased tokens joined by one space; acronyms are matched as written. */
function buildForms(): { byPhrase: Map<string, Form>; acronyms: Map<string, Form> } {
  const byPhrase = new Map<string, Form>();
  const acronyms = new Map<string, Form>();
  const add = (phrase: string, country: string, kind: FormKind) => {
    const words = phrase.replace(/^the /i, '').split(/\s+/);
    if (words.length === 1 && /^[\p{Lu}.]{2,}$/u.test(phrase)) {
      acronyms.set(phrase.replace(/\.$/, ''), { country, kind: 'acronym', length: 1 });
      return;
    }
    const key = lower(words.join(' ').replace(/’/g, "'"));
    if (!byPhrase.has(key)) byPhrase.set(key, { country, kind, length: words.length });
  };
  for (const c of COUNTRIES) {
    add(c.name, c.name, 'name');
    for (const name of c.names ?? []) add(name, c.name, 'name');
    for (const adjective of c.adjectives ?? []) add(adjective, c.name, 'adjective');
    for (const capital of c.capitals ?? []) add(capital, c.name, 'capital');
    for (const joined of (c.ru ?? '').split(' ').filter(Boolean)) {
      const form = joined.replaceAll('_', ' '); // "Южная_Корея": one name of two words
      if (/^[А-ЯЁ]{2,}$/.test(form)) add(form, c.name, 'acronym');
      else add(form, c.name, 'ru-name');
    }
    if (c.ruAdjective) for (const ending of RU_ADJECTIVE_ENDINGS) add(c.ruAdjective + ending, c.name, 'ru-adjective');
  }
  add('Southern Sudan', 'South Sudan', 'name');
  add('Turkiye', 'Turkey', 'name');
  add('Celestial Kingdom', 'China', 'name');
  // a region of China, not the country Mongolia: "компания из Внутренней Монголии"
  for (const form of ['Внутренняя Монголия', 'Внутренней Монголии', 'Внутреннюю Монголию', 'Внутренней Монголией']) add(form, 'China', 'ru-name');
  return { byPhrase, acronyms };
}
const { byPhrase: FORMS, acronyms: ACRONYMS } = buildForms();
/** The last two letters of every Russian adjective stem ("китайск", "турецк"): a lower-case word with none of them is no country's adjective, and is not looked up. */
const ADJECTIVE_STEM_ENDS = [...new Set(COUNTRIES.flatMap((c) => (c.ruAdjective ? [c.ruAdjective.slice(-2)] : [])))];
const mayBeAdjective = (word: string) => ADJECTIVE_STEM_ENDS.some((end) => word.includes(end));
/** The first word of every form, and the most words a form starting with it has. */
const FIRST_WORDS = new Map<string, number>();
for (const phrase of FORMS.keys()) {
  const words = phrase.split(' ');
  FIRST_WORDS.set(words[0]!, Math.max(FIRST_WORDS.get(words[0]!) ?? 0, words.length));
}
const wordKey = (word: string) => lower(/['’][sS]$/.test(word) ? word.slice(0, -2) : word);

/**
 * What a word is to the country forms: its two keys, as a name's last word (no possessive) and
 * as a word inside one, the most words a form starting with it has (0: it starts none), and the
 * Russian adjective it is, if one. Kept, as words repeat.
 */
interface WordKeys {
  last: string;
  inner: string;
  longest: number;
  adjective: Form | undefined;
}
const keyCache = new Map<string, WordKeys>();
const KEY_CACHE_SIZE = 20_000;
function keysOf(word: string): WordKeys {
  let keys = keyCache.get(word);
  if (!keys) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    const last = wordKey(word);
    const inner = lower(word.replace('’', "'"));
    const form = FORMS.get(last);
    keys = { last, inner, longest: Math.max(FIRST_WORDS.get(last) ?? 0, FIRST_WORDS.get(inner) ?? 0), adjective: form?.kind === 'ru-adjective' ? form : undefined };
    keyCache.set(word, keys);
  }
  return keys;
}


const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Organisations' names start a word, or a quote: «Рособоронэкспорт». */
const scanOrganisations = scannerFor(
  ORGANISATIONS.map((o) => o.pattern),
  (text, at) => startsWord(text, at) || /["«“„]/.test(text[at]!),
);

/** The organisations a paragraph names, in order; where two names overlap, the one listed first counts. */
const paragraphOrganisations = lastParagraphOnce((text: string): OrganisationMention[] => {
  const byOrganisation = ORGANISATIONS.map((): PatternMatch[] => []);
  for (const match of scanOrganisations(text)) byOrganisation[match.pattern]!.push(match);
  const found: OrganisationMention[] = [];
  byOrganisation.forEach((matches, index) => {
    const org = ORGANISATIONS[index]!;
    for (const { start, end, text: name } of matches) {
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ name: org.name, country: org.country, side: org.side, start, end, text: name });
    }
  });
  found.sort((a, b) => a.start - b.start);
  return found;
});

/** The organisations a sentence names, in order. */
export function organisationsIn(text: string, sentence: Span): OrganisationMention[] {
  const all = paragraphOrganisations(text);
  const found: OrganisationMention[] = [];
  for (let i = firstAtOrAfter(all, sentence.start); i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) found.push(all[i]!);
  return found;
}

/** Auxiliaries and adverbs between a subject and its verb: "Egypt has also ordered". */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|also|already|reportedly|recently|just|finally|officially|now|been|then|currently|itself|to|set|going|due|soon|agreed|decided|promised|pledged|undertook|committed|уже|также|тоже|недавно|официально)$/i;
/** A country followed by one of these is the buyer's side ("Egypt ordered"); a signer is too ("Pakistan signed"), unless it is the seller's country. */
const BUYER_VERB =
  /^(?:sign|signs|signed|inked|conclud\w*|подписал\p{L}*|заключил\p{L}*|order\w*|buy\w*|bought|purchas\w*|acqui\w*|receiv\w*|took|tak\w+|get|gets|got|procur\w*|obtain\w*|want\w*|plan\w*|intend\w*|seek\w*|consider\w*|получ\p{L}*|закуп\p{L}*|заказ\p{L}*|приобр\p{L}*|купи\p{L}*|намерен\p{L}*|планир\p{L}*)$/iu;
const SELLER_VERB =
  /^(?:deliver\w*|suppl\w*|sell\w*|sold|export\w*|offer\w*|hand\w*|transfer\w*|ship\w*|provid\w*|постав\p{L}*|переда\p{L}*|прода\p{L}*|предлож\p{L}*|экспорт\p{L}*)$/iu;
const RU_SUPPLY_BEFORE = /(?<![\p{L}])(?:поставк|постав(?:ит|ят|ил|или|ила|ило|ляет|ляют|ить)|передач|переда(?:ст|дут|л|ли|ла|ть)|продаж|прода(?:ст|дут|л|ли|ла|ть))\p{L}*(?![\p{L}])/u;
const TO_WORDS = /^(?:to|for|into|toward|towards)$/i;
const SUPPLY_VERB = /^(?:supply|supplies|supplied|supplying|equip|equips|equipped|arm|arms|armed|provide|provides|provided|постав\p{L}*|переда\p{L}*|прода\p{L}*|продаж\p{L}*)$/iu;
const LOCATION_WORDS = /^(?:in|at|inside|across|near|within|around|throughout)$/i;
const EVENT_AFTER = /^\s*(?:\d{4}\s+)?(?:Air ?show|Airshow|Air Show|Salon|Expo|exhibition|Exhibition|Forum|forum|Summit|summit|Games)\b/;
const EVENT_BEFORE = /(?:Airshow|Air Show|Expo|Salon)\s+$/;
/** Forces and ministries that buy: unlike "side" or "partners", they make even the seller's own country a buyer. */
const BUYER_FORCES = /^\s+(?:Air Forces?|Navy|Naval Forces|Army|National Army|National Police|Security Forces|Armed Forces|Defen[cs]e Department|Department of Defen[cs]e|Aerospace Forces|Border Guard|Coast Guard|National Guard|Ministry of Defen[cs]e|Defen[cs]e Ministry|Interior Ministry|Ministry of (?:the )?Interior|Emergencies Ministry|government|Police|military(?![-\p{L}])(?!\s+(?:helicopter|aircraft|equipment|technical|cooperation|hardware|product|industr|transport|version|variant|export|sale|deal|contract|market)))\b/u;
/** After "Russia's": a buyer of its own ("Russia's Defence Ministry", "Russia's air ambulance"). */
const OWN_BUYER_AFTER = /^\s*(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|army|Army|armed forces|Armed Forces|Aerospace Forces|air force|Air Force|navy|Navy|air ambulance|National Air Ambulance|Emergencies Ministry|police|government|regions)\b/;
const SELLER_ORG_AFTER = /^\s*(?:state|arms|Rosoboronexport|Russian Helicopters|Rostec|Kazan|Ulan-Ude|Rostvertol|defen[cs]e industry|helicopter (?:maker|industry|manufacturer))/i;
const RU_ACCUSATIVE_TO = /(?:й|т|р|д|к|н|л|с|ш|ю|у|ь|ан)$/i;

/** "из наличия ВВС", "from the stocks of the Air Force of": where helicopters are taken from, before a country. */
const FROM_STOCK_BEFORE = /(?:(?<![\p{L}])(?:из|с)\s+(?:наличия|состава|запасов|резерва|вооружения|арсенал\p{L}*)\s+(?:ВВС|ВКС|армии|Минобороны|министерства обороны|вооруж[её]нных сил)|\bfrom (?:the )?(?:stocks?|inventory|reserves?) of (?:the )?(?:Air Force|Army|armed forces|Defen[cs]e Ministry) of (?:the )?)\s+$/iu;

/** The countries a sentence names, each with its part. Organisation names are not countries ("Russian Helicopters"). */
/** Before a country named as where something happens, not as a buyer or a seller. */
const WHERE_EVENTS_ARE =
  /(?:crisis|war|conflict|invasion|fighting|hostilities|situation|events|tensions?|кризис\p{L}*|войн\p{L}*|конфликт\p{L}*|событи\p{L}*)\s+(?:(?:in|on|of|over|with|around|between|в|на|вокруг|между)\s+)(?:the\s+)?$|(?:crisis|war|conflict|tensions?|кризис\p{L}*|войн\p{L}*|конфликт\p{L}*)\s+(?:between|между)\s+\p{L}+\s+(?:and|и)\s+$/iu;

export function countriesIn(text: string, sentence: Span, exclude: readonly { start: number; end: number }[]): CountryMention[] {
  const words = wordSpans(text, sentence.start, sentence.end);
  const found: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // a word in lower-case Latin or a number starts no name: every form but a Russian adjective is capitalised
    const first = word.text.charCodeAt(0);
    if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) continue;
    let form: Form | undefined;
    let length = 1;
    if (first >= 0x430 && first <= 0x45f) {
      // lower-case Cyrillic: only a Russian adjective, one word ("китайской")
      form = mayBeAdjective(word.text) ? keysOf(word.text).adjective : undefined;
    } else if (ACRONYMS.has(word.text) || (word.text.endsWith('.') && ACRONYMS.has(word.text.slice(0, -1)))) {
      form = ACRONYMS.get(word.text) ?? ACRONYMS.get(word.text.slice(0, -1));
    } else {
      for (let n = Math.min(keysOf(word.text).longest, words.length - i); n >= 1 && !form; n--) {
        const tokens = words.slice(i, i + n);
        // a possessive ends a name ("Egypt's"); inside one it is part of it ("People's Republic of China")
        const phrase = tokens.map((w, k) => (k === n - 1 ? keysOf(w.text).last : keysOf(w.text).inner)).join(' ');
        const candidate = FORMS.get(phrase);
        if (candidate && candidate.length === n) {
          form = candidate;
          length = n;
        }
      }
    }
    if (!form) continue;
    if (exclude.some((x) => x.start < words[i + length - 1]!.end && word.start < x.end)) continue;
    if (form.kind !== 'ru-adjective' && form.kind !== 'acronym' && !capitalised(word.text)) continue;
    // "US$ 150 million", "U.S. dollars": a currency, not a party
    if (form.country === 'United States' && /^\s*(?:\$|dollars?\b)/i.test(text.slice(words[i + length - 1]!.end, words[i + length - 1]!.end + 9))) continue;
    const last = words[i + length - 1]!;
    const start = word.start;
    const end = last.end;
    const after = text.slice(end, Math.min(sentence.end, end + 40));
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    // "the crisis in Ukraine", "between Russia and Ukraine", "the Ukraine crisis": a place in the news, not a party to a deal
    if (WHERE_EVENTS_ARE.test(before) || /^\s*(?:crisis|war|conflict)(?![\p{L}])/iu.test(after)) {
      i += length - 1;
      continue;
    }
    // "ordered by Russian natural gas giant Gazprom": a company of the seller's country buying
    const companyBuyer = /\b(?:by|for|to)\s+(?:the\s+)?$/i.test(before) && /^\s*(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|operator|carrier|airline|giant|corporation)\b/u.test(after);
    const forces = companyBuyer || BUYER_FORCES.test(after) || (/['’]s$/.test(last.text) && OWN_BUYER_AFTER.test(after)) || RU_FORCES_BEFORE.test(before) || /^\s+(?:армии|армия|ВВС|ВКС|министерств\p{L}*|правительств\p{L}*|вооруж\p{L}* сил\p{L}*)/u.test(after);
    // "взятых из наличия ВВС РФ": helicopters taken from a force's stock; that country supplies them
    const stock = FROM_STOCK_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start));
    const mention: CountryMention = {
      country: form.country,
      start,
      end,
      text: text.slice(start, end),
      role: stock ? 'supplier' : roleOf(text, sentence, words, i, i + length, form),
      forces: forces && !stock,
      user: USER_BEFORE.test(text.slice(Math.max(sentence.start, start - 80), start)) && !/^[-–]/.test(after),
    };
    found.push(mention);
    i += length - 1;
  }
  // A Russian region, or a Russian buyer named with no country ("to the Defense Ministry" in a
  // Russian report): the seller's own country buys.
  // A ministry told with Russia as the other side ("заключило с Россией") is another country's.
  const withRussia = (c: CountryMention) => c.role === 'counterpart' && /(?:^|\s)(?:с|со|with)\s+$/iu.test(text.slice(Math.max(sentence.start, c.start - 6), c.start));
  const russiaSells = found.some((c) => c.country === 'Russia' && (c.role === 'supplier' || withRussia(c)));
  for (const pattern of MAY_NAME_RUSSIAN_BUYER.test(sentence.text) ? [RUSSIAN_REGION, ...(russiaSells ? [] : [RUSSIAN_BUYER])] : []) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
      const name = m.slice(1).find((group) => group !== undefined) ?? '';
      const start = sentence.start + m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      if (found.some((c) => c.start < end + 12 && start - 12 < c.end)) continue;
      found.push({ country: 'Russia', start, end, text: text.slice(start, end), role: 'recipient', forces: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "… to the United States for Afghanistan", "… США … для Афганистана": the country that uses them. */
const USER_BEFORE = /(?:^|[^\p{L}])(?:for|для)\s+(?:the\s+)?(?:(?:needs|use) of\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+){0,4}(?:of\s+(?:the\s+)?)?)?$|(?:^|[^\p{L}])для нужд\s+(?:\p{L}+\s+){0,3}$/iu;

/** Words without which a sentence names no Russian region or buyer: the two scans below are skipped. */
const MAY_NAME_RUSSIAN_BUYER = /Territory|Krai|Kray|Oblast|Region|кра[йяюе]|област|Ministry|Forces|forces|troops|[Мм]инобороны|ВКС|МЧС|Росгварди|армии|войск|Министерство обороны|ведомство|Вооруж/u;
/** "to the Primorsky Territory", "Приморскому краю": a region of Russia. */
const RUSSIAN_REGION =
  /(?<![\p{L}])(?:to|for|in)\s+(?:the\s+)?(\p{Lu}\p{L}+(?:sk|sky|skiy|skaya|ka|ye|ia|ya)\s+(?:Territory|Krai|Kray|Oblast|Region))(?![\p{L}])|(?<![\p{L}])(?:для|в|во)\s+(\p{Lu}\p{L}+(?:ск|цк)\p{L}*\s+(?:кра[йяюе]|област[ьиью]))(?![\p{L}])|(?<![\p{L}])(\p{Lu}\p{L}+(?:ск|цк)(?:ому|ой)\s+(?:краю|области))(?![\p{L}])/gu;
/** A buyer named with no country: in a report about a Russian supplier, Russia's own. */
const RUSSIAN_BUYER =
  /(?<![\p{L}])(?:(?:to|for|with)\s+the\s+(?:Russian\s+)?|^(?:The\s+)?)(Defen[cs]e Ministry|Ministry of Defen[cs]e|Armed Forces|armed forces|Aerospace Forces|troops|Emergencies Ministry|Ministry of Emergency Situations)(?!\s+of\b)|(?<![\p{L}])(?:для|в интересах|с|со|постав(?:ит|ят|ил|или|ила|ило|ляет|ляют))\s+([Мм]инобороны|ВКС|МЧС|Росгвардии|российской армии|войск|Вооруж[её]нным [Сс]илам(?: России| РФ)?)(?!\s+\p{Lu}\p{Ll})|(?<![\p{L}])постав\p{L}*\s+(?:в|во)\s+(войска)(?![\p{L}])|(?:^|[.,:]\s+)(?:что\s+)?([Мм]инобороны|МЧС|Росгвардия|Министерство обороны|[Вв]оенное ведомство|[Оо]боронное ведомство)(?:\s+(?:России|РФ))?(?:\s+в\s+[^,.;]{1,30}?)?\s+(?:получит|получило|получил[аи]?|закупит|закупило|заказало|приобрет[её]т|приобрело|заключило|подписало)(?![\p{L}])/gu;

function roleOf(text: string, sentence: Span, words: Span[], from: number, to: number, form: Form): Role {
  const first = words[from]!;
  const last = words[to - 1]!;
  const after = text.slice(last.end, Math.min(sentence.end, last.end + 40));
  const before = text.slice(Math.max(sentence.start, first.start - 40), first.start);
  if (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before)) return 'location';
  // "the Philippine Ambassador to the United States", "посол в США": a post, not a party to the deal
  if (/(?:ambassador|envoy|embassy|consul|посол\p{L}*|посольств\p{L}*)\s+(?:to|in|at|в|во)\s+(?:the\s+)?$/iu.test(before)) return 'location';
  const possessive = /['’]s$/.test(last.text);
  const forceAfter = FORCES.test(after) || /^\s+(?:стороне|сторона|стороной|стороны|армии|армия|ВВС|военн\p{L}*|заказчик\p{L}*|министерств\p{L}*|правительств\p{L}*|партн[её]р\p{L}*|компани\p{L}*|авиакомпани\p{L}*|заказчик\p{L}*)/u.test(after);
  const forceBefore = RU_FORCES_BEFORE.test(before) || /(?:Ministry of (?:Defen[cs]e|the Interior|Interior)|Air Force|Navy|Army|Armed Forces|government) of (?:the )?$/i.test(before);
  const isAdjective = form.kind === 'adjective' || form.kind === 'ru-adjective';
  // "a company from Inner Mongolia", "компанией из Казахстана": the buyer's home, not the seller's
  if (/(?:company|firm|operator|customer|компани\p{L}*|фирм\p{L}*|оператор\p{L}*|заказчик\p{L}*)\s+(?:from|из)\s+(?:the\s+)?$/iu.test(before)) return 'party';
  // "taken from the stocks of the Russian Air Force": where they come from
  if (/\bfrom\b[^,;]{0,30}$/i.test(before) && !/\b(?:to|for)\s+(?:the\s+)?$/i.test(before)) return 'supplier';
  const lead = words.slice(Math.max(0, from - 2), from).map((w) => w.text);
  const toBefore = TO_WORDS.test(lead[lead.length - 1] ?? '') || (/^(?:the|its|their)$/i.test(lead[lead.length - 1] ?? '') && TO_WORDS.test(lead[lead.length - 2] ?? ''));
  if (isAdjective && forceAfter && toBefore) return 'recipient';
  // "the Russian side will supply", "Россия поставит": a seller, whatever names it
  const next = wordsAfter(text, last.end, sentence.end).slice(forceAfter ? 1 : 0);
  const verbAt = next.findIndex((w) => !AUXILIARY.test(w) && !/^(?:side|сторона|Air|Force|Ministry|of|Defen[cs]e)$/i.test(w));
  const verb = verbAt === -1 ? undefined : next[verbAt];
  // "… between Moscow and Abuja provides for the supply of 12": the contract provides, no seller
  const providesFor = verb !== undefined && /^provid/i.test(verb) && /^for$/i.test(next[verbAt + 1] ?? '');
  if (verb && SELLER_VERB.test(verb) && !providesFor && !/^(?:to|для)$/i.test(words[from - 1]?.text ?? '')) return 'supplier';
  if (possessive && SELLER_ORG_AFTER.test(after)) return 'supplier';
  if (possessive && OWN_BUYER_AFTER.test(after)) return 'party';
  if (isAdjective && !forceAfter) {
    // "Russian-made", "Chinese versions", "the Chinese company": describes, does not take part
    if (/^\s*(?:(?:[\p{Ll}-]+\s+){0,3}(?:company|firm|operator|carrier|airline|giant|corporation|customer|client|buyer)|junta|regime|military|forces|troops|police|стороне|заказчик)/iu.test(after)) return 'party';
    // "an Uzbek order for Mi-35s", "the Indian deal": the buyer's
    if (/^\s*(?:order|orders|contract|contracts|deal|purchase|acquisition|requirement)\b/i.test(after)) return 'party';
    return 'descriptive';
  }

  // the words right before: a preposition or a verb
  const previous = words.slice(Math.max(0, from - 3), from).map((w) => w.text);
  const p1 = previous[previous.length - 1] ?? '';
  const p2 = previous[previous.length - 2] ?? '';
  const skipThe = /^(?:the|its|their)$/i.test(p1) ? p2 : p1;
  if (TO_WORDS.test(skipThe) || /\b(?:on behalf of|in the interests of|for the needs of)\s+(?:the\s+)?$/i.test(before)) return 'recipient';
  if (/^(?:для)$/i.test(p1) || /^(?:для)$/i.test(p2)) return 'recipient';
  if (/^from$/i.test(skipThe) || /^(?:из|от)$/i.test(p1)) return 'supplier';
  // "закупило у Украины": bought from (not "у Украины есть", has)
  if (/^у$/i.test(p1) && BUYER_VERB.test(p2)) return 'supplier';
  if (/^(?:with|between|and)$/i.test(skipThe) || /^(?:с|со|между)$/i.test(p1)) return forceAfter || possessive ? 'party' : 'counterpart';
  if (/^(?:в|во)$/i.test(p1)) {
    // "в Китай", "в Индию" go there; "в Китае", "в Индии" are there
    if (form.kind === 'ru-name' && !RU_ACCUSATIVE_TO.test(first.text) && !/^(?:Перу|Мали|Бангладеш|Никарагуа|Зимбабве)$/.test(first.text)) return 'location';
    return 'recipient';
  }
  if (LOCATION_WORDS.test(skipThe)) return forceAfter ? 'party' : 'location';
  if (SUPPLY_VERB.test(p1)) return 'recipient';
  // "на поставку еще 30 вертолетов Ми-17В-5 Афганистану": a country in the dative (no preposition
  // before it) after a supply is the one supplied
  if (form.kind === 'ru-name' && /у$/u.test(first.text) && !/^\p{Ll}{1,3}$/u.test(p1) && RU_SUPPLY_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 120), first.start))) return 'recipient';
  // "to get Iraq twenty-two Mi-17", "buy Afghanistan 12": the country the number is got for
  if (/^(?:get|buy|procure|purchase)$/i.test(p1) && startsWithNumber(after)) return 'recipient';
  if (forceAfter || forceBefore) return 'party';
  if (possessive) return 'counterpart';

  // the subject: "Egypt ordered", "Казахстан получит", "Pakistan signed"
  if (verb && BUYER_VERB.test(verb)) return 'party';
  return 'counterpart';
}

/** Whether text starts, after spaces, with a number in digits or words ("22", "twenty-two"). */
function startsWithNumber(text: string): boolean {
  const word = /^\s+([\p{L}\p{N}]+(?:-[\p{L}]+)?)/u.exec(text)?.[1];
  return word !== undefined && parseNumber(word) !== null;
}

function wordsAfter(text: string, from: number, to: number): string[] {
  return wordSpans(text, from, Math.min(to, from + 60)).slice(0, 5).map((w) => w.text);
}

/** The supplier and recipient a record takes from its sentence, with the words each rests on. */
export interface Parties {
  supplier: { country: string; quote: string } | null;
  orgs: OrganisationMention[];
  /** `weak` when only "with X" or "in X" names it: an explicit buyer told before outranks it. */
  recipient: { country: string; quote: string; weak: boolean } | null;
  /** "supplied the United States … for Afghanistan": the country that pays, when the recipient is another. */
  payer: { country: string; quote: string } | null;
}

const RANK: Record<Role, number> = { recipient: 0, party: 1, counterpart: 2, location: 3, supplier: 9, descriptive: 9 };

/**
 * The parties a sentence states for a type at `at` (or for the sentence as a whole): the
 * supplier from a selling organisation or a country in the supplier's part, else `maker`; the
 * recipient from the country nearest the type in the best part (to/for before a buyer named
 * as such, before the other side of a signing, before a place), never the supplier unless it
 * is named as the buyer ("the Russian Defence Ministry").
 */
export function partiesOf(
  countries: readonly CountryMention[],
  orgs: readonly OrganisationMention[],
  at: number | null,
  maker: string | null,
): Parties {
  const sellers = orgs.filter((o) => o.side === 'seller');
  const supplierOrg = sellers[0];
  const distance = (c: { start: number; end: number }) => (at === null ? c.start : c.start >= at ? c.start - at : (at - c.end) * 1.5);
  const supplierCountry = [...countries.filter((c) => c.role === 'supplier')].sort((a, b) => distance(a) - distance(b))[0];
  const supplier = supplierOrg
    ? { country: supplierOrg.country, quote: supplierOrg.text }
    : supplierCountry
      ? { country: supplierCountry.country, quote: supplierCountry.text }
      : null;
  const selling = supplier?.country ?? maker;
  const buyers = [
    // the seller's own country buys only when named as a buyer: "the Russian Defence Ministry"
    ...countries.filter((c) => c.role !== 'supplier' && c.role !== 'descriptive' && (c.country !== selling || ((c.role === 'party' || c.role === 'recipient') && c.forces))),
    ...orgs.filter((o) => o.side === 'buyer').map((o) => ({ country: o.country, start: o.start, end: o.end, text: o.text, role: 'party' as Role, forces: true })),
  ];
  // of two sides named alike ("agreements between the Kyrgyz armed forces and the Russian
  // Defence Ministry"), the seller's own country is the seller's side
  const own = (c: { country: string; role: Role }) => (c.role === 'party' && c.country === selling ? 1 : 0);
  const ranked = [...buyers].sort((a, b) => RANK[a.role] - RANK[b.role] || own(a) - own(b) || distance(a) - distance(b));
  let best = ranked[0];
  // one country supplied for another's use: the user is the recipient, the other pays
  const takesPart = (c: { role: Role }) => c.role === 'recipient' || c.role === 'party' || c.role === 'counterpart';
  const isUser = (c: object) => 'user' in c && c.user === true;
  let payer: (typeof buyers)[number] | null = null;
  if (best && !isUser(best) && (best.role === 'recipient' || best.role === 'party')) {
    const user = ranked.find((c) => takesPart(c) && isUser(c) && c.country !== best!.country && c.start > best!.start);
    if (user) [payer, best] = [best, user];
  } else if (best && isUser(best)) {
    // "procured by the US for Afghanistan": the buyer named nearest before the user pays
    payer = [...ranked].filter((c) => takesPart(c) && !isUser(c) && c.country !== best!.country && c.end <= best!.start).sort((a, b) => b.start - a.start)[0] ?? null;
  }
  return {
    supplier,
    orgs: sellers,
    recipient: best ? { country: best.country, quote: best.text, weak: best.role === 'counterpart' || best.role === 'location' } : null,
    payer: payer && { country: payer.country, quote: payer.text },
  };
}
