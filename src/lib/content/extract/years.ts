// Stage 6: the year a deal was signed, and its value. A year counts only when the words tie it
// to the signing ("signed in December 2009", "the 2008 contract", "at MAKS-2017", "in 2011 …
// was concluded", "подписан в 2013 году"); a year of delivery, of a deadline or of a start
// ("by 2022", "will begin in 2018", "до 2020 года", "since 1979") never does.

import { SIGNING_VERB } from './vocabulary/cues.ts';

/** A year tied to a signing, and the words that tie it. */
export interface SigningYear {
  year: number;
  quote: string;
  /** Offset of the year in the sentence. */
  at: number;
  /** The year names the deal itself: "the 2008 contract", "контракт 2012 года", "the first order, in 1998". */
  named?: boolean;
}

const YEAR = /(?:(?:MAKS|МАКС|Army|ARMY|Армия|АРМИЯ|HeliRussia|Airshow China|Dubai Airshow|Singapore Airshow|IDEX|LIMA|Aero India|Defexpo|Army Games)[- ]?)?((?:19[5-9]|20\d)\d)(?![\p{N}%]|,\d|\s*(?:hp|km|kg|horsepower|л\.\s?с\.)|['’]?s(?![\p{L}])|-(?:х|е|ых|ые|x)(?![\p{L}]))/gu;
/** The words before a year that make it anything but the signing's. */
const NOT_SIGNING_BEFORE = new RegExp(
  '(?:\\b(?:by|until|till|through|before|after|since|from|between|to|and|or|up to|end of|the end of|beginning of|period|deliver\\w*|supplied|received|receive|implemented|executed|fulfilled|completed|begin|began|begun|beginning|start\\w*|commenc\\w*|scheduled|expected|due|planned|will|would|arriv\\w*|handed|transferred|shipped|in service|operat\\w*|retire\\w*|built|made|produced|founded|established|first flight|flew)' +
    '|(?<![\\p{L}])(?:до|к|по|начиная с|после|с|поставк\\p{L}*|поставлен\\p{L}*|будут|будет|ожида\\p{L}*|планиру\\p{L}*|начн\\p{L}*|начал\\p{L}*|завершат\\p{L}*|завершит\\p{L}*|исполнени\\p{L}*|выполнен\\p{L}*|в течение|к концу|в период))' +
    '\\s+(?:(?:in|on|at|during|within|early|late|mid|the|of|\\d{1,2}|в|во|начале|конце|середине|начала|конца|середины|первом|втором)\\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)\\s+|\\d{1,2},?\\s+){0,3}$|[-–/]\\s*$',
  'iu',
);
/** A year right after another ("2012-2013", "2013 and 2016") is a span, not one signing. */
const SPAN_AFTER = /^\s*(?:[-–/]|and|or|to|и|по)\s*(?:19|20)\d\d/i;
/** "the 2008 contract", "контракт 2012 года", "last year's contract": the year names the deal. */
const YEAR_CONTRACT = /^\s*(?:contracts?|deals?|orders?|agreements?|года? (?:контракт|договор|соглашени)\p{L}*)/iu;
/** "The first order, in 1998, was for…", "an agreement of 2015": a year told with the deal's noun. */
const DEAL_IN_YEAR = /(?:contracts?|orders?|deals?|agreements?|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*),?\s+(?:(?:signed|concluded|placed|подписанн\p{L}*|заключенн\p{L}*)\s+)?(?:in|of|от|в)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid)\s+)?$/iu;
/** "beginning with a deal for 80 machines in 2008": a year told right after the deal's size. */
const DEAL_FOR_IN_YEAR = /(?:contracts?|orders?|deals?|agreements?)\s+for\s+(?:[\p{L}\p{N}-]+\s+){1,4}?(?:in|of)\s+$/iu;
/** Words that make a year in the same stretch a delivery's: "a contract for 12 to be delivered in 2015". */
const DELIVERY_WORDS = /(?<![\p{L}])(?:deliver\p{L}*|suppl\p{L}*|shipp?\p{L}*|hand\p{L}* over|received|arriv\p{L}*)(?![\p{L}])/iu;
const DEAL_NOUN = /(?<![\p{L}])(?:contracts?|orders?|deals?|agreements?|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*)(?![\p{L}])/iu;
const CONTRACT_OF_YEAR = /(?:контракт\p{L}*|договор\p{L}*|соглашени\p{L}*)\s+(?:от\s+)?(?:\d{1,2}\s+\p{L}+\s+)?$/iu;
/** "по контракту на поставку шести машин от 2013 года": a contract dated further off, by "от … года". */
const CONTRACT_DATED = /(?:контракт\p{L}*|договор\p{L}*|соглашени\p{L}*)(?:\s+[^\s.;:]+){0,6}?\s+от\s+(?:\d{1,2}\s+\p{L}+\s+)?$/iu;
/** "а в 2012 г. выполнен", "in 2012 delivered": a year that goes with the fulfilment after it, not the signing. */
const NOT_SIGNING_AFTER = /^\s*(?:г\.|года?|году)?\s*(?:(?:был|была|были|было)\s+)?(?:выполнен\p{L}*|исполнен\p{L}*|поставлен\p{L}*|передан\p{L}*|завершен\p{L}*|delivered|completed|fulfilled|executed)(?![\p{L}])/iu;

