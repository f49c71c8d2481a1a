// Contract records mined from an article, each with the sentences that tell it and the
// evidence for every decision. The pipeline, stage by stage (each in its own module):
//
//   sentences   → splitSentences, clausesOf                          (sentences.ts)
//   type mentions → the catalogue, plus "four helicopters" pointing back to a type (mentions.ts)
//   quantities  → "68 Mi-171", "Mi-17 (12 units)", "up to 12", "the first four" (quantities.ts)
//   status      → the deal words that govern each type                (status.ts)
//   parties     → supplier and recipient, from the sentence or the article so far (parties.ts)
//   year, value → a year tied to the signing, a stated value           (years.ts)
//   one record per deal within the article, deliveries of part of an order, gaps filled (deals.ts)
//   claimed totals ("120+ various rotorcraft") against what the records add up to (claims.ts)
//
// The article is read in order, headline first. The headline, the lead and each deal sentence
// establish the parties, the supplier organisations and the year; a later sentence inherits
// what it does not state (from its paragraph first, then from the article) and overrides what
// it does.

import type { Article } from '../article.ts';
import { catalogueEntry, findTypeMentions, type TypeMention } from '../catalogue.ts';
import type { ContractRecord, DealMention, Evidence, Extraction, Source } from '../contract.ts';
import { countClaims, type PendingClaim } from './claims.ts';
import { cyrillicLookalikes } from './lookalikes.ts';
import { asPlan, finishDeals, type Draft } from './deals.ts';
import { antecedentOf, genericCounts, qualifiersOf, type Antecedent } from './mentions.ts';
import { countriesIn, organisationsIn, partiesOf, type CountryMention, type OrganisationMention } from './parties.ts';
import { quantityAfter, quantityBefore, singularBefore, type Quantity } from './quantities.ts';
import { clausesOf, spansOf, splitSentences, type Span } from './sentences.ts';
import { cuesIn, governingCue, type Cue, type Governing } from './status.ts';
import { parseNumber } from './numbers.ts';
import { relativeSigningYear, sameYearAs, signingYears, valueOf } from './years.ts';
import { SCHEDULE } from './vocabulary/cues.ts';
import { RELATION_BEFORE, RELATION_HINT, ROLE_WORDS, SALVAGE, SPECIFICATION, TOTAL_BEFORE, UNKNOWN_DESIGNATION, UPGRADE, YEAR_SPAN } from './vocabulary/words.ts';

/** Nouns that say a supply happens, not how far it is: they leave the status to the paragraph. */
const NEUTRAL_NOUN = /^(?:supply|supplies|purchases?|sale|acquisition|procurement|поставк\p{L}*|поставок|закупк\p{L}*|покупк\p{L}*|приобретени\p{L}*)$/iu;
/** A generic noun among the words counted with a type: "40 helicopters Mi-28NE". */
const GENERIC_NOUN_INSIDE = /(?<![\p{L}\p{N}])(?:helicopters|machines|units|aircraft|вертол[её]т\p{L}*|машин\p{L}*)(?![\p{L}\p{N}])/iu;

export { splitSentences } from './sentences.ts';
export { parseNumber } from './numbers.ts';

/** What extraction reads of an article: its id and paragraphs, and its title and date when known. */
export type ArticleText = Pick<Article, 'id' | 'paragraphs'> & Partial<Pick<Article, 'title' | 'date'>>;

/** Where the maker of each catalogue type is: the supplier when the text names none. */
const MAKER_COUNTRY: Record<string, string> = {
  Mil: 'Russia', Kamov: 'Russia', Sukhoi: 'Russia', Klimov: 'Russia', 'Almaz-Antey': 'Russia',
  'Kazan Helicopters': 'Russia', 'Ulan-Ude Aviation Plant': 'Russia',
};
/** Words that make a signing an earlier one, so the article's date is not its year. */
const EARLIER = /(?<![\p{L}\p{N}])(?:earlier|previous|previously|original|initial|first contract|in the past|had signed|had ordered|had been signed|ранее|прежде|предыдущ\p{L}*|первого контракта|первый контракт)(?![\p{L}\p{N}])/iu;
/** The paragraph number the headline's sentences carry in their sources. */
const HEADLINE = -1;
/** "nine more", "an additional 12": a new deal, which does not take the year of the one told before. */
const ADDITIONAL = /(?:^|\s)(?:more|additional|another|further|extra|ещ[её]|дополнительн\p{L}*)(?:\s|$)/iu;
/**
 * "the remaining 140", "остальные 12": the sentence splits a total into parts. The letter
 * before each first word is checked once the word is found: a pattern that starts with that
 * check cannot skip ahead to the words, and scans a sentence several times slower.
 */
const REMAINING =
  /remaining(?<=(?<![A-Za-z0-9_])remaining) \d+|the(?<=(?<![A-Za-z0-9_])the) rest (?:of them )?\d*|the(?<=(?<![A-Za-z0-9_])the) balance (?:in|at|by|from|to be)\b|(?:остальные|оставшиеся)(?<=(?<![\p{L}])(?:остальные|оставшиеся)) \d+/iu;

