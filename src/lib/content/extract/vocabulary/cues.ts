// Deal words in English and Russian: what makes a sentence about a signing, a delivery, an
// offer or talks, a fleet in service, or a total. Each is data; the decisions that use them
// are in ../status.ts.

import { groupedByFirstLetter } from './alternation.ts';

/**
 * What a cue says of a type it governs:
 * - `signed`: a contract signed, an order placed, a purchase made ("signed", "ordered", "заключил").
 * - `commitment`: a supply promised ("will supply", "is to receive", "поставит"): a contract,
 *   unless it is part of an order (the first four, by the end of the year).
 * - `delivered`: handed over, received, shipped ("delivered", "передал", "поставлены").
 * - `proposed`: offers, talks, plans, options, tenders ("offered", "intends to", "переговоры").
 * - `fleet`: in service ("operates", "на вооружении").
 * - `total`: exports and market figures ("exported", "worldwide").
 */
export type CueKind = 'signed' | 'commitment' | 'delivered' | 'proposed' | 'fleet' | 'total';

/** A family of deal words: verbs (`verb: true`) govern more strongly than nouns. */
export interface CuePattern {
  kind: CueKind;
  verb: boolean;
  pattern: RegExp;
}

/** "concluded a contract" signs; "concluded manufacturing of 7", "concluded talks" do not. */
const CONCLUDED = 'concluded(?! (?:the |its |their )?(?:manufactur|production|assembl|work|test|trial|construction|building|repair|overhaul|exercise|visit|talks|negotiations)\\p{L}*)';

// Word boundaries that see Cyrillic letters as letters (\b does not). The cue patterns leave
// the one before the word to the scanner (`cuesIn`): a regex that starts with a lookbehind
// cannot skip ahead to the letters it could start with, and scans several times slower.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const cueWords = (source: string) => new RegExp(`(?:${groupedByFirstLetter(source, 'i')})${E}`, 'giu');
const words = (source: string) => new RegExp(`${B}(?:${groupedByFirstLetter(source, 'i')})${E}`, 'giu');
const wordsOnce = (source: string) => new RegExp(`${B}(?:${groupedByFirstLetter(source, 'i')})${E}`, 'iu');

/** A state's armament programme: what it will get under one is planned, not contracted (see PROGRAMME). */
const PROGRAMME_WORDS =
  '(?:state )?(?:armament|arms|defen[cs]e procurement) program(?:me)?|государственн\\p{L}* программ\\p{L}* вооружени\\p{L}*|госпрограмм\\p{L}* вооружени\\p{L}*|ГПВ';

/** Words that deny a report: "reports that … are incorrect", "опроверг". */
const DENIED =
  'denied|denies|den(?:y|ying) (?:the )?reports?|dismissed (?:the )?reports?|(?:is|are|was|were) (?:incorrect|untrue|false|inaccurate|not true|groundless)|' +
  'no official (?:announcement|confirmation|statement)s?|никаких официальных (?:объявлений|заявлений|сообщений|подтверждений)|опроверг\\p{L}*|(?:являются|являлись|является|были|было|оказались) (?:некорректными|некорректной|ложными|недостоверными|неверными|беспочвенными)|не соответству\\p{L}* действительности';