/** The words that open a sentence with its date: "In 2005,", "In September 2012", "В сентябре 2012 года". */
const LEADING_YEAR = /^\s*(?:(?:For instance|For example|However|Then|Later|Back),?\s+)?(?:in|в|во)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)\s+)?$/iu;

/** How far (characters) a year may be from the signing verb it goes with. */
const MAX_DISTANCE = 80;
const MAX_EVENT_DISTANCE = 200;

/** The years in a sentence that name its signing, nearest the signing words first. */
export function signingYears(sentence: string): SigningYear[] {
  if (!/(?:19|20)\d\d/.test(sentence)) return [];
  const verbs: number[] = [];
  SIGNING_VERB.lastIndex = 0;
  for (let m = SIGNING_VERB.exec(sentence); m; m = SIGNING_VERB.exec(sentence)) verbs.push(m.index);
  const found: (SigningYear & { distance: number })[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const year = Number(m[1]);
    const at = m.index;
    // no letter, digit, currency sign or decimal point right before: "$2019", "1.2019" are not years
    if (at > 0 && /[\p{L}\p{N}$€£.,]/u.test(sentence[at - 1]!) && !/^(?:Airshow|Dubai)/.test(m[0])) {
      YEAR.lastIndex = at + 1;
      continue;
    }
    const before = sentence.slice(Math.max(0, at - 50), at);
    const after = sentence.slice(at + m[0].length, at + m[0].length + 40);
    if (SPAN_AFTER.test(after) || /(?:19|20)\d\d\s*(?:[-–/]|and|or|to|и)\s*$/i.test(before)) continue;
    // "November 2010: China has ordered…" is the report's date line, not the signing's
    if (/^\s*:/.test(after) && !/[\p{L}\p{N}]/u.test(sentence.slice(0, at).replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2})\b/gi, ''))) continue;
    const event = m[0].length > m[1]!.length;
    const dated = CONTRACT_DATED.test(sentence.slice(Math.max(0, at - 120), at)) && /^\s*(?:года|г\.)/u.test(after);
    const dealForIn = DEAL_FOR_IN_YEAR.exec(sentence.slice(Math.max(0, at - 80), at));
    const namesDeal =
      YEAR_CONTRACT.test(after) || CONTRACT_OF_YEAR.test(before) || DEAL_IN_YEAR.test(before) || dated || (event && DEAL_NOUN.test(sentence)) || (dealForIn !== null && !DELIVERY_WORDS.test(dealForIn[0]));
    if (!namesDeal && (NOT_SIGNING_BEFORE.test(before) || NOT_SIGNING_AFTER.test(after))) continue;
    // "In September 2012, the deputy director said the company had signed…": a year that opens
    // the sentence dates all it tells, however far the signing is; so does one with no signing
    // verb but the deal's noun ("In mid-July 2012, Rosoboronexport announced an order from Sri
    // Lanka for another 14"), unless the sentence tells a delivery
    const opens = LEADING_YEAR.test(sentence.slice(0, at)) && (verbs.some((v) => v > at) || (DEAL_NOUN.test(sentence.slice(at)) && !DELIVERY_WORDS.test(sentence)));
    if (!namesDeal && verbs.length === 0 && !opens) continue;
    const distance = namesDeal ? 0 : Math.min(...verbs.map((v) => Math.abs(v - at)));
    // "signed … at the International Military-Technical Forum Army-2017": a show's year may be
    // further off; so may "signed between <the two parties' long names> in 2014", with nothing
    // but names between the signing and "in <year>"
    const namesOnly = /(?<!\p{L})(?:in|в)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$/iu.test(before) && verbs.some((v) => v < at && at - v <= MAX_EVENT_DISTANCE && !/[,;:()]/.test(sentence.slice(v, at)));
    if (!opens && distance > (event || namesOnly ? MAX_EVENT_DISTANCE : MAX_DISTANCE)) continue;
    const quoteStart = verbs.length === 0 && opens ? 0 : Math.max(0, Math.min(at, ...verbs.filter((v) => Math.abs(v - at) === distance)));
    const verbEnd = (v: number) => v + (/^[\p{L}\p{N}]+/u.exec(sentence.slice(v))?.[0].length ?? 0);
    const quoteEnd = Math.max(at + m[0].length, ...verbs.filter((v) => Math.abs(v - at) === distance).map(verbEnd));
    found.push({ year, quote: trimQuote(sentence.slice(quoteStart, quoteEnd)), at, distance, named: namesDeal });
  }
  return found.sort((a, b) => a.distance - b.distance).map(({ year, quote, at, named }) => ({ year, quote, at, named }));
}