/** Words that tie what a sentence says to a contract already made. */
const UNDER_CONTRACT = /\bunder (?:the|a|an|last year['’]s|this)\s+(?:\S+\s+){0,2}?(?:contract|deal|agreement|order)\b|(?:по|в рамках|согласно)\s+(?:\S+\s+)?(?:контракт|договор|соглашени)\p{L}*/iu;

/** A sentence that names exactly the type of the deal just told. */
const IDENTIFIES = /^(?:[^,.;:]{0,40},\s*)?(?:Речь ид[её]т о|Речь шла о|Это (?:будут )?вертол[её]т|It is about|It concerns|They are|These are|The (?:helicopters|aircraft|machines) (?:are|will be)|Namely)(?![\p{L}])/iu;

/** Bounds on what one article yields, whatever its length (see the README). */
export const MAX_RECORDS_PER_SENTENCE = 24;
export const MAX_RECORDS = 1000;
export const MAX_MENTIONS = 200;
export const MAX_CLAIMS = 50;

/** A deal's value before its noun: "the $249 million", "The 12.7 billion-peso ($249 million)". */
const VALUE = String.raw`(?:(?:US\$|[$€£]|Rs\.?\s?)?\d[\d.,]*\s*(?:billion|million|bn|mln|crore)?(?:[-\s](?:pesos?|rupees?|dollars?|euros?|roubles?|rubles?|yuan|ringgit|baht|taka))?(?:\s*\([^)]{1,30}\))?\s+)?`;
/** A sentence about the deal just told: "The agreement was concluded at MAKS-2017". */
const THE_DEAL =
  new RegExp(
    `^(?:["“«]?\\s*)?(?:The|This|That|Its|Their|The new|The latest)\\s+${VALUE}(?:agreement|contract|deal|order|purchase|sale)s?\\b|\\b(?:these|those|the|they|it)\\b[^.;]{0,30}\\b(?:were|was|had been|have been)\\s+(?:ordered|signed|bought|purchased|contracted|acquired|concluded|agreed)\\b|\\bthe ${VALUE}(?:contract|agreement|deal)\\b[^.;]{0,60}\\b(?:was|has been|had been)\\s+(?:signed|concluded|agreed|inked)\\b|\\bthe (?:contract|agreement|deal) (?:signed|concluded|inked|agreed) (?:in|at|on)\\b|^(?:Контракт|Соглашение|Договор|Сделка|Документ|Подписание|The signing|Signing|(?:A|The) (?:signing )?ceremony)(?![\\p{L}])|(?<![\\p{L}])(?:контракт|договор|соглашение|сделка)(?:\\s+(?:на|о|об)\\s+[^.;,]{1,40}?)?\\s+(?:был[аои]?\\s+)?(?:заключ|подписан)`,
    'iu',
  );

/** "a contract for the supply of the helicopter", "Контракт на поставку вертолета": one, of the type told before. */
const CONTRACT_FOR_THE_HELICOPTER =
  /(?<![\p{L}])(?:(?:contract|agreement|deal)\s+(?:for|on)\s+(?:the\s+)?(?:(?:supply|delivery|sale|purchase)\s+of\s+)?(?:the|this|that)\s+(helicopter)|(?:[Кк]онтракт|[Дд]оговор|[Сс]оглашение)\s+на\s+(?:поставку|покупку|продажу)\s+(?:этого\s+|данного\s+)?(вертол[её]та))(?![\p{L}])/u;

/** "the first batch of", "первой партии из": a batch, which a contract signed may be for. */
const BATCH_OF = /(?<![\p{L}])(?:(?:first|initial|second|new) (?:batch|lot|tranche) of|(?:перв|втор|нов|очередн)\p{L}* парти\p{L}* (?:из|в))\s+$/iu;

/** Two numbers for two of something named before, in order: "orders of 42 and 19 respectively", "12 и 6 соответственно". */
const NUMBER_OR_WORD = '(\\d{1,4}|\\p{L}+(?:-\\p{L}+)?)';
const RESPECTIVELY = [
  new RegExp(`(?<![\\p{L}\\p{N}])${NUMBER_OR_WORD}\\s+(?:and|и)\\s+${NUMBER_OR_WORD}(?:\\s+[\\p{L}\\p{N}-]+){0,3}?,?\\s+(?:respectively|соответственно)(?![\\p{L}])`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:respectively|соответственно),?\\s+${NUMBER_OR_WORD}\\s+(?:and|и)\\s+${NUMBER_OR_WORD}(?![\\p{L}\\p{N}])`, 'giu'),
];

/** A contract noun right before the batch: "a contract for the first batch of", "контракт на поставку первой партии из". */
const CONTRACT_FOR_BATCH = /(?<![\p{L}])(?:contracts?|agreements?|deals?|orders?|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*)\s+(?:for|on|на)\s+(?:the\s+)?(?:(?:supply|delivery|purchase|поставк\p{L}*|закупк\p{L}*)\s+(?:of\s+)?(?:the\s+)?)?(?:first|initial|second|new|перв\p{L}*|втор\p{L}*|нов\p{L}*|очередн\p{L}*)\s+(?:batch|lot|tranche|парти\p{L}*)\s+(?:of|из|в)\s+$/iu;

/** Part words on a contract's own number: "the first two", "первых двух", "двух первых". */
const TRANCHE_BEFORE = /(?<![\p{L}])(?:the (?:first|last|remaining)|перв(?:ых|ые|ой|ую)|последн(?:их|ие)|оставш(?:ихся|иеся))\s+$/iu;
const TRANCHE_AFTER = /^\s+(?:перв(?:ых|ые)|последн(?:их|ие)|first|last)(?![\p{L}])/iu;

/** "Under the agreement, Algeria will get 42 Mi-28N": a sentence that tells what the deal just told holds. */
const UNDER_THE_DEAL = /^\s*["“«]?\s*(?:Under|According to|As part of) (?:the|this) (?:agreement|contract|deal)(?![\p{L}])|^\s*(?:По|Согласно|В рамках) (?:этому |этого |данному |данного )?(?:контракт|соглашени|договор)\p{L}*(?![\p{L}])(?!\s+(?:от\s+)?(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d)/iu;
/** A cue of a purchase dropped before it was made: "отказалась от закупки". */
const DROPPED = /^отказал/iu;
/** A sentence about the ceremony of a signing just told: "A ceremony to mark that was held at …". */
const MARKS_SIGNING = /(?<![\p{L}])(?:signing )?ceremony (?:to mark|marking) (?:that|this|it|the (?:signing|contract|deal|agreement))(?![\p{L}])/iu;

/** One fact the article has stated, and where. */
interface Fact<T> {
  value: T;
  quote: string;
  paragraph: number;
  sentence: number;
}

interface Context {
  /** The last deal sentence of the paragraph told no number: a later "12 helicopters" is its size. */
  sizeless: boolean;
  /** The paragraph's deal is an upgrade or repair of helicopters already owned. */
  upgrade: boolean;
  recipient: Fact<string> | null;
  /** The recipient of the deal the year was told with: another buyer's deal does not inherit it. */
  yearRecipient: string | null;
  supplier: Fact<string> | null;
  orgs: Fact<string[]> | null;
  year: Fact<number> | null;
  status: Fact<Cue> | null;
}

const emptyContext = (): Context => ({ sizeless: false, upgrade: false, recipient: null, yearRecipient: null, supplier: null, orgs: null, year: null, status: null });

/** What a benchmark may swap: the sentence splitter, to measure a library's against ours. */
export interface ExtractOptions {
  splitSentences?: (paragraph: string) => Span[];
}

/** The contract records, deal mentions and claimed totals in an article. */
export function extractContracts(article: ArticleText, options: ExtractOptions = {}): Extraction {
  // Latin lookalikes inside Russian words are read as Cyrillic; what is quoted is the article's own text
  const title = article.title && cyrillicLookalikes(article.title);
  const paragraphs = article.paragraphs.map(cyrillicLookalikes);
  if (title === article.title && paragraphs.every((text, i) => text === article.paragraphs[i])) return extractFrom(article, options);
  return quotingOriginal(extractFrom({ ...article, title, paragraphs }, options), article);
}

/** `found`, read from a copy of `article` with letters swapped one for one, quoting `article` itself. */
function quotingOriginal(found: Extraction, article: ArticleText): Extraction {
  const original = (paragraph: number) => (paragraph === HEADLINE ? (article.title ?? '') : article.paragraphs[paragraph]!);
  const quote = (source: Source): Source => ({ ...source, sentence: original(source.paragraph).slice(source.start, source.end) });
  return {
    records: found.records.map((record) => ({ ...record, sources: record.sources.map(quote) })),
    mentions: found.mentions.map((mention) => ({ ...mention, source: quote(mention.source) })),
    claims: found.claims.map((claim) => {
      const at = cyrillicLookalikes(original(claim.paragraph)).indexOf(claim.sentence);
      return at < 0 ? claim : { ...claim, sentence: original(claim.paragraph).slice(at, at + claim.sentence.length) };
    }),
  };
}

function extractFrom(article: ArticleText, options: ExtractOptions): Extraction {
  const sentencesOf = options.splitSentences ?? splitSentences;
  const articleYear = articleYearOf(article);
  const blocks = [
    ...(article.title ? [{ paragraph: HEADLINE, text: article.title }] : []),
    ...article.paragraphs.map((text, paragraph) => ({ paragraph, text })),
  ];
  const drafts: Draft[] = [];
  const mentions: DealMention[] = [];
  const claims: PendingClaim[] = [];
  const antecedents: Antecedent[] = [];
  const modelYears: { model: string; fact: Fact<number> }[] = [];
  /** Mentions told as part of a contract ("deliver the remaining Mi-35M under the 2008 contract"). */
  const underContract = new Set<DealMention>();
  const articleContext = emptyContext();
  /** Countries the article tells paying for another's helicopters ("США … для Афганистана"), with the user. */
  const payers = new Map<string, Fact<string>>();
  let sentenceIndex = 0;
  /** Whether the article anywhere tells a contract: a verb that signs, or a contract's noun. */
  let tellsContract = false;
  /** Whether a sentence before told a signing as the article's news (a signing verb, no year, nothing earlier). */
  let toldNews = false;

  /** The first buyer company the article names before `offset` of block `blockIndex`, read only when a record needs it. */
  const buyerNamedBefore = (blockIndex: number, offset: number): OrganisationMention | null => {
    for (let b = 0; b <= blockIndex; b++) {
      const text = blocks[b]!.text;
      const end = b === blockIndex ? offset : text.length;
      const buyer = organisationsIn(text, { start: 0, end, text: text.slice(0, end) }).find((o) => o.side === 'buyer');
      if (buyer) return buyer;
    }
    return null;
  };

  /** The countries each block names, with the words of each one's first mention; read only when a record needs them. */
  let named: Map<string, string>[] | null = null;
  /** The one country the article's opening names besides the supplier's ("Algeria: March 10, 2003"), else the one the whole article names. */
  const onlyCountryBesides = (supplier: string | null): { country: string; text: string } | null => {
    named ??= blocks.map(({ text }, b) => {
      const all = { start: 0, end: text.length, text };
      const found = new Map<string, string>();
      for (const c of countriesIn(text, all, [...organisationsIn(text, all), ...typesByBlock[b]!])) if (!found.has(c.country)) found.set(c.country, c.text);
      return found;
    });
    const only = (maps: Map<string, string>[]) => {
      const others = new Map(maps.flatMap((m) => [...m]).filter(([country]) => country !== supplier));
      return others.size === 1 ? [...others].map(([country, text]) => ({ country, text }))[0]! : null;
    };
    // the first block that names another country (the headline, or a dateline under a title)
    const opening = named.findIndex((m) => [...m.keys()].some((country) => country !== supplier));
    return (opening === -1 ? null : only(named.slice(opening, opening + 1))) ?? only(named);
  };

  const typesByBlock = blocks.map(({ text }) => findTypeMentions(text));
  const forward = forwardType(typesByBlock);
  for (const [blockIndex, { paragraph, text }] of blocks.entries()) {
    const paragraphContext: Context = { ...articleContext, status: null };
    const typeMentions = typesByBlock[blockIndex]!;

    let nextMention = 0;
    for (const sentence of sentencesOf(text)) {
      const index = sentenceIndex++;
      while (nextMention < typeMentions.length && typeMentions[nextMention]!.start < sentence.start) nextMention++;
      const inSentence: TypeMention[] = [];
      for (let i = nextMention; i < typeMentions.length && typeMentions[i]!.start < sentence.end; i++) {
        if (typeMentions[i]!.end <= sentence.end) inSentence.push(typeMentions[i]!);
      }
      const cues = cuesIn(text, sentence.start, sentence.end);
      tellsContract ||= tellsSigning(sentence, cues);
      const dealCues = cues.filter((c) => c.kind !== 'fleet' && c.kind !== 'total');
      // a sentence with no type and no deal words, before the paragraph has told any deal, makes
      // no record and sets no context: only the types it names that the catalogue does not know
      // are kept, for a later "20 aircraft"
      if (inSentence.length === 0 && dealCues.length === 0 && !paragraphContext.status && paragraph !== HEADLINE) {
        for (const unknown of unknownTypes(text, sentence, typeMentions, paragraph, index)) antecedents.push(unknown);
        continue;
      }
      const clauses = clausesOf(sentence);
      // asked of the whole sentence by each record it makes: answered once
      let remaining: boolean | undefined;
      let specification: boolean | undefined;
      // the organisations, then the countries, are read only when a record or the context needs them
      let orgs: OrganisationMention[] | null = null;
      const orgsHere = () => (orgs ??= organisationsIn(text, sentence).filter((o) => !inSentence.some((m) => m.start < o.end && o.start < m.end)));
      let parties: { orgs: OrganisationMention[]; countries: CountryMention[] } | null = null;
      const partiesHere = () => (parties ??= { orgs: orgsHere(), countries: countriesIn(text, sentence, [...orgsHere(), ...inSentence]) });
      const stated = signingYears(sentence.text);
      // "Last year, X negotiated and signed … for delivering 30 in 2014": a relative year that
      // opens the sentence dates its signing, as a year that opens it does
      const opening = relativeSigningYear(sentence.text, article.date);
      const found = opening !== null && opening.at <= 2 && !stated.some((y) => y.named) ? [] : stated;
      const relative = found.length === 0 ? (opening ?? sameYearAs(sentence.text, text.slice(0, sentence.start))) : null;
      const years = (relative ? [relative] : found).map((y) => ({ ...y, at: sentence.start + y.at }));
      /** A year of an earlier signing ("a previous contract signed in 2009") is that contract's, not the article's. */
      const earlierYear = (y: { at: number }) => {
        const clause = clauses.find((c) => y.at >= c.start && y.at < c.end) ?? sentence;
        return EARLIER.test(text.slice(Math.max(clause.start, y.at - 90), y.at));
      };
      /** The year for a record at `at`: one in its clause, else the one nearest it. */
      const yearFor = (at: number) => {
        const clause = clauses.find((c) => at >= c.start && at < c.end);
        const inClause = years.filter((y) => clause && y.at >= clause.start && y.at < clause.end);
        const pool = inClause.length > 0 ? inClause : years;
        // a year that names the deal ("under a contract signed at MAKS-2017") outranks one that
        // is only near the type ("will supply four … in 2018 under a contract signed at MAKS-2017")
        const named = pool.filter((y) => y.named);
        return [...(named.length > 0 ? named : pool)].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0] ?? null;
      };
      const sentenceYear = [...years].sort((a, b) => a.at - b.at).find((y) => !earlierYear(y)) ?? null;
      const { skip, engineOf, quantityFrom } = qualifiersOf(text, sentence, inSentence);
      // "A ceremony to mark that was held at ARMY-2020" tells the signing just told
      const signingSentence = cues.some((c) => c.kind === 'signed' && c.verb) || MARKS_SIGNING.test(sentence.text);
      // "The ministry has placed an order for 48 … Under the agreement, Algeria will get 42
      // Mi-28N": the deal the news told, so the news's year
      const newsDeal = signingSentence || (toldNews && UNDER_THE_DEAL.test(sentence.text));
      const sentenceDrafts: Draft[] = [];
      const here = (quote: string): Fact<string> => ({ value: quote, quote, paragraph, sentence: index });

      const where = (fact: { paragraph: number; sentence: number }) =>
        fact.sentence === index ? 'in this sentence' : fact.paragraph === HEADLINE ? 'in the headline' : fact.paragraph === paragraph ? 'earlier in this paragraph' : 'earlier in the article';

      /** Builds a record for a type (named, or pointed back to) with its quantity and governing words. */
      const draft = (
        entry: { model: string; designation: string; mentionStart: number; mentionEnd: number; wordsStart: number },
        quantity: Quantity,
        governing: Governing | null,
        extra: { antecedent?: Antecedent; nounText?: string; engine?: string | null; role?: string | null },
      ): Draft | null => {
        const catalogued = catalogueEntry(entry.model);
        if (!catalogued) return null;
        const evidence: Evidence[] = [];
        // status
        let cue: Cue;
        let cueWhere: string;
        const neutral = governing && governing.scope !== 'contract' && !governing.cue.verb && NEUTRAL_NOUN.test(governing.cue.text);
        if (governing && neutral && paragraphContext.status && paragraphContext.status.value.kind !== 'signed') {
          // "We are talking about the supply of 10 Mi-171A2": the supply the paragraph is about
          cue = paragraphContext.status.value;
          cueWhere = where(paragraphContext.status);
        } else if (governing) {
          cue = { ...governing.cue, text: cueQuote(text, governing.cue, sentence.end) };
          cueWhere = 'in this sentence';
        } else {
          const inherited = paragraphContext.status;
          // a type named with its number lives on the paragraph's deal words; "12 helicopters" only
          // where the deal was told without its size ("the contract is signed. It covers 12 helicopters")
          if (!inherited || dealCues.length > 0 || quantity.definite || (extra.antecedent && !paragraphContext.sizeless)) return null;
          if ((specification ??= SPECIFICATION.test(sentence.text))) return null;
          cue = inherited.value;
          cueWhere = where(inherited);
          // "contracts to upgrade 19 helicopters … seven for Mongolia, 12 for Belarus": still upgrades
          if (paragraphContext.upgrade) return null;
        }
        if (cue.kind === 'fleet' || cue.kind === 'total') return null;
        if (quantity.kind === 'approximate') return null;
        // "60 helicopters will come from Russia while the remaining 140 are built locally": shares of one total
        if (!quantity.part && (remaining ??= REMAINING.test(sentence.text))) quantity = { ...quantity, part: true };
        const clause = clauses.find((c) => quantity.start >= c.start && quantity.start < c.end) ?? sentence;
        // a contract to upgrade or repair helicopters already owned is not a sale
        if (UPGRADE.test(text.slice(clause.start, quantity.start)) || UPGRADE.test(text.slice(entry.mentionEnd, clause.end))) return null;
        // nor is selling what is left of them for parts
        if (SALVAGE.test(sentence.text)) return null;
        // "carry out repairs of helicopters, among them two Mi-17": the helicopters listed are the ones repaired
        if (REPAIRED_AMONG.test(text.slice(Math.max(sentence.start, quantity.start - 120), quantity.start))) return null;
        // "bought 11 Mi-8 between 1994 and 2002": history told in passing
        if (cue.kind === 'signed' && cue.verb && governing?.scope !== 'contract' && historySpan(sentence.text)) return null;
        const clauseCues = cues.filter((c) => c.start >= clause.start && c.end <= clause.end);
        const signedVerb = clauseCues.some((c) => c.kind === 'signed' && c.verb);
        // "the contract to supply", "a deal to deliver": a contract's words, not a bare promise
        const contractWords = clauseCues.some((c) => c.kind === 'signed');
        let status: ContractRecord['status'];
        let commitment = false;
        let nounOnly = false;
        if (quantity.kind === 'bound') {
          status = 'proposed';
          evidence.push({ field: 'status', says: 'proposed: a bound, not a count', quote: `${quantity.text}`, where: 'in this sentence' });
        } else if (cue.kind === 'proposed') {
          status = 'proposed';
          evidence.push({ field: 'status', says: 'proposed', quote: cue.text, where: cueWhere });
        } else if (cue.kind === 'delivered') {
          if (quantity.whole) {
            const ordered = cuesIn(text, quantity.start, clause.end).find((c) => c.kind === 'signed');
            if (!ordered) return null; // the size of an order told with a delivery of part of it
            status = 'signed';
            evidence.push({ field: 'status', says: 'signed: the order a delivery is part of', quote: ordered.text, where: 'in this sentence' });
          } else {
            status = 'delivered';
            evidence.push({ field: 'status', says: 'delivered', quote: cue.text, where: cueWhere });
          }
        } else if (cue.kind === 'commitment') {
          const schedule = signedVerb ? null : scheduleIn(sentence.text);
          if (quantity.part) {
            status = 'delivered';
            evidence.push({ field: 'status', says: 'delivered: part of an order', quote: quantity.text, where: 'in this sentence' });
          } else if (schedule) {
            status = 'delivered';
            evidence.push({ field: 'status', says: 'delivered: a delivery date for part of an order, not a contract', quote: schedule, where: 'in this sentence' });
          } else {
            status = 'signed';
            commitment = !contractWords;
            evidence.push({ field: 'status', says: 'signed: a supply promised', quote: cue.text, where: cueWhere });
          }
        } else {
          // "a contract for 48" is the whole order even after "the final consignment of"; "an
          // agreement on the supply of the first two" is a tranche of one
          const numberEnd = quantity.start + quantity.text.length;
          const trancheOfContract =
            governing?.scope === 'contract' && (TRANCHE_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 24), quantity.start)) || TRANCHE_AFTER.test(text.slice(numberEnd, numberEnd + 14)));
          // "signed a contract for the first batch of four": the batch is what the contract is for
          // "a contract for the first batch of four", with no verb: the same
          const batchLead = text.slice(Math.max(sentence.start, quantity.start - 70), quantity.start);
          const batchSigned = !trancheOfContract && BATCH_OF.test(batchLead.slice(-30)) && (signedVerb || CONTRACT_FOR_BATCH.test(batchLead));
          if (quantity.part && !batchSigned && (governing?.scope !== 'contract' || trancheOfContract)) {
            status = 'delivered';
            evidence.push({ field: 'status', says: 'delivered: part of an order', quote: quantity.text, where: 'in this sentence' });
          } else {
            status = 'signed';
            nounOnly = !cue.verb && !signedVerb;
            evidence.push({ field: 'status', says: 'signed', quote: cue.text, where: cueWhere });
          }
        }
        // quantity and model
        const counted = text.slice(quantity.start < entry.mentionStart ? quantity.start : entry.mentionStart, Math.max(quantity.end, entry.mentionEnd));
        evidence.push({ field: 'quantity', says: `${quantity.value} ${quantity.value === 1 ? 'unit' : 'units'}`, quote: counted, where: 'in this sentence' });
        if (extra.antecedent) {
          evidence.push({
            field: 'model',
            says: `${entry.model}: “${extra.nounText ?? ''}” points back to it`,
            quote: extra.antecedent.designation,
            where: extra.antecedent.sentence === FORWARD ? 'later in the article: the one helicopter type it names' : extra.antecedent.sentence === index ? 'in this sentence' : extra.antecedent.paragraph === HEADLINE ? 'in the headline' : 'earlier in the article',
          });
        }
        // parties
        const maker = MAKER_COUNTRY[catalogued.maker] ?? null;
        const own = partiesOf(partiesHere().countries, partiesHere().orgs, entry.mentionStart, maker);
        let supplier: string | null;
        if (own.supplier) {
          supplier = own.supplier.country;
          evidence.push({ field: 'supplier', says: `supplier ${supplier}`, quote: own.supplier.quote, where: 'in this sentence' });
        } else if (paragraphContext.supplier) {
          supplier = paragraphContext.supplier.value;
          evidence.push({ field: 'supplier', says: `supplier ${supplier}`, quote: paragraphContext.supplier.quote, where: where(paragraphContext.supplier) });
        } else if (extra.antecedent?.seller) {
          supplier = extra.antecedent.seller.country;
          evidence.push({ field: 'supplier', says: `supplier ${supplier}`, quote: extra.antecedent.seller.text, where: 'earlier in the article' });
        } else {
          supplier = maker;
          if (maker) evidence.push({ field: 'supplier', says: `supplier ${maker}: where the ${catalogued.maker} type is made`, quote: '', where: 'the catalogue' });
        }
        const orgNames = own.orgs.length > 0 ? unique(own.orgs.map((o) => o.name)) : paragraphContext.orgs?.value ?? (extra.antecedent?.seller ? [extra.antecedent.seller.name] : []);
        let recipient: string | null = null;
        // "signed with the US" names a counterpart; "for the Afghan army" told before names the buyer
        if (own.recipient?.weak && paragraphContext.recipient && paragraphContext.recipient.value !== own.recipient.country && paragraphContext.recipient.value !== supplier) {
          recipient = paragraphContext.recipient.value;
          evidence.push({ field: 'recipient', says: `recipient ${recipient}`, quote: paragraphContext.recipient.quote, where: where(paragraphContext.recipient) });
        } else if (own.recipient && own.recipient.country !== supplier) {
          recipient = own.recipient.country;
          evidence.push({ field: 'recipient', says: `recipient ${recipient}`, quote: own.recipient.quote, where: 'in this sentence' });
        } else if (own.recipient && own.recipient.country === supplier) {
          recipient = own.recipient.country;
          evidence.push({ field: 'recipient', says: `recipient ${recipient}: named as the buyer`, quote: own.recipient.quote, where: 'in this sentence' });
        } else if (paragraphContext.recipient) {
          recipient = paragraphContext.recipient.value;
          evidence.push({ field: 'recipient', says: `recipient ${recipient}`, quote: paragraphContext.recipient.quote, where: where(paragraphContext.recipient) });
        }
        // "было подписано предприятием": a signing with no buyer named, in an article that named
        // a buyer company before (an airline, the leasing company), whatever that sentence told
        if (recipient === null && status === 'signed') {
          const buyer = buyerNamedBefore(blockIndex, sentence.start);
          if (buyer) {
            recipient = buyer.country;
            evidence.push({ field: 'recipient', says: `recipient ${recipient}: ${buyer.name}, the buyer the article named`, quote: buyer.text, where: 'earlier in the article' });
          }
        }
        // "Algeria: March 10, 2003 … The government has ordered 42 Mi-171": the one country the
        // article names besides the supplier's
        if (recipient === null && status === 'signed') {
          const only = onlyCountryBesides(supplier);
          if (only) {
            recipient = only.country;
            evidence.push({ field: 'recipient', says: `recipient ${recipient}: the one country named besides the supplier`, quote: only.text, where: 'in the article' });
          }
        }
        // a country the article told paying for another's helicopters: the user is the recipient
        const paid = recipient === null ? undefined : payers.get(recipient);
        if (paid && paid.value !== supplier) {
          evidence.push({ field: 'recipient', says: `recipient ${paid.value}: ${recipient} pays for them`, quote: paid.quote, where: where(paid) });
          recipient = paid.value;
        }
        // year
        let year: number | null = null;
        let dateYear = false;
        const ownYear = yearFor(entry.mentionStart);
        if (status !== 'proposed') {
          if (ownYear) {
            year = ownYear.year;
            evidence.push({ field: 'year', says: `signed in ${year}`, quote: ownYear.quote, where: 'in this sentence' });
          } else if (status === 'signed' && paragraphContext.year && !EARLIER.test(sentence.text) && !ADDITIONAL.test(quantity.phrase) && (recipient === null || paragraphContext.yearRecipient === null || paragraphContext.yearRecipient === recipient)) {
            year = paragraphContext.year.value;
            evidence.push({ field: 'year', says: `signed in ${year}`, quote: paragraphContext.year.quote, where: where(paragraphContext.year) });
          } else if (status === 'signed' && newsDeal && articleYear !== null && !EARLIER.test(sentence.text)) {
            year = articleYear.year;
            dateYear = true;
            evidence.push({ field: 'year', says: `signed in ${year}: the signing is the article’s news`, quote: articleYear.quote, where: articleYear.where });
          }
        }
        return {
          supplier,
          supplierOrgs: orgNames,
          recipient,
          designation: entry.designation,
          model: entry.model,
          family: catalogued.family,
          category: catalogued.category,
          quantity: quantity.value,
          year,
          role: extra.role ?? catalogued.role,
          engine: extra.engine ?? null,
          value: null,
          status,
          sources: [{ articleId: article.id, paragraph, start: sentence.start, end: sentence.end, sentence: sentence.text, words: { start: entry.wordsStart, end: entry.mentionEnd } }],
          evidence,
          flags: {
            commitment,
            nounOnly,
            definite: quantity.definite,
            additional: ADDITIONAL.test(quantity.phrase) || /(?:additional|another|further|ещ[её])\s+$/iu.test(text.slice(Math.max(sentence.start, quantity.start - 12), quantity.start)),
            earlier: EARLIER.test(text.slice(clause.start, clause.end)) || EARLIER.test(sentence.text.slice(0, Math.max(0, quantity.start - sentence.start))),
            generic: extra.antecedent !== undefined,
            figure: quantity.text,
            dateYear,
            dropped: cue.kind === 'proposed' && DROPPED.test(cue.text),
            paragraph,
            sentence: index,
          },
        };
      };

      // Types named in the sentence.
      const named: Antecedent[] = [];
      for (const mention of inSentence) {
        if (skip.has(mention)) continue;
        const readFrom = quantityFrom.get(mention) ?? mention.start;
        let quantity = quantityBefore(text, sentence.start, readFrom, { allowNoun: true }) ?? quantityAfter(text, mention.end, sentence.end);
        const leadFrom = quantity && quantity.start < mention.start ? quantity.start : mention.start;
        const relationLead = text.slice(Math.max(sentence.start, leadFrom - 60), leadFrom);
        if (RELATION_HINT.test(relationLead) && RELATION_BEFORE.test(relationLead)) continue;
        const seller = orgsHere().find((o) => o.side === 'seller');
        named.push({ model: mention.model, designation: mention.text, category: mention.entry.category, paragraph, sentence: index, start: mention.start, seller });
        let governing = governingCue(text, sentence, clauses, cues, leadFrom, mention.end, quantity !== null);
        // "the supply of a Mi-171 helicopter", "поставку вертолета Ка-32": a contract for one
        if (!quantity && governing?.scope === 'clause' && (governing.cue.kind === 'signed' || governing.cue.kind === 'commitment')) {
          quantity = singularBefore(text, sentence.start, mention.start, mention.end);
          if (quantity) governing = governingCue(text, sentence, clauses, cues, quantity.start, mention.end, true);
        }
        if (!quantity) {
          // only a deal its own clause tells: not "(photo: a Mi-35M)" beside a signing
          if (governing && governing.scope === 'clause' && governing.cue.kind !== 'fleet' && governing.cue.kind !== 'total' && mentions.length < MAX_MENTIONS) {
            mentions.push({
              designation: mention.text,
              model: mention.model,
              category: mention.entry.category,
              status: governing.cue.kind === 'commitment' ? 'signed' : governing.cue.kind === 'delivered' ? 'delivered' : governing.cue.kind === 'proposed' ? 'proposed' : 'signed',
              source: { articleId: article.id, paragraph, start: sentence.start, end: sentence.end, sentence: sentence.text, words: { start: mention.start, end: mention.end } },
            });
            if (UNDER_CONTRACT.test(sentence.text)) underContract.add(mentions[mentions.length - 1]!);
            // "agreed to the Mi-35M deal in August 2015": the year of that model's deal
            const ownYear = yearFor(mention.start);
            // "…deliver the remaining Mi-35M under the 2008 contract": a delivery can name its order's year too
            if (ownYear && (governing.cue.kind === 'signed' || ownYear.named)) modelYears.push({ model: mention.model, fact: { value: ownYear.year, quote: ownYear.quote, paragraph, sentence: index } });
          }
          continue;
        }
        const made = draft(
          { model: mention.model, designation: mention.text, mentionStart: mention.start, mentionEnd: mention.end, wordsStart: mention.start },
          quantity,
          governing,
          { engine: engineOf.get(mention) ?? null, role: roleOf(text.slice(mention.end, sentence.end)) },
        );
        if (made) sentenceDrafts.push(made);
      }
      // "40 helicopters Mi-28NE and Mi-35", "40 вертолётов Ми-35 и «Ночной охотник» Ми-28", "five Ansat,
      // Ka-32 and Mi-171 helicopters": one number for two types or more is a total, not any one's
      for (const made of [...sentenceDrafts]) {
        const words = made.sources[0]!.words!;
        const counted = text.slice(words.start, words.end);
        const next = inSentence.find((m) => m.start >= words.end && !skip.has(m));
        if (!next || !LISTED_AFTER.test(text.slice(words.end, next.start)) || quantityBefore(text, sentence.start, next.start, { allowNoun: true })) continue;
        // the list's last type, and the noun after it
        let last = next;
        for (let m = inSentence.indexOf(next) + 1; m < inSentence.length && LISTED_AFTER.test(text.slice(last.end, inSentence[m]!.start)); m++) last = inSentence[m]!;
        const nounBefore = GENERIC_NOUN_INSIDE.test(text.slice(Math.max(sentence.start, words.start - 40), words.start + 1) + counted);
        if (nounBefore || NOUN_AFTER_LIST.test(text.slice(last.end, Math.min(sentence.end, last.end + 30)))) sentenceDrafts.splice(sentenceDrafts.indexOf(made), 1);
      }

      // Numbers with a generic noun: "four helicopters", "a contract for 48", "14 таких машин".
      for (const generic of genericCounts(text, sentence, inSentence)) {
        const governing = governingCue(text, sentence, clauses, cues, generic.quantity.start, generic.end);
        const deal = governing !== null && governing.cue.kind !== 'fleet' && governing.cue.kind !== 'total';
        // "five aircraft, including transports", "в том числе": a total over what follows
        // a list of types after it (not "to replace eight Mi-17"), or "including", makes it a total
        const breakdown = named.some((m) => m.start > generic.end) || /\b(?:including|such as|among them)\b|в том числе|включая/iu.test(text.slice(generic.end, sentence.end));
        const total = TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, generic.quantity.start - 20), generic.quantity.start));
        const plural = governing && /^(?:contracts|deals|orders|agreements|контракты|контрактов|договоры|соглашения)$/iu.test(governing.cue.text);
        let antecedent = breakdown || plural || total ? null : antecedentOf(antecedents, named, generic.category, generic.quantity.start, index);
        // "to purchase 17 military transport helicopters from Russia" before the report names the
        // Mi-17: the one helicopter type the article names, told after
        const beforeForward = forward !== null && (blockIndex < forward.block || (blockIndex === forward.block && generic.end <= forward.mention.start));
        if (!antecedent && !breakdown && !plural && !total && generic.quantity.kind === 'exact' && generic.category !== 'engine' && generic.category !== 'fighter' && forward && beforeForward) {
          antecedent = { model: forward.mention.model, designation: forward.mention.text, category: 'helicopter', paragraph: blocks[forward.block]!.paragraph, sentence: FORWARD, start: forward.mention.start, seller: undefined };
        }
        // "the Chinese government will supply four helicopters": not the Russian type told before
        const seller = antecedent ? partiesHere().countries.find((c) => c.role === 'supplier') : undefined;
        if (antecedent && seller && seller.country !== MAKER_COUNTRY[catalogueEntry(antecedent.model)?.maker ?? ''] && !orgsHere().some((o) => o.side === 'seller' && o.country !== seller.country)) antecedent = null;
        const claimable = deal && governing.cue.kind !== 'proposed' && !generic.quantity.definite && !generic.quantity.part && generic.quantity.kind !== 'bound';
        if (claimable && (antecedent === null || generic.quantity.kind === 'approximate')) {
          if (claims.length < MAX_CLAIMS) claims.push({ paragraph, text: generic.quantity.text, value: generic.quantity.value, kind: generic.quantity.kind, sentence: sentence.text, noun: generic.noun });
          continue;
        }
        if (!antecedent) continue;
        const made = draft(
          { model: antecedent.model, designation: antecedent.designation, mentionStart: generic.start, mentionEnd: generic.end, wordsStart: generic.start },
          generic.quantity,
          governing,
          { antecedent, nounText: text.slice(generic.quantity.start, generic.end), engine: null, role: null },
        );
        if (made) sentenceDrafts.push(made);
      }

      // "Algeria and Iraq … with confirmed orders of 42 and 19 respectively": a number for each
      // of two buyers, in the order they were named, of the one type the sentence names
      const pairs = /respectively|соответственно/i.test(sentence.text) ? RESPECTIVELY.flatMap((pattern) => [...sentence.text.matchAll(pattern)]) : [];
      const numbersOf = (m: RegExpMatchArray) => [m[1]!, m[2]!];
      const pair = pairs.find((m) => numbersOf(m).every((n) => parseNumber(n) !== null));
      const models = new Set(inSentence.filter((m) => !skip.has(m)).map((m) => m.model));
      const numbers = pair && numbersOf(pair);
      const values = (numbers ?? []).map((n) => parseNumber(n));
      // (what the sentence made already, "6 Mi-17V-5" of "12 and 6 Mi-17V-5 respectively", is one of the two)
      const readAlready = sentenceDrafts.every((d) => models.has(d.model) && values.includes(d.quantity));
      if (pair && numbers && models.size === 1 && readAlready) {
        const mention = inSentence.find((m) => !skip.has(m))!;
        const numbersAt = sentence.start + pair.index!;
        const maker = MAKER_COUNTRY[catalogueEntry(mention.model)?.maker ?? ''] ?? null;
        const buyers = partiesHere().countries.filter((c) => c.end <= numbersAt && c.country !== maker && (c.role === 'party' || c.role === 'recipient' || c.role === 'counterpart'));
        const countries = [...new Map(buyers.map((c) => [c.country, c])).values()];
        const governing = governingCue(text, sentence, clauses, cues, numbersAt, numbersAt + pair[0].length);
        if (countries.length === 2 && values.every((v) => v !== null && v > 1) && governing) {
          sentenceDrafts.length = 0;
          for (const [k, buyer] of countries.entries()) {
            const number = numbers[k]!;
            const start = numbersAt + pair[0].indexOf(number, k === 0 ? 0 : pair[0].indexOf(numbers[0]!) + numbers[0]!.length);
            const quantity: Quantity = { value: values[k]!, text: number, phrase: number, start, end: start + number.length, kind: 'exact', part: false, whole: false, definite: false };
            const made = draft(
              { model: mention.model, designation: mention.text, mentionStart: mention.start, mentionEnd: mention.end, wordsStart: mention.start },
              quantity,
              governing,
              { engine: null, role: null },
            );
            if (!made) continue;
            made.recipient = buyer.country;
            made.evidence = [
              ...made.evidence.filter((e) => e.field !== 'recipient'),
              { field: 'recipient', says: `recipient ${buyer.country}: the ${k === 0 ? 'first' : 'second'} of two buyers, "respectively"`, quote: buyer.text, where: 'in this sentence' },
            ];
            sentenceDrafts.push(made);
          }
        }
      }

      // "Контракт на поставку вертолета был заключен … в 2014 г.": a contract for one of the type just told
      const one = sentenceDrafts.length === 0 && inSentence.length === 0 && signingSentence ? CONTRACT_FOR_THE_HELICOPTER.exec(sentence.text) : null;
      if (one) {
        const noun = one[1] ?? one[2]!;
        const start = sentence.start + one.index + one[0].length - noun.length;
        const antecedent = antecedentOf(antecedents, named, 'helicopter', start, index);
        const governing = antecedent && governingCue(text, sentence, clauses, cues, start, start + noun.length);
        if (antecedent && governing && governing.cue.kind === 'signed') {
          const quantity: Quantity = { value: 1, text: noun, phrase: noun, start, end: start + noun.length, kind: 'exact', part: false, whole: false, definite: false };
          const made = draft(
            { model: antecedent.model, designation: antecedent.designation, mentionStart: start, mentionEnd: quantity.end, wordsStart: start },
            quantity,
            governing,
            { antecedent, nounText: noun, engine: null, role: null },
          );
          if (made) sentenceDrafts.push(made);
        }
      }

      const [only] = sentenceDrafts;
      if (only && sentenceDrafts.length === 1 && dealCues.length > 0) {
        const value = valueOf(sentence.text);
        if (value) {
          only.value = value;
          only.evidence.push({ field: 'value', says: `value ${value.text}`, quote: value.text, where: 'in this sentence' });
        }
      }
      // bounds on what one sentence and one article can make: a text that names a type a hundred
      // thousand times is stored and shown, but mined no further than this
      // "Речь идет о вертолетах Ми-171": the type the deal just told is, named exactly
      if (sentenceDrafts.length === 0 && IDENTIFIES.test(sentence.text)) {
        const exact = inSentence.find((m) => !skip.has(m));
        // the deal just told: in this paragraph, or the last one the paragraph before told
        const near = (i: number) => drafts[i]!.flags.paragraph === paragraph || (i === drafts.length - 1 && drafts[i]!.flags.paragraph === paragraph - 1);
        for (let i = drafts.length - 1; exact && i >= 0 && index - drafts[i]!.flags.sentence <= 3 && near(i); i--) {
          const told = drafts[i]!;
          if (told.family !== exact.entry.family || told.model === exact.model) continue;
          told.model = exact.model;
          told.evidence.push({ field: 'model', says: `${exact.model}: the text names the type exactly`, quote: exact.text, where: 'later in this paragraph' });
        }
      }
      if (drafts.length < MAX_RECORDS) drafts.push(...sentenceDrafts.slice(0, Math.min(MAX_RECORDS_PER_SENTENCE, MAX_RECORDS - drafts.length)));
      for (const mention of named) antecedents.push(mention);
      for (const unknown of unknownTypes(text, sentence, typeMentions, paragraph, index)) antecedents.push(unknown);

      // What this sentence establishes for the sentences after it.
      if (dealCues.length > 0 || paragraph === HEADLINE || signingSentence) {
        const stated = partiesOf(partiesHere().countries, partiesHere().orgs, null, 'Russia');
        // only where the sentence tells a purchase or a supply, not a plan ("seeking support for …")
        const buys = dealCues.some((c) => c.kind === 'signed' || c.kind === 'commitment' || c.kind === 'delivered') && !dealCues.some((c) => c.kind === 'proposed');
        if (buys && stated.payer && stated.recipient && !payers.has(stated.payer.country)) payers.set(stated.payer.country, { ...here(stated.recipient.quote), value: stated.recipient.country });
        // a buyer named only as "with X" does not replace one named as the buyer before
        if (stated.recipient && (!stated.recipient.weak || !paragraphContext.recipient || paragraphContext.recipient.value === stated.recipient.country)) {
          const fact = { ...here(stated.recipient.quote), value: stated.recipient.country };
          paragraphContext.recipient = fact;
          articleContext.recipient ??= fact;
        }
        if (stated.orgs.length > 0) {
          const fact = { ...here(stated.orgs[0]!.text), value: unique(stated.orgs.map((o) => o.name)) };
          paragraphContext.orgs = fact;
          articleContext.orgs ??= fact;
        }
        if (stated.supplier) {
          const fact = { ...here(stated.supplier.quote), value: stated.supplier.country };
          paragraphContext.supplier = fact;
          articleContext.supplier ??= fact;
        }
        if (signingSentence && !sentenceYear && !EARLIER.test(sentence.text)) toldNews = true;
        if (sentenceYear && signingSentence) {
          const ownYear = sentenceYear;
          const fact = { value: ownYear.year, quote: ownYear.quote, paragraph, sentence: index };
          paragraphContext.year = fact;
          paragraphContext.yearRecipient = stated.recipient?.country ?? paragraphContext.recipient?.value ?? null;
          if (!articleContext.year) {
            articleContext.year = fact;
            articleContext.yearRecipient = paragraphContext.yearRecipient;
          }
        }
        // "The agreement was concluded at MAKS-2017": the year of the deal just told; "the
        // contract … was concluded", with no year, is the article's news and takes its date's
        const dealYear = !signingSentence || sentenceDrafts.length > 0 || !THE_DEAL.test(sentence.text)
          ? null
          : sentenceYear
            ? { year: sentenceYear.year, says: `signed in ${sentenceYear.year}`, quote: sentenceYear.quote, where: 'later in this paragraph', fromDate: false }
            : articleYear !== null && !EARLIER.test(sentence.text)
              ? { ...articleYear, says: `signed in ${articleYear.year}: the signing is the article’s news`, fromDate: true }
              : null;
        const dated = (previous: Draft, year: NonNullable<typeof dealYear>, where: string) => {
          if (previous.year !== null) previous.evidence = previous.evidence.filter((e) => e.field !== 'year');
          previous.flags.dateYear = year.fromDate;
          previous.year = year.year;
          previous.evidence.push({ field: 'year', says: year.says, quote: year.quote, where });
        };
        let datedNear = false;
        for (let i = drafts.length - 1; dealYear && i >= 0 && index - drafts[i]!.flags.sentence <= 3; i--) {
          const previous = drafts[i]!;
          const replaceable = previous.year === null || (previous.flags.dateYear && !dealYear.fromDate);
          if (replaceable && previous.status === 'signed' && (previous.flags.paragraph === paragraph || previous.flags.paragraph === HEADLINE || index - previous.flags.sentence === 1)) {
            dated(previous, dealYear, dealYear.where);
            datedNear = true;
          }
        }
        // "Соглашение … заключили в ноябре 2021 года", paragraphs after the one deal the article
        // told with no year: that deal's year
        // (or "… followed by a formal contract signing in November of the same year": a sentence
        // that names no type, signs a contract, and states its year)
        const signedSoFar = drafts.filter((d) => d.status === 'signed');
        const namesContract = cues.some((c) => c.kind === 'signed' && CONTRACT_NOUN.test(c.text)) && !/signed into law/i.test(sentence.text);
        const farYear = dealYear ?? (signingSentence && sentenceYear && inSentence.length === 0 && sentenceDrafts.length === 0 ? { year: sentenceYear.year, says: `signed in ${sentenceYear.year}`, quote: sentenceYear.quote, where: '', fromDate: false } : null);
        if (farYear && !farYear.fromDate && !datedNear && namesContract && signedSoFar.length === 1 && signedSoFar[0]!.year === null) dated(signedSoFar[0]!, farYear, 'later in the article');
        // "отказались от покупки 16 Ми-17 … Соглашение … заключили в ноябре 2021 года": the purchase
        // dropped was a contract, now being cancelled, so signed
        const dropped = drafts.filter((d) => d.flags.dropped && d.status === 'proposed');
        if (farYear && !farYear.fromDate && namesContract && signedSoFar.length === 0 && dropped.length === 1) {
          const deal = dropped[0]!;
          deal.status = 'signed';
          const signing = cues.find((c) => c.kind === 'signed' && c.verb) ?? cues.find((c) => c.kind === 'signed');
          const why: Evidence = { field: 'status', says: 'signed: a contract now being cancelled', quote: signing?.text ?? '', where: 'later in the article' };
          deal.evidence = [why, ...deal.evidence.filter((e) => e.field !== 'status')];
          dated(deal, farYear, 'later in the article');
        }
        const status = sentenceStatus(dealCues);
        paragraphContext.sizeless = sentenceDrafts.length === 0 && status?.kind === 'signed';
        paragraphContext.upgrade = UPGRADE.test(sentence.text);
        if (status && paragraph !== HEADLINE) {
          const quoted = { ...status, text: cueQuote(text, status, sentence.end) };
          paragraphContext.status = { value: quoted, quote: quoted.text, paragraph, sentence: index };
        }
      }
    }
  }

  // "Belarus will get eight more Mi-35" in an article that tells no contract anywhere: a promise
  // of a supply the text does not say is agreed
  if (!tellsContract) {
    for (const promised of drafts) {
      if (promised.status !== 'signed' || !promised.flags.commitment) continue;
      const promise = promised.evidence.find((e) => e.field === 'status')!;
      asPlan(promised, { ...promise, says: 'proposed: a supply promised, and the article tells no contract for it' });
    }
  }

  // "an order for 48 new helicopters. … 42 Mi-28N and six Mi-26T2": a count told with a noun
  // that the next sentence breaks down into types is their total, not a deal for the type before
  for (const total of totalsBrokenDown(drafts)) {
    drafts.splice(drafts.indexOf(total), 1);
    const source = total.sources[0]!;
    if (claims.length < MAX_CLAIMS) claims.push({ paragraph: source.paragraph, text: total.flags.figure, value: total.quantity!, kind: 'exact', sentence: source.sentence, noun: '' });
  }

  const records = finishDeals(
    drafts,
    modelYears.map(({ model, fact }) => ({ model, year: fact.value, quote: fact.quote })),
    articleContext.recipient && { country: articleContext.recipient.value, quote: articleContext.recipient.quote },
    mentions,
    underContract,
  );
  return { records, mentions, claims: countClaims(article.id, claims, records) };
}

/**
 * Whether a sentence tells a contract signed or an order placed: a signing verb, or a contract
 * noun not in a clause that only plans it ("will sign an agreement for four Yak-130").
 */
function tellsSigning(sentence: Span, cues: readonly Cue[]): boolean {
  if (cues.some((c) => c.kind === 'signed' && c.verb)) return true;
  const contracts = cues.filter((c) => c.kind === 'signed' && CONTRACT_NOUN.test(c.text));
  if (contracts.length === 0) return false;
  const plans = cues.filter((c) => c.kind === 'proposed');
  if (plans.length === 0) return true;
  const clauses = clausesOf(sentence);
  const clauseOf = (c: Cue) => clauses.findIndex((k) => c.start >= k.start && c.start < k.end);
  return contracts.some((c) => !plans.some((p) => clauseOf(p) === clauseOf(c)));
}

/**
 * Counts read from a generic noun ("48 helicopters") that equal the sum of the counts of two or
 * more types told in the next sentence with a record: a total broken down, not a deal of its own.
 */
function totalsBrokenDown(drafts: readonly Draft[]): Draft[] {
  return drafts.filter((total) => {
    if (!total.flags.generic || total.quantity === null) return false;
    const next = drafts.find((d) => d.flags.sentence > total.flags.sentence && !d.flags.generic);
    if (!next || next.flags.sentence - total.flags.sentence > 2) return false;
    const parts = drafts.filter((d) => d.flags.sentence === next.flags.sentence && !d.flags.generic);
    return new Set(parts.map((d) => d.model)).size >= 2 && parts.reduce((sum, d) => sum + (d.quantity ?? 0), 0) === total.quantity;
  });
}

/** Between two types of one list: "and", "or", a comma, maybe a nickname in quotes ("», Ка-32", "и «Ночной охотник» "). */
const LISTED_AFTER = /^[»"”]?\s*(?:and|or|и|или|,)\s*(?:[«"“][^»"”]{1,30}[»"”]\s*)?$/iu;
/** A plural noun after a list of types, which the one number before it counts: "… and Mi-171 helicopters". */
const NOUN_AFTER_LIST = /^\S*\s+(?:\p{L}+[- ])?(?:helicopters|rotorcraft|aircraft|вертол[её]т(?:ов|а|ы)|машин)(?![\p{L}])/iu;

/** A contract's own noun, as a cue's words: "contract", "deal", "контракт", "договор". */
const CONTRACT_NOUN = /^(?:contracts?|deals?|agreements?|orders?|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*|сделк\p{L}*|заказ\p{L}*|допсоглашени\p{L}*)$/iu;

const DEAL_NOUN_AFTER = /^\s+(?:(?:a|an|the|two|three|several|its|their|new|major|large|first|second|\p{L}+)\s+){0,2}?(?:contracts?|deals?|agreements?|orders?|контракт\p{L}*|договор\p{L}*|соглашени\p{L}*|сделк\p{L}*)(?![\p{L}])/iu;

/** A cue as a reader would quote it: "signed a contract", not "signed". */
function cueQuote(text: string, cue: Cue, limit: number): string {
  if (cue.kind !== 'signed' || !cue.verb) return cue.text;
  const after = DEAL_NOUN_AFTER.exec(text.slice(cue.end, Math.min(limit, cue.end + 40)));
  return after ? text.slice(cue.start, cue.end + after[0].length) : cue.text;
}

/** "by the end of the year", "in December": when part of an order comes, not a contract; "signed in May" is no such date. */
const REPAIRED_AMONG = new RegExp(`${UPGRADE.source}[^.;]{0,80}(?:among them|including|of which|в том числе|включая|из них|среди них)\\s*[-–—:]?\\s*(?:[^.;]{0,60}(?:,|\\band|\\s+и)\\s+)?$`, 'iu');

/** A span of years the sentence tells purchases over; not one of deliveries ("с поставками в 2023-2024 годах"). */
function historySpan(sentence: string): boolean {
  const span = YEAR_SPAN.exec(sentence);
  return span !== null && !/(?:deliver\p{L}*|supplies|поставк\p{L}*|поставлен\p{L}*|передач\p{L}*)(?:\s+\p{L}+){0,2}\s*$/iu.test(sentence.slice(Math.max(0, span.index - 40), span.index));
}

function scheduleIn(sentence: string): string | null {
  const found = SCHEDULE.exec(sentence);
  if (!found) return null;
  const before = sentence.slice(Math.max(0, found.index - 20), found.index);
  return /(?:sign\p{L}*|conclud\p{L}*|order\p{L}*|agreed|подписан\p{L}*|заключ\p{L}*)\s+$/iu.test(before) ? null : found[0];
}

/** The governing status of a sentence for the sentences after it: a proposal, a delivery, else a signing. */
function sentenceStatus(cues: Cue[]): Cue | null {
  const verbs = cues.filter((c) => c.verb);
  const pool = verbs.length > 0 ? verbs : cues;
  for (const kind of ['proposed', 'delivered', 'signed', 'commitment'] as const) {
    const found = pool.find((c) => c.kind === kind);
    if (found) return found;
  }
  return null;
}

const ROLE_BRACKET = /^\s*(?:helicopters?\s*)?\(\s*([^()]{2,40}?)\s*\)/i;
const ROLE_VERSION = /^\s*(?:helicopters?\s+)?in (?:the |an? )?([\p{L}\s-]{2,40}?) (?:version|configuration|variant|modification)\b/iu;

/** "the first of 20 A-29 Super Tucano aircraft": a type the catalogue does not know is what a later "20 aircraft" means. */
function unknownTypes(text: string, sentence: Span, typeMentions: readonly TypeMention[], paragraph: number, index: number): Antecedent[] {
  const found: Antecedent[] = [];
  for (const unknown of spansOf(UNKNOWN_DESIGNATION, text, sentence.start, sentence.end)) {
    if (typeMentions.some((m) => m.start <= unknown.start && unknown.start < m.end)) continue;
    const category = /^(?:AW|H\d|EC|AS|Bell|UH|CH|S-[79])/.test(unknown.text) ? 'unknown helicopter' : 'unknown';
    found.push({ model: '', designation: unknown.text, category, paragraph, sentence: index, start: unknown.start, seller: undefined });
  }
  return found;
}

/** A role the text states right after a type: "(military transport)", "in the search and rescue version". */
function roleOf(after: string): string | null {
  const bracket = ROLE_BRACKET.exec(after)?.[1];
  if (bracket && ROLE_WORDS.test(bracket)) return bracket.trim();
  const version = ROLE_VERSION.exec(after)?.[1];
  if (version && ROLE_WORDS.test(version.trim())) return version.trim();
  return null;
}

/** "© Copyright 2017 TASS", "Copyright © 2015": a page's footer naming one year (not "© 2008–2024"). */
/** The sentence index of a type a count points forward to (see `forwardType`). */
const FORWARD = -1;

/**
 * The helicopter type an article names first, when every helicopter it names is of that one
 * family ("Mi-17", "Mi-17V-5"): what a count told before any type ("17 helicopters") means.
 */
function forwardType(typesByBlock: readonly TypeMention[][]): { block: number; mention: TypeMention } | null {
  let first: { block: number; mention: TypeMention } | null = null;
  for (const [block, mentions] of typesByBlock.entries()) {
    for (const mention of mentions) {
      if (mention.entry.category !== 'helicopter') continue;
      if (!first) first = { block, mention };
      else if (mention.entry.family !== first.mention.entry.family) return null;
    }
  }
  return first;
}

/** How many paragraphs from the end a copyright line may be. */
const COPYRIGHT_PARAGRAPHS = 6;
const COPYRIGHT_YEAR = /(?:^|(?<=[.!?]\s))(?:©|\(c\)|Copyright)\s*(?:(?:©|Copyright)\s*)?((?:19|20)\d\d)(?!\s*[-–—]\s*\d|\d)/iu;

/**
 * The year the article was written: its date's, unless the page's copyright line names an
 * earlier one (a text imported without a dateline is dated the day it was imported). An
 * import with no date at all has 1970 or none.
 */
function articleYearOf(article: ArticleText): { year: number; quote: string; where: string } | null {
  const dated = Number(/^(\d{4})/.exec(article.date ?? '')?.[1]);
  const date = Number.isFinite(dated) && dated > 1970 ? { year: dated, quote: article.date!, where: 'the article’s date' } : null;
  for (let i = article.paragraphs.length - 1; i >= 0 && i >= article.paragraphs.length - COPYRIGHT_PARAGRAPHS; i--) {
    const match = COPYRIGHT_YEAR.exec(article.paragraphs[i]!.trim());
    if (match && (date === null || Number(match[1]) < date.year)) {
      return { year: Number(match[1]), quote: match[0].trim(), where: 'the page’s copyright line' };
    }
  }
  return date;
}

const unique = <T>(list: T[]) => [...new Set(list)];

export type { TypeMention, OrganisationMention, Span };