export const CUES: readonly CuePattern[] = [
  // ---- in service
  {
    kind: 'fleet',
    verb: true,
    pattern: cueWords(
      'operates|operated|operating|operator of|at (?:its|their|the) disposal|operators of|flies|flown by|in service|into service|in (?:its|their|the) (?:inventory|fleet|arsenal)|inventory|fleet of|fleet,? (?:which |that )?(?:(?:consists|consisted|is made up|was made up) of|comprises|comprised|includes|included|numbers|numbered)|fleet (?:consisting|comprising|made up) of|already (?:has|have|had|owns|fields|flies|fly|operates|operate|uses|use)|currently (?:has|have|fields|owns|flies|fly|operates|operate|uses|use)|possesses|in use|in operation|serving with|available (?:with|to|in) the|(?:were|was|are|is) operational|serviceable|retired|retires|retiring|decommissioned|withdrawn from service|withdrew|(?:pilot|trial|test) operation|' +
        'на вооружении|в (?:сво\\p{L}+ )?распоряжении|списал[аио]?|списан[аоы]?|опытн\\p{L}* эксплуатаци\\p{L}*|состо(?:ят|ит|ящих|ящие|ял[аи]?) на вооружении|эксплуатиру\\p{L}*|эксплуатаци\\p{L}*|эксплуатант\\p{L}*|в (?:\\p{L}+ )?парке|находятся в (?:\\p{L}+ ){0,2}(?:парке|эксплуатации)|парк(?:е|а)? (?:вертол[её]тов|ВВС)|имеющи(?:хся|еся|йся)|уже име(?:ет|ют|ющихся|ющиеся)',
    ),
  },
  // ---- offers, talks, plans, options: a proposal outranks every other word in its clause
  {
    kind: 'proposed',
    verb: true,
    pattern: cueWords(
      'offer(?:s|ed|ing)?|propos(?:es|ed|ing|al|als)|negotiat\\p{L}*|in talks|talks (?:with|on|about|over|for)|held talks|talked about|discuss(?:es|ed|ing|ion|ions)?|consultations?|' +
        '(?:could|may|might|would|should|can) (?:also )?(?:buy|acquire|order|purchase|receive|sign|get|be (?:signed|procured|purchased|bought|ordered|supplied|delivered|acquired)|procure)|' +
        'plans? to|planned to|planning to|expects? to|expecting to|(?:was|were) to be (?:purchased|bought|acquired|procured|ordered|supplied|delivered|built|manufactured|produced|assembled|made|installed)|(?:was|were) supposed to|decided to|decides to|decision to|expecting|expects (?:an? |more |further )?orders?|anticipat(?:es|ed|ing)|in the (?:process|course) of (?:being )?sign\\p{L}*|plans?|intends? to|intended to|intention|intentions|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|eye(?:s|d|ing)|interested in|interest in|' +
        'expected to (?:sign|order|buy|acquire|purchase|be signed)|(?:is|are) expected to be signed|wants? to|wanted to|seeks? to|sought to|seeking|looking to|aims? to|hopes? to|would like|ready to (?:supply|sell|deliver|offer|make|place|sign|order|buy|purchase|acquire)|prepared to|' +
        'pending (?:acquisition|purchase|procurement|order|deal|contract|sale)|process to (?:buy|procure|purchase|acquire)|there will be (?:a|an) (?:\\p{L}+ )?(?:agreement|contract|deal)|tender|tenders|bid|bids|bidding|competition|auction|auctions|request for proposals?|RFP|memorandum|MoU|(?:letter|agreement|protocol|declaration|statement) of intent|intent|LoI|draft (?:contract|agreement)|drafted|to be (?:ordered|purchased|bought|acquired|procured)|claims? (?:of|that)|rumou?rs? (?:of|that)|unconfirmed|(?:will|would|shall) (?:soon |also |later )?be (?:ordered|purchased|bought|acquired|procured|contracted)|будут (?:заказаны|закуплены|приобретены)|будет (?:заказан[аоы]?|закуплен[аоы]?|приобрет[её]н[аоы]?)|close to (?:finali[sz]ing|signing|concluding|sealing|clinching)|nearing (?:a |the )?(?:deal|contract|agreement|signing)|on the verge of (?:signing|finali[sz]ing|concluding)|option(?:s)? (?:for|to|of)|an option|possible|potential|possibility|prospective|' +
        '(?:loan|credit|credit line|financing|funding) to (?:allow|enable|help|fund|finance|pay for)|(?:will|would|could|is to|are to) be used to (?:buy|purchase|acquire|pay for)|кредит\\p{L}* на (?:покупку|закупку|приобретение)|' +
        '(?:procurement|acquisition|modernisation|modernization) (?:roadmap|plans?|wish ?list)|roadmap|wish ?list|' +
        PROGRAMME_WORDS +
        '|' +
        'approv(?:ed|es|al) (?:the )?(?:purchase|procurement|acquisition|proposal|plan)|cleared (?:the )?(?:purchase|procurement|acquisition)|' +
        '(?:will|would|is to|are to|is set to|are set to|is going to|are going to|expected to|due to|going to)(?: (?:soon|also|finally|shortly|then|likely|probably|officially|\\p{L}+ly))? sign|to be signed|will be signed|will soon be signed|preparing to|prepares to|prepared to|getting ready to|готов(?:ит|ят)ся|собира(?:ется|ются)|yet to (?:be )?sign\\p{L}*|not (?:yet )?(?:been )?signed|awaits|awaiting|' +
        'одобрил[аи]? (?:покупку|закупку|приобретение)|решил[аио]? (?:купить|закупить|приобрести|заказать)|решени\\p{L}* (?:о (?:покупке|закупке|приобретении)|купить|закупить|приобрести)|одобрен[аоы]? (?:покупка|закупка|приобретение)|предлож\\p{L}*|переговор\\p{L}*|планир\\p{L}*|план(?:ы|ах|ов)?|намерен\\p{L}*|намерева\\p{L}*|рассматрива\\p{L}*|рассмотр\\p{L}*|обсужд\\p{L}*|консультаци\\p{L}*|' +
        'в стадии подписания|одобрил[аио]? выделение|выделени\\p{L}* (?:средств )?на (?:закупку|покупку|приобретение)|(?:было|были|был|была) одобрен\\p{L}*|дал[аио]? добро|на стадии подписания|рассчитыва\\p{L}*|мо(?:жет|гут|г|гла|гли)|возможн\\p{L}*|заинтересован\\p{L}*|тендер\\p{L}*|конкурс\\p{L}*|аукцион\\p{L}*|меморандум\\p{L}*|протокол о намерениях|опцион\\p{L}*|' +
        'в ближайшее время|в скором времени|in the near future|ожида\\p{L}* подписани\\p{L}*|будет подписан\\p{L}*|подпишут|подпишет|предполага\\p{L}*|хоч\\p{L}*|хот(?:ят|ел|ела|ели)|готов(?:а|ы)? (?:поставить|продать)|проект (?:соглашения|контракта|договора)|' +
        // a purchase dropped before any contract: "отказалась от закупки 48" (a contract cancelled stays a contract)
        'отказал\\p{L}* от (?:закупки|покупки|приобретения|планов)',
    ),
  },
  // ---- a report denied: whatever it said was agreed, was not (see DENIAL)
  {
    kind: 'proposed',
    verb: true,
    pattern: cueWords(DENIED),
  },
  // bare modals, lower case only ("May 2010" is a month)
  { kind: 'proposed', verb: true, pattern: /(?:could|might|would|may)(?![\p{L}])/gu },
  // ---- delivered: handed over, received, shipped (past, present or planned hand-overs)
  {
    kind: 'delivered',
    verb: true,
    pattern: cueWords(
      'delivered|deliver(?:s|ing)|supplied|(?:the )?receipt of|the arrival of|supplying|hand(?:s|ed|ing)? over|handover|took delivery|tak(?:es|en|ing) delivery|take (?:the )?delivery|received|receives|receiving|' +
        'shipped|shipping|shipments?|unloaded|offloaded|arrived|arrives|arrive|arriving|transferred|accepted|inducted|commissioned|completed (?:the )?(?:deliver\\p{L}*|shipments?|supplies)|' +
        'поставил[аио]?|поставлен[аоы]?|поставлялись|поставлял[аио]?|поставленн\\p{L}*|передал[аио]?|переда(?:ют|ет|н|на|ны|но)|переданн\\p{L}*|получил[аио]?|получен[аоы]?|полученн\\p{L}*|' +
        'доставлен\\p{L}*|доставил[аио]?|прибыл[аио]?|прибыв\\p{L}*|отгруж\\p{L}*|отгрузил[аио]?|поступил[аио]?|поступят|завершил[аио]? передачу|принял[аио]?(?: на вооружение)?|ожида(?:ется|ются|лась|лись|ет|ют|л[аио]?) поставк\\p{L}*|приняты|завершил[аи]? поставк\\p{L}*|передаст|передадут|поставка (?:первой|второй|очередной)',
    ),
  },
  {
    kind: 'delivered',
    verb: false,
    pattern: cueWords('deliver(?:y|ies)|consignments?|tranches?|shipments?|поставк\\p{L}* (?:(?:в|во) \\p{L}+ )?(?:перв|втор|трет|очередн|последн)\\p{L}*'),
  },
  // ---- a supply promised: a contract unless it is part of one
  {
    kind: 'commitment',
    verb: true,
    pattern: cueWords(
      '(?:will|shall|would soon|is set to|are set to|is due to|are due to|is to|are to|is going to|are going to) (?:also )?(?:supply|deliver|receive|get|buy|acquire|purchase|procure|obtain|be supplied|be delivered|be equipped)|' +
        "(?:'ll|’ll) (?:supply|deliver|receive|get)|to (?:supply|deliver|sell|provide)|to be (?:supplied|delivered|built|manufactured|produced)|to get|to receive|to buy|to purchase|to acquire|to procure|is getting|are getting|gets|" +
        'постав(?:ит|ят|ить|им)|передадим|получ(?:ит|ат|им)|закуп(?:ит|ят)|изготов(?:ит|ят)|постро(?:ит|ят)|'+
        '(?:will|is to|are to) (?:build|manufacture|produce) (?:\\p{L}+ )?for|приобрет[её]т|приобретут|купит|купят|будут поставлен\\p{L}*|будет поставлен\\p{L}*|будут переданы|предстоит поставить|долж(?:на|ны|ен) (?:получить|поставить|быть поставлен\\p{L}*)',
    ),
  },
  // ---- signed: a contract concluded, an order placed, a purchase made
  {
    kind: 'signed',
    verb: true,
    pattern: cueWords(
      `sign(?:s|ed|ing)?|inked|${CONCLUDED}|conclude|awarded|` + 'ordered|purchased|purchases|bought|buys|sold|acquired|acquires|procured|contracted|' +
        'agreed (?:to (?:buy|purchase|acquire|supply|deliver|sell|the)|on (?:the )?(?:sale|purchase|supply|delivery|deal))|struck (?:a|the) deal|sealed (?:an?|the) (?:deal|contract|agreement)|clinched|finali[sz]ed|firmed up|booked|won (?:a|the) (?:contract|order|deal)|secured (?:a|the|an) (?:contract|order|deal)|placed (?:an?|the|its) orders?|' +
        'подписал[аио]?|подписавш\\p{L}*|заключивш\\p{L}*|подписан[аоы]?|подписанн\\p{L}*|подписани\\p{L}*|подписали|заключени\\p{L}*(?= (?:\\p{L}+ ){0,2}(?:контракт|договор|соглашени|сделк))|заключил[аио]?|заключ[её]н[аоы]?|заключенн\\p{L}*|заключ[её]нн\\p{L}*|законтрактовал[аио]?|законтрактованн\\p{L}*|заказал[аио]?|заказан[аоы]?|заказанн\\p{L}*|закупил[аио]?|приобр[её]л[аио]?|купил[аио]?|договорил(?:ись|ась|ся|ось)|утвердил[аио]?',
    ),
  },
  {
    kind: 'signed',
    verb: false,
    pattern: cueWords(
      'contracts?|deals?|orders?|agreements?|purchases?|acquisition|procurement|sale|supply|supplies|supplements?|' +
        'контракт\\p{L}*|договор(?:а|у|ом|е|ы|ов)?|соглашени\\p{L}*|сделк\\p{L}*|заказ(?:а|у|ом|е|ы|ов)?|закупк\\p{L}*|покупк\\p{L}*|приобретени\\p{L}*|поставк\\p{L}*|поставок|допсоглашени\\p{L}*',
    ),
  },
  // ---- totals and market figures
  {
    kind: 'total',
    verb: true,
    pattern: cueWords(
      'exported|export (?:total|figures)|worldwide|world market|market share|the world over|around the world|over the (?:last|past) (?:\\d+|\\p{L}+) (?:years|decades)|in the (?:last|past) (?:\\d+|\\p{L}+) years|(?:according to|under) the (?:agreements|contracts|deals)|(?:so far|to date|thus far|at the moment) (?:sold|bought|ordered|purchased)|(?:sold|bought|ordered|purchased) (?:so far|to date|thus far|at the moment)|' +
        'экспортирован\\p{L}*|в мире|мирово\\p{L}* рын\\p{L}*|доля рынка|портфел\\p{L}*|за последние (?:\\d+|\\p{L}+) (?:лет|года)',
    ),
  },
];