const MONTH_NUMBER: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Relative years: "last year", "last July", "earlier this year", "в прошлом году", tied to a signing. */
export function relativeSigningYear(sentence: string, articleDate: string | undefined): SigningYear | null {
  if (!/last|this year|прошл|этом году|текущ|этого года|\b(?:in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(sentence)) return null;
  const [articleYear, articleMonth] = (/^(\d{4})-(\d{2})/.exec(articleDate ?? '') ?? []).slice(1).map(Number);
  if (!articleYear || articleYear <= 1970 || !articleMonth) return null;
  // "Last July" said in May 2011 is July 2010; said in September, July 2011
  const month =
    /\blast (January|February|March|April|May|June|July|August|September|October|November|December)\b/i.exec(sentence) ??
    // "was signed in November", with no year, said in March: the November before
    /\b(?:signed|inked|concluded|ordered|agreed)\s+(?:\p{L}+\s+){0,3}?(?:in|on) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)(?!\s+\d)/iu.exec(sentence);
  if (month) {
    const number = MONTH_NUMBER[month[1]!.toLowerCase()]!;
    SIGNING_VERB.lastIndex = 0;
    if (SIGNING_VERB.test(sentence)) return { year: number < articleMonth ? articleYear : articleYear - 1, quote: month[0], at: month.index };
  }
  SIGNING_VERB.lastIndex = 0;
  if (!SIGNING_VERB.test(sentence) && !/\blast year['’]s (?:contract|deal|order|agreement)/i.test(sentence)) return null;
  const last = /\blast year(?:['’]s)?\b|в прошлом году|прошлого года/iu.exec(sentence);
  if (last) return { year: articleYear - 1, quote: last[0], at: last.index };
  const now = /\b(?:earlier|early|this) (?:this )?year\b|в этом году|в текущем году|этого года|текущего года/iu.exec(sentence);
  if (now && !/\b(?:by|later|until)\s+(?:the end of\s+)?this year/i.test(sentence)) return { year: articleYear, quote: now[0], at: now.index };
  return null;
}

const SAME_YEAR = /(?:^|\b(?:in|during)\s+|,\s*)(?:the same year|that same year|that year)\b|\blater that year\b|(?<![\p{L}])в (?:том|этом) же году(?![\p{L}])/iu;
const PLAIN_YEAR = /(?<![\p{L}\p{N}$€£.,])(?:19[5-9]\d|20\d\d)(?![\p{N}%]|,\d|['’]?s(?![\p{L}])|-(?:х|е|ых|ые|x)(?![\p{L}]))/gu;

/**
 * "In the same year, Ulan-Ude won a contract…": the year the paragraph named last before this
 * sentence (`before`), when the sentence tells a signing.
 */
export function sameYearAs(sentence: string, before: string): SigningYear | null {
  // a plain word test first: the full pattern, tried at every character, is slow on long text
  if (!/year|году/i.test(sentence)) return null;
  const same = SAME_YEAR.exec(sentence);
  if (!same) return null;
  SIGNING_VERB.lastIndex = 0;
  if (!SIGNING_VERB.test(sentence)) return null;
  const years = [...before.matchAll(PLAIN_YEAR)];
  const last = years[years.length - 1];
  // "completed in 2012-2013. The same year, …": which year is not said
  if (!last || /(?:19|20)\d\d\s*(?:[-–/]|and|or|и)\s*$/i.test(before.slice(0, last.index)) || SPAN_AFTER.test(before.slice(last.index + 4))) return null;
  const at = same.index + same[0].length - same[0].trimStart().replace(/^(?:in|during)\s+|^,\s*/i, '').length;
  return { year: Number(last[0]), quote: same[0].replace(/^,\s*/, '').trim(), at };
}

function trimQuote(text: string): string {
  const words = text.trim().split(/\s+/).filter((word, i, all) => i < all.length - 1 || word.length > 2 || /\d/.test(word));
  return words.length <= 8 ? words.join(' ') : [...words.slice(0, 3), '…', ...words.slice(-4)].join(' ');
}

// ---------------------------------------------------------------------------------------
// Values

const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|\$|USD|dollars?|US dollars|долл\p{L}*|\$)$/iu, 'USD'],
  [/^(?:€|EUR|euros?|евро)$/iu, 'EUR'],
  [/^(?:£|GBP|pounds?)$/i, 'GBP'],
  [/^(?:₽|RUB|rubles?|roubles?|руб\p{L}*)$/iu, 'RUB'],
  [/^(?:CNY|yuan|RMB)$/i, 'CNY'],
  [/^(?:INR|rupees?|рупий)$/iu, 'INR'],
];
const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, млрд: 1e9, млн: 1e6, тыс: 1e3 };
const VALUE =
  /(US\$|\$|USD|€|EUR|£|GBP|₽|RUB|CNY|INR)\s?(\d+(?:[.,]\d+)?)\s*(billion|bn|million|mln|m|thousand|млрд\.?|млн\.?|тыс\.?)?(?![\p{L}\p{N}])|(\d+(?:[.,]\d+)?)\s*(billion|million|thousand|млрд\.?|млн\.?|тыс\.?|миллиард\p{L}*|миллион\p{L}*)?\s+(US dollars|dollars|euros|rubles|roubles|yuan|rupees|долларов|рублей|евро|рупий)(?![\p{L}])/iu;

/** A value stated in the text ("US$ 1.2 billion", "€40 million", "12,6 млрд рублей"), or null. */
export function valueOf(text: string): { amount: number; currency: string; text: string } | null {
  const match = VALUE.exec(text);
  if (!match) return null;
  const symbol = match[1] ?? match[6] ?? '';
  const number = match[2] ?? match[4] ?? '0';
  let scale = (match[3] ?? match[5] ?? '').toLowerCase().replace(/\.$/, '');
  if (scale.startsWith('миллиард')) scale = 'млрд';
  else if (scale.startsWith('миллион')) scale = 'млн';
  const currency = CURRENCIES.find(([pattern]) => pattern.test(symbol))?.[1];
  if (!currency) return null;
  const amount = Number(number.replace(',', '.')) * (SCALE[scale] ?? 1);
  return { amount, currency, text: match[0].trim() };
}