/** A denial: it governs every type of its sentence, wherever it stands ("reports that … will supply 42 … are incorrect"). */
export const DENIAL = wordsOnce(DENIED);

/** An armament programme: a plan for what is still to come, not for what its clause says arrived. */
export const PROGRAMME = wordsOnce(PROGRAMME_WORDS);

/** Right after a type: "ordered in 2014", "which were bought in 2008", "заказанных в 2014 году" (not "bought in the 1990s"): an order of that year. */
export const ORDERED_IN_YEAR = /^\S*,?\s+(?:(?:that|which)\s+(?:were|was)\s+)?(ordered|bought|purchased|acquired|contracted|заказанн\p{L}*|закупленн\p{L}*|приобретенн\p{L}*)\s+(?:in|в)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d(?![\d'’s-])/iu;

/** Verbs that sign: a year next to one is the year signed. */
export const SIGNING_VERB = words(
  `sign(?:s|ed|ing)?|inked|${CONCLUDED}|awarded|` + 'ordered|purchased|bought|acquired|procured|contracted|agreed|struck|sealed|clinched|finali[sz]ed|placed|(?:won|secured) (?:a|an|the) (?:contract|order|deal)|(?:was|were|been) announced|ceremony (?:to mark|marking)|' +
    'подписал[аио]?|подписавш\\p{L}*|заключивш\\p{L}*|подписан\\p{L}*|подписали|заключил[аио]?|заключ[её]н\\p{L}*|заказал[аио]?|закупил[аио]?|приобр[её]л[аио]?|договорил\\p{L}*|утвердил[аио]?',
);

/** A contract noun whose object is the deal's size: "a contract for 48", "контракт на поставку 12". */
export const CONTRACT_FOR = new RegExp(
  `${B}(?:contracts?|deals?|orders?|agreements?|supplements?)(?:\\s+(?:worth|valued at|of)\\s+\\S+(?:\\s+(?:million|billion|mln|bn))?)?(?:\\s+(?:with|between)(?:\\s+the)?(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){1,5})?\\s+(?:(?:for|on|covering|to (?:supply|deliver|buy|purchase|acquire|procure)|calls? for|called for|includes?|included)\\s+)(?:the\\s+)?(?:(?:supply|supplying|delivery|delivering|deliveries|purchase|purchasing|buying|sale|acquisition|acquiring|procurement|procuring|production(?: and supply)?|manufacture)\\s+(?:of\\s+)?)?(?:an?\\s+)?(?:(?:additional|further|another|more|new)\\s+)?(?:(?:batch|lot)\\s+of\\s+)?$` +
    `|${B}(?:covers?|covering|covered|provides for|provided for|calls for|called for|envisages|envisaged|stipulates|stipulated)\\s+(?:the\\s+)?(?:supply|delivery|deliveries|purchase|sale|acquisition|procurement)\\s+of\\s+(?:an?\\s+)?$` +
    `|${B}(?:контракт\\p{L}*|договор\\p{L}*|соглашени\\p{L}*|заказ\\p{L}*|допсоглашени\\p{L}*|сделк\\p{L}*)\\s+(?:(?:от\\s+)?(?:19|20)\\d\\d\\s+(?:года|г\\.)\\s+)?(?:(?:на|о|об)\\s+)(?:(?:поставк\\p{L}*|покупк\\p{L}*|закупк\\p{L}*|приобретени\\p{L}*|производств\\p{L}*)\\s+)?(?:(?:в|для)\\s+\\S+(?:\\s+\\S+)?\\s+)?(?:\\p{Lu}\\p{L}+\\s+)?(?:(?:ещ[её]|дополнительн\\p{L}*)\\s+)?$` +
    `|${B}(?:контрактом|договором|соглашением)\\s+предусм\\p{L}*\\s+(?:поставк\\p{L}*|закупк\\p{L}*)\\s+$`,
  'iu',
);

/** "by the end of the year", "next week", "до конца года": a delivery schedule, not a contract. */
export const SCHEDULE = wordsOnce(
  'by (?:the )?end of (?:the |this )?(?:year|month|quarter|summer|autumn|winter|spring)|by year-end|by year end|later this year|this year|this month|next week|next month|in the (?:first|second|third|fourth) quarter|throughout the (?:current )?year|during the current year|the current year|soon|shortly|' +
    '(?:in|by) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!,? \\d{4})|' +
    // "Минобороны получит 14 Ка-52 в 2017 году": a year's deliveries, not a contract
    'в (?:19|20)\\d\\d году|(?:заказа|заказу|плана|программы) на (?:19|20)\\d\\d год|' +
    '(?:в|к|до) (?:январ[еюя]|феврал[еюя]|марте?|марту|апрел[еюя]|ма[ею]|ма[йя]|июн[еюя]|июл[еюя]|августе?|августу|сентябр[еюя]|октябр[еюя]|ноябр[еюя]|декабр[еюя])(?! (?:19|20)\\d\\d)|' +
    '(?:до|к) конц[уа] (?:года|месяца|текущего года|этого года|(?:19|20)\\d\\d года)|в (?:этом|текущем) году|в течение (?:текущего|этого) года|в конце (?:мая|месяца|года)|в ближайшее время|на следующей неделе|в следующем месяце|' +
    // "in a few weeks", "через несколько недель": the next hand-over of an order under way
    'in (?:a few|the coming|coming|two|three) weeks|within (?:a few )?weeks|через (?:несколько|пару|две|три|\\d+) (?:недел\\p{L}*|месяц\\p{L}*|дн\\p{L}*)',
);
