// Contract records mined from article text, each with the sentence it came from.
//
// The rules, applied sentence by sentence within each paragraph:
//
//  1. Types are found with the catalogue (`findTypeMentions`). A quantity is a number in
//     digits ("68", "1,000") or words ("five", "twenty-one", "a dozen", "one hundred and
//     twenty") right before the type, optionally with words such as "more", "extra", "new"
//     or "units of" between them: "an extra 24 Su-35 fighters", "four more Mi-35M".
//     A four-digit year is never a quantity ("the 2019 Mi-171 order").
//  2. Within, not on top: a type after "including", "of which", "among them" (up to the
//     closing bracket, or the next comma or semicolon) is part of the record before it and
//     makes no record of its own: "68 Mi-171 (including the upgraded Mi-171E)" is 68 Mi-171.
//  3. Qualifiers stay on their record: an engine after "with", "powered by", "fitted with"
//     ("14 Mi-171 helicopters with a VK-2500 engine") or before "-powered" sets `engine` and
//     is not a record; a role in brackets or "in the … version" ("18 Mi-171Sh (military
//     transport) helicopters") sets `role`. Otherwise the role is the catalogue's.
//  4. Status comes from deal words in the type's clause (text between commas, semicolons,
//     colons, brackets and spaced dashes), else in the rest of the sentence, else from the
//     context (rule 5). In a clause the nearest word before the type counts, verbs before
//     nouns, and a proposal word ("offered to supply") outranks a signing word:
//       in service ("operates", "in service", "fleet of", "already has") → no record;
//       proposed ("offered", "negotiating", "in talks", "could buy", "plans to") → 'proposed';
//       delivered ("is delivering", "supplied", "handed over", "received") → 'delivered';
//       signed ("signed", "ordered", "bought", "contract", "deal", "supply of") → 'signed'.
//     "will be delivered" / "deliveries will…" are not deliveries.
//  5. Context carries within a paragraph: a sentence with deal words sets status, supplier
//     organisations, supplier, recipient and year; later sentences of the same paragraph
//     inherit what they do not state (all of it is dropped when a sentence names other
//     parties). Context never crosses a paragraph. A sentence that lives on context alone
//     yields records only for types with a quantity, not after "the/these" ("the 10
//     Mi-17"), and not in clauses about specifications ("can carry", "seats", "km", "kg").
//  6. A type with no quantity is a record only when its own clause has deal words
//     ("the supply of S-400 Triumph systems"); a passing mention ("the debut of the
//     Mi-171Sh Storm", "the export version of Mi-8AMTSh") is not. Nor is a type introduced
//     by "version of", "based on", "to replace", "similar to".
//  7. Parties: supplier organisations are known names (Russian Helicopters, Rosoboronexport,
//     Rostec, …) and give the supplier country. Countries (and capitals used for them, and
//     "the Egyptian Air Force") take their part from the words around them: "to/for X" →
//     recipient, "from X" → supplier, "X delivers/offered" → supplier, "X ordered/bought/
//     received" → recipient, "X signed … with Y": whichever side is not already known; when
//     neither is, the side where the types are made (Russia for Mil, Kamov, Sukhoi…) sells,
//     else "on the supply of"/"to supply" makes the signer the seller, else both stay null.
//     A lone signer buys ("Egypt signed a contract for 46 Ka-52") unless the types are made
//     in its country. Per record, the nearest recipient after the type wins, else the one
//     before.
//  8. Year signed: for signed records, a year in the sentence (not "by 2022", "until…");
//     for deliveries, only a year tied to the order ("ordered in 2015", "the 2015 contract").
//     Proposals have no year.
//  9. Value ("US$ 1.2 billion", "€40 million", "5 billion rubles") goes on the record only
//     when its sentence has deal words and yields exactly one record; a value shared by
//     several records would be counted twice in totals.
// 10. Claimed totals: a number with a generic noun ("120+ various rotorcraft", "more than
//     120 helicopters", "a total of 121 helicopters", "some 120 aircraft") in a sentence with
//     deal words is a claim, never a record. min: "120+" and "at least 120" → 120, "more
//     than/over 120" → 121, "some/about/nearly 120" → 120 (approximate); exact only for a
//     bare or "a total of" figure. `counted` sums the quantities of the paragraph's records
//     of the noun's category (helicopters for "rotorcraft", fighters for "jets", …).
//
// Provenance: `source.start`/`end` are the offsets of the quoted sentence in its paragraph,
// so `paragraphs[paragraph].slice(start, end) === sentence`.

import type { Article } from './article.ts';
import { dealRecord, groupByDeal } from './deals.ts';
import { findTypeMentions, type Category, type TypeMention } from './catalogue.ts';

/** Whether a record is a new contract, a delivery under one, or an offer or talks. */
export type ContractStatus = 'signed' | 'delivered' | 'proposed';

/** One deal for one type, as an article reports it. */
export interface ContractRecord {
  /** Supplier country, e.g. `Russia`. */
  supplier: string | null;
  /** Supplier organisations named with the deal, e.g. `Russian Helicopters`. */
  supplierOrgs: string[];
  /** Recipient country, e.g. `China`. */
  recipient: string | null;
  /** The type as written, e.g. `Mi-171Sh` or `Ми-171Ш`. */
  designation: string;
  /** Canonical model, e.g. `Mi-171Sh`. */
  model: string;
  family: string;
  category: string;
  quantity: number | null;
  /** Year the deal was signed, when the text says so. */
  year: number | null;
  /** Role as the text states it ("military transport"), else the catalogue's. */
  role: string | null;
  /** Engine named as a qualifier ("with a VK-2500 engine"). */
  engine: string | null;
  value: { amount: number; currency: string; text: string } | null;
  status: ContractStatus;
  /** Where it was read: the sentence and its offsets in `paragraphs[paragraph]`. */
  source: { articleId: string; paragraph: number; start: number; end: number; sentence: string };
}

/** A total an article states ("120+ various rotorcraft") against what its records add up to. */
export interface ClaimedTotal {
  articleId: string;
  paragraph: number;
  /** The figure as written, e.g. `120+` or `more than 120`. */
  text: string;
  /** The smallest number the figure allows. */
  min: number;
  /** False for "120+", "more than 120", "some 120". */
  exact: boolean;
  sentence: string;
  /** Sum of the quantities of the paragraph's records of the claimed kind. */
  counted: number;
}

/** Everything mined from one article. */
export interface Extraction {
  records: ContractRecord[];
  claims: ClaimedTotal[];
}

/** One deal reported by one or more articles. */
export type Deal = Omit<ContractRecord, 'source'> & { sources: ContractRecord['source'][] };

// ---------------------------------------------------------------------------------------
// Sentences and clauses

/** A span of a paragraph: `paragraph.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt cpt adm sgt cdr cmdr st jr sr vs etc no nos inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est fig mt ft vol dept gov rep sen pres ' +
    'e.g i.e u.s u.k u.n a.m p.m')
    .split(' '),
);
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;

/** Splits a paragraph into sentences, keeping "Mr. Putin", "U.S. Army", "7.5" and quotes whole. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') spans.push({ start: start + lead, end: start + lead + body.length, text: body });
    start = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(0, match.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    // a lower-case word after it means the sentence goes on ("“Why?” he asked")
    if (/^\s+\p{Ll}/u.test(text.slice(end))) continue;
    push(end);
  }
  push(text.length);
  return spans;
}

/** Clause boundaries inside a sentence: , ; : ( ) and spaced dashes (not "1,000"). */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:()[\]]|\s[–—-]\s/g;

function clausesOf(sentence: Span): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence.text); match; match = CLAUSE_BREAK.exec(sentence.text)) {
    const at = sentence.start + match.index;
    clauses.push({ start, end: at });
    start = at + match[0].length;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}

// ---------------------------------------------------------------------------------------
// Deal words

type CueKind = ContractStatus | 'fleet';
interface Cue {
  kind: CueKind;
  strong: boolean;
  start: number;
  end: number;
}

const CUE_PATTERNS: { kind: CueKind; strong: boolean; pattern: RegExp }[] = [
  {
    kind: 'fleet',
    strong: true,
    pattern:
      /\b(?:operates|operated|operating|operator of|flies|in service|in (?:its|their|the) (?:inventory|fleet)|inventory|fleet of|already (?:has|have|had|owns|fields|flies)|currently (?:has|have|fields|owns|flies)|possesses|in use)\b/gi,
  },
  {
    kind: 'proposed',
    strong: true,
    pattern:
      /\b(?:offer(?:s|ed|ing)?|propos(?:es|ed|ing|al)|negotiat\w*|in talks|talks (?:with|on|about|over|for)|(?:could|may|might|would) (?:buy|acquire|order|purchase|receive|sign|get)|plans? to|planning to|intends? to|intention to|consider(?:s|ed|ing)?|interested in|expected to (?:sign|order|buy|acquire|purchase)|wants? to|seeks? to|seeking|tender|request for proposals?|memorandum|letter of intent|potential (?:buyer|customer|deal|contract|order|sale))\b/gi,
  },
  {
    kind: 'delivered',
    strong: true,
    pattern:
      /\b(?:deliver(?:s|ing)|supplying|supplied|(?<!\b(?:will|to|would|shall|should|must|could|may|might|can) be )delivered|hand(?:s|ed|ing)? over|took delivery|tak(?:es|en|ing) delivery|received|receives|receiving|transferred|shipped|completed (?:the )?deliver\w*)\b/gi,
  },
  {
    kind: 'delivered',
    strong: false,
    pattern: /\bdeliver(?:y|ies)\b(?!\s+(?:is|are|will|to|was|were)?\s*(?:due|expected|scheduled|planned|will|to begin|to start)\b)/gi,
  },
  {
    kind: 'signed',
    strong: true,
    pattern:
      /\b(?:sign(?:s|ed|ing)?|ordered|purchased|bought|buys|acquired|acquires|agreed to (?:buy|purchase|acquire|supply|deliver)|awarded|contracted|concluded|inked|placed (?:an?|the) orders?|will (?:supply|receive|buy|acquire|get|deliver)|(?:is|are) to (?:receive|supply|get|buy)|to supply)\b/gi,
  },
  {
    kind: 'signed',
    strong: false,
    pattern: /\b(?:contracts?|deals?|orders?|supply|supplies|purchases?|acquisition|sale|agreement)\b/gi,
  },
];

const FUTURE = /^[^;,]{0,60}?\b(?:due|expected|scheduled|planned|will|to (?:begin|start))\b/i;

function cuesOf(paragraph: string, from: number, to: number): Cue[] {
  const text = paragraph.slice(from, to);
  const cues: Cue[] = [];
  for (const { kind, strong, pattern } of CUE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      cues.push({ kind, strong, start: from + match.index, end: from + match.index + match[0].length });
    }
  }
  // a word caught by two patterns ("delivered" strong, "deliveries" weak) counts once;
  // "deliveries … are due in 2023" is a plan, not a delivery
  return cues
    .filter((cue) => cue.strong || cue.kind !== 'delivered' || !FUTURE.test(paragraph.slice(cue.end, to)))
    .sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong))
    .filter((cue, i, all) => i === 0 || cue.start >= (all[i - 1]?.end ?? 0));
}

/**
 * The cue that governs a type among `cues` (all before it when `before`, else after):
 * a proposal word first, then the nearest verb, then the nearest noun.
 */
function governingCue(cues: Cue[], before: boolean): Cue | null {
  const ordered = before ? [...cues].reverse() : cues;
  return (
    ordered.find((cue) => cue.kind === 'proposed') ??
    ordered.find((cue) => cue.strong) ??
    ordered[0] ??
    null
  );
}

// ---------------------------------------------------------------------------------------
// Numbers

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), 'hundred', 'thousand', 'dozen'].join('|')})`;
/** A number in digits or words; group 1. */
const QUANTITY = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:(?:an?|half an?|${NUMBER_WORD})[\\s-]+(?:and[\\s-]+)?)*${NUMBER_WORD})`;

/** "forty-six" → 46, "a dozen" → 12, "one hundred and twenty" → 120, "1,000" → 1000. */
export function parseQuantity(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (/^half an? dozen$/.test(trimmed)) return 6;
  let total = 0;
  let current = 0;
  let seen = false;
  const words = trimmed.split(/[\s-]+/).filter((word) => word !== 'and');
  for (const [i, word] of words.entries()) {
    if (word === 'a' || word === 'an') {
      if (!['hundred', 'thousand', 'dozen'].includes(words[i + 1] ?? '')) return null;
      continue;
    }
    const unit = UNITS[word];
    if (unit !== undefined) current += unit;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

const QUANTITY_WORDS =
  '(?:more|additional|extra|new|further|upgraded|modernised|modernized|used|second-hand|refurbished|other|Russian-made|Russian-built|brand-new)';
/** A quantity right before a type: "68 ", "an extra 24 ", "four more ", "10 units of ". */
const QUANTITY_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}.,$€£-])${QUANTITY}(\\+)?\\s+(?:${QUANTITY_WORDS}\\s+)*(?:(?:units?|examples?|pieces?) of\\s+)?$`,
  'iu',
);
/** "the 10 Mi-17", "the last five Mi-28NE": a number that points back to something known. */
const ANAPHORIC = /\b(?:the|these|those)\s+(?:(?:first|last|final|remaining|other|initial|same)\s+)?$/i;
const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** Types this relation introduces are not the deal's: "version of the Mi-8AMTSh". */
const RELATION_BEFORE =
  /(?:\b(?:version|variant|modification|derivative|development|successor|upgrade) of|\b(?:based on|similar to|like|than|instead of|replac\w*|alongside|compared (?:to|with)|rival to|competitor to))\s+(?:(?:the|an?|its|their|his|her|older|ageing|aging|existing)\s+)*$/i;
/** A clause about what a type can do, not about a deal. */
const SPECIFICATION =
  /\b(?:can|capable|able to|carry|carries|carrying|lift|lifts|seats?|speed|range|km|kg|tonnes?|tons?|knots|payload|paratroopers|troops|passengers|crew)\b|km\/h/i;
const INCLUDING = /\b(?:including|incl\.|of which|among them|amongst them|among which|out of which|inclusive of)\s/gi;

const ROLE_WORDS =
  /^(?:(?:military|civil(?:ian)?|heavy|light|medium|naval|combat|armed|assault|multi-?role|multi-?purpose|utility|transport|attack|search|and|rescue|SAR|medical|medevac|evacuation|VIP|passenger|cargo|fire-?fighting|anti-submarine|ASW|training|trainer|reconnaissance|patrol|special|operations|early|warning|airborne|border|police|offshore)[\s-]*)+$/i;
const GENERIC_NOUN = '(?:helicopters?|rotorcraft|aircraft|fighters?|jets?|machines|units|systems)';
const ROLE_BRACKET = new RegExp(`^\\s*(?:${GENERIC_NOUN}\\s*)?\\(\\s*([^()]{2,40}?)\\s*\\)`, 'i');
const ROLE_VERSION = new RegExp(
  `^\\s*(?:${GENERIC_NOUN}\\s+)?in (?:the |an? )?([\\p{L}\\s-]{2,40}?) (?:version|configuration|variant|modification)\\b`,
  'iu',
);
const ENGINE_AFTER =
  /^[^;\d]*?\b(?:with|powered by|fitted with|equipped with|re-?engined with|using)\s+(?:(?:an?|the|new|upgraded|modernised|modernized|more powerful|uprated|its|their|two|twin)\s+)*$/i;
const ENGINE_BEFORE = /^[\s-]*(?:powered|engined)\s+(?:(?:more|additional|extra|new|upgraded)\s+)*$/i;

// ---------------------------------------------------------------------------------------
// Parties

const COUNTRY_NAMES =
  'Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh ' +
  'Belarus Belgium Benin Bolivia Botswana Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon ' +
  'Canada Central_African_Republic Chad Chile China Colombia Croatia Cuba Cyprus Czech_Republic Denmark ' +
  'Djibouti Ecuador Egypt Equatorial_Guinea Eritrea Estonia Ethiopia Finland France Gabon Georgia Germany ' +
  'Ghana Greece Guatemala Guinea Guinea-Bissau Hungary India Indonesia Iran Iraq Ireland Israel Italy ' +
  'Japan Jordan Kazakhstan Kenya Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Macedonia Madagascar ' +
  'Malaysia Mali Mauritania Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal ' +
  'Netherlands New_Zealand Nicaragua Niger Nigeria North_Korea North_Macedonia Norway Oman Pakistan Panama ' +
  'Papua_New_Guinea Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Saudi_Arabia ' +
  'Senegal Serbia Sierra_Leone Singapore Slovakia Slovenia Somalia South_Africa South_Korea South_Sudan ' +
  'Spain Sri_Lanka Sudan Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey ' +
  'Turkmenistan Uganda Ukraine United_Arab_Emirates United_Kingdom United_States Uruguay Uzbekistan ' +
  'Venezuela Vietnam Yemen Zambia Zimbabwe';
const COUNTRY_ALIASES: Record<string, string> = {
  'the US': 'United States', 'the U.S.': 'United States', USA: 'United States', America: 'United States',
  UK: 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  UAE: 'United Arab Emirates', 'Republic of Korea': 'South Korea', DPRK: 'North Korea',
  Burma: 'Myanmar', Czechia: 'Czech Republic', Türkiye: 'Turkey', 'Viet Nam': 'Vietnam',
  'Ivory Coast': "Côte d'Ivoire", "Côte d'Ivoire": "Côte d'Ivoire",
  'Democratic Republic of the Congo': 'DR Congo', 'DR Congo': 'DR Congo', DRC: 'DR Congo',
  'Republic of the Congo': 'Congo', Congo: 'Congo',
  // capitals standing for their governments
  Moscow: 'Russia', Beijing: 'China', 'New Delhi': 'India', Delhi: 'India', Cairo: 'Egypt',
  Algiers: 'Algeria', Hanoi: 'Vietnam', Jakarta: 'Indonesia', Ankara: 'Turkey', Tehran: 'Iran',
  Baghdad: 'Iraq', Minsk: 'Belarus', Belgrade: 'Serbia', Astana: 'Kazakhstan', Riyadh: 'Saudi Arabia',
  Islamabad: 'Pakistan', Kabul: 'Afghanistan', 'Kuala Lumpur': 'Malaysia', Bangkok: 'Thailand',
  Lima: 'Peru', Caracas: 'Venezuela', Ulaanbaatar: 'Mongolia', Tashkent: 'Uzbekistan', Yerevan: 'Armenia',
  Baku: 'Azerbaijan', Khartoum: 'Sudan', Luanda: 'Angola', Abuja: 'Nigeria', Dhaka: 'Bangladesh',
  'People’s Liberation Army': 'China', "People's Liberation Army": 'China', PLA: 'China',
};
const DEMONYMS: Record<string, string> = {
  Russian: 'Russia', Chinese: 'China', Indian: 'India', Egyptian: 'Egypt', Algerian: 'Algeria',
  Vietnamese: 'Vietnam', Indonesian: 'Indonesia', Turkish: 'Turkey', Iranian: 'Iran', Iraqi: 'Iraq',
  Belarusian: 'Belarus', Serbian: 'Serbia', Kazakh: 'Kazakhstan', Peruvian: 'Peru', Brazilian: 'Brazil',
  Mexican: 'Mexico', Malaysian: 'Malaysia', Thai: 'Thailand', Afghan: 'Afghanistan', Pakistani: 'Pakistan',
  Bangladeshi: 'Bangladesh', Sudanese: 'Sudan', Nigerian: 'Nigeria', Angolan: 'Angola', Ethiopian: 'Ethiopia',
  Syrian: 'Syria', Venezuelan: 'Venezuela', Mongolian: 'Mongolia', Uzbek: 'Uzbekistan', Armenian: 'Armenia',
  Azerbaijani: 'Azerbaijan', Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates', Ugandan: 'Uganda',
  Kenyan: 'Kenya', Cuban: 'Cuba', Laotian: 'Laos', Cambodian: 'Cambodia', Myanmar: 'Myanmar',
  Philippine: 'Philippines', 'South Korean': 'South Korea', Colombian: 'Colombia', Ecuadorian: 'Ecuador',
};
const FORCE = '(?:Air Force|Navy|Army|Armed Forces|Border Guard|military|Ministry of Defen[cs]e|Defen[cs]e Ministry|Interior Ministry|Coast Guard)';

const COUNTRY_FORMS: { form: string; country: string }[] = [
  ...COUNTRY_NAMES.split(' ').map((name) => ({ form: name.replace(/_/g, ' '), country: name.replace(/_/g, ' ') })),
  ...Object.entries(COUNTRY_ALIASES).map(([form, country]) => ({ form, country })),
].sort((a, b) => b.form.length - a.form.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COUNTRY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${Object.keys(DEMONYMS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}) ${FORCE}|(${COUNTRY_FORMS.map((c) => escapeRegExp(c.form)).join('|')}))(?![\\p{L}\\p{N}$])`,
  'gu',
);
const COUNTRY_BY_FORM = new Map(COUNTRY_FORMS.map((c) => [c.form, c.country]));

/** Known supplier organisations, their canonical names and countries. */
const ORGANISATIONS: { name: string; country: string; pattern: RegExp }[] = [
  { name: 'Russian Helicopters', country: 'Russia', pattern: /\bRussian Helicopters(?: Holding(?: Company)?)?\b/g },
  { name: 'Rosoboronexport', country: 'Russia', pattern: /\bRosoboronexport\b/g },
  { name: 'Rostec', country: 'Russia', pattern: /\b(?:Rostec|Rostekh)(?: State)?(?: Corporation)?\b/g },
  { name: 'United Aircraft Corporation', country: 'Russia', pattern: /\bUnited Aircraft Corporation\b|\bUAC\b/g },
  { name: 'United Engine Corporation', country: 'Russia', pattern: /\bUnited Engine Corporation\b/g },
  { name: 'Ulan-Ude Aviation Plant', country: 'Russia', pattern: /\bUlan-Ude Aviation Plant\b/g },
  { name: 'Kazan Helicopters', country: 'Russia', pattern: /\bKazan Helicopters?(?: Plant)?\b/g },
  { name: 'Rostvertol', country: 'Russia', pattern: /\bRostvertol\b/g },
  { name: 'Almaz-Antey', country: 'Russia', pattern: /\bAlmaz[- ]Antey\b/g },
  { name: 'Klimov', country: 'Russia', pattern: /\b(?:UEC-)?Klimov\b/g },
  { name: 'Sukhoi', country: 'Russia', pattern: /\bSukhoi\b/g },
  { name: 'Hindustan Aeronautics', country: 'India', pattern: /\bHindustan Aeronautics(?: Limited)?\b|\bHAL\b/g },
];

/** Where the catalogue's makers are, to tell seller from buyer in "X signed with Y". */
const MAKER_COUNTRY: Record<string, string> = {
  Mil: 'Russia', Kamov: 'Russia', Sukhoi: 'Russia', Klimov: 'Russia', 'Almaz-Antey': 'Russia',
  'Kazan Helicopters': 'Russia', 'Ulan-Ude Aviation Plant': 'Russia',
};

const SELLER_VERB =
  /^(?:deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|export(?:s|ed|ing)?|offer(?:s|ed|ing)?|hand(?:s|ed|ing)? over|transfer(?:s|red|ring)?|ship(?:s|ped)?|provid(?:es|ed|ing)|to (?:supply|deliver|sell))\b/i;
const BUYER_VERB =
  /^(?:operat(?:es|ed|ing)|flies|order(?:s|ed)?|buy(?:s|ing)?|bought|purchas(?:es|ed|ing)|acquir(?:es|ed|ing)|receiv(?:es|ed|ing)|took delivery|tak(?:es|ing) delivery|procur(?:es|ed|ing)|obtain(?:s|ed)?|wants? to (?:buy|acquire|order)|plans? to (?:buy|acquire|purchase|order)|(?:could|may|might|would) (?:buy|acquire|order|purchase)|to (?:buy|acquire|purchase|order))\b/i;
const FORCE_AFTER = new RegExp(`^\\s+${FORCE}\\b`);
const SIGNER_VERB = /^(?:sign(?:s|ed|ing)?|agreed|conclud(?:es|ed)|inked|struck|negotiat\w*|in talks)\b/i;
const AUXILIARY =
  /^\s*(?:(?:has|have|had|is|are|was|were|will|would|also|already|reportedly|recently|just|finally|officially|now|been|then|currently|has been|have been)\s+)*/i;

type Part = 'supplier' | 'recipient' | 'signer' | 'counterpart' | 'none';
interface CountryMention {
  country: string;
  start: number;
  end: number;
  part: Part;
}

/** Every country in the sentence with the part the words around it give it. */
function countriesOf(paragraph: string, sentence: Span, mentions: TypeMention[]): CountryMention[] {
  const found: CountryMention[] = [];
  COUNTRY.lastIndex = 0;
  for (let match = COUNTRY.exec(sentence.text); match; match = COUNTRY.exec(sentence.text)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const country = match[1] !== undefined ? DEMONYMS[match[1]] : COUNTRY_BY_FORM.get(match[2] ?? '');
    if (!country) continue;
    // "Russian Helicopters" is an organisation, not a country
    if (match[1] === undefined && /^\s+Helicopters\b/.test(paragraph.slice(end))) continue;
    const before = paragraph.slice(sentence.start, start);
    const after = paragraph.slice(end, sentence.end);
    let part: Part = 'none';
    if (/\b(?:to|for|into)\s+(?:the\s+)?$/i.test(before)) part = 'recipient';
    else if (/\bfrom\s+(?:the\s+)?$/i.test(before)) part = 'supplier';
    else if (/\bwith\s+(?:the\s+)?$/i.test(before)) part = 'counterpart';
    else if (/\bby\s+(?:the\s+)?$/i.test(before)) {
      // "ordered … by X" → recipient, "delivered … by X" → supplier: the nearest verb decides
      const words = before.replace(/\bby\s+(?:the\s+)?$/i, '').trim().split(/\s+/).slice(-8);
      for (let i = words.length - 1; i >= 0 && part === 'none'; i--) {
        const phrase = words.slice(i, i + 2).join(' ');
        if (BUYER_VERB.test(phrase)) part = 'recipient';
        else if (SELLER_VERB.test(phrase)) part = 'supplier';
      }
    } else {
      // the subject: "Egypt ordered", "Russia is delivering", "Kazakhstan, which …, ordered"
      const rest = after
        .replace(FORCE_AFTER, '')
        .replace(/^\s*,[^,]*,/, '')
        .replace(AUXILIARY, '');
      if (SELLER_VERB.test(rest)) part = 'supplier';
      else if (BUYER_VERB.test(rest)) part = 'recipient';
      else if (SIGNER_VERB.test(rest)) part = 'signer';
    }
    found.push({ country, start, end, part });
  }

  // "X signed … with Y": whichever side is not already known
  const knownSupplier = found.find((c) => c.part === 'supplier')?.country;
  const knownRecipient = found.find((c) => c.part === 'recipient')?.country;
  const supplyWords = /\b(?:on|for) the supply\b|\bto (?:supply|deliver)\b|\bsupply of\b/i.test(sentence.text);
  const orgCountry = organisationsOf(sentence)[0]?.country;
  const supplier = knownSupplier ?? orgCountry;
  for (const c of found) {
    if (c.part !== 'signer' && c.part !== 'counterpart') continue;
    if (supplier !== undefined) c.part = c.country === supplier ? 'supplier' : 'recipient';
    else if (knownRecipient !== undefined) c.part = c.country === knownRecipient ? 'recipient' : 'supplier';
  }
  const signer = found.find((c) => c.part === 'signer');
  const counterpart = found.find((c) => c.part === 'counterpart');
  // which side builds the types tells seller from buyer
  const origins = new Set(mentions.map((m) => MAKER_COUNTRY[m.entry.maker]));
  if (signer && counterpart) {
    // else "on the supply of" makes the signer the seller
    const seller = origins.has(signer.country) !== origins.has(counterpart.country)
      ? (origins.has(signer.country) ? signer : counterpart)
      : supplyWords ? signer : null;
    signer.part = seller === null ? 'none' : seller === signer ? 'supplier' : 'recipient';
    counterpart.part = seller === null ? 'none' : seller === counterpart ? 'supplier' : 'recipient';
  } else if (counterpart) counterpart.part = origins.has(counterpart.country) ? 'supplier' : 'recipient';
  else if (signer) signer.part = origins.has(signer.country) ? 'supplier' : 'recipient'; // "Egypt signed a contract for…"
  return found;
}

function organisationsOf(sentence: Span): { name: string; country: string; start: number }[] {
  const found: { name: string; country: string; start: number }[] = [];
  for (const org of ORGANISATIONS) {
    org.pattern.lastIndex = 0;
    const match = org.pattern.exec(sentence.text);
    if (match) found.push({ name: org.name, country: org.country, start: match.index });
  }
  return found.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------
// Years and values

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const YEAR_IN_TEXT = /(?<![\p{L}\p{N}$€£.,-])(19[5-9]\d|20\d\d)(?![\p{L}\p{N}%]|,\d)/gu;
const NOT_SIGNING_YEAR = new RegExp(
  `\\b(?:by|until|till|through|before|after|to|between|and|from|deliver\\w*\\s+(?:\\S+\\s+){0,6}?in|since)\\s+(?:(?:early|late|mid|the end of|end of|the|\\d{1,2})\\s+)*(?:${MONTH}\\s+)?(?:\\d{1,2},?\\s+)?$|-$`,
  'i',
);
const SIGNING_YEAR = new RegExp(
  `(?:\\b(?:sign\\w*|order\\w*|contract\\w*|conclu\\w*|award\\w*|agree\\w*|placed|inked)\\b[^.;]{0,40}?\\b(?:in|of|during)\\s+(?:${MONTH}\\s+)?(19[5-9]\\d|20\\d\\d)\\b)|\\b(19[5-9]\\d|20\\d\\d)\\s+(?:contract|order|deal|agreement)`,
  'i',
);

function signingYear(paragraph: string, sentence: Span, status: ContractStatus): number | null {
  if (status === 'proposed') return null;
  const tied = SIGNING_YEAR.exec(sentence.text);
  if (tied) return Number(tied[1] ?? tied[2]);
  if (status !== 'signed') return null;
  YEAR_IN_TEXT.lastIndex = 0;
  for (let match = YEAR_IN_TEXT.exec(sentence.text); match; match = YEAR_IN_TEXT.exec(sentence.text)) {
    if (!NOT_SIGNING_YEAR.test(paragraph.slice(sentence.start, sentence.start + match.index))) return Number(match[1]);
  }
  return null;
}

const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|\$|USD|dollars?|US dollars)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?)$/i, 'GBP'],
  [/^(?:₽|RUB|rubles?|roubles?)$/i, 'RUB'],
  [/^(?:CNY|yuan|RMB)$/i, 'CNY'],
  [/^(?:INR|rupees?)$/i, 'INR'],
];
const SCALE: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, m: 1e6, thousand: 1e3 };
const VALUE =
  /(US\$|\$|USD|€|EUR|£|GBP|₽|RUB|CNY|INR)\s?(\d+(?:[.,]\d+)?)\s*(billion|bn|million|mln|m|thousand)?(?![\p{L}\p{N}])|(\d+(?:[.,]\d+)?)\s*(billion|million|thousand)?\s+(US dollars|dollars|euros|rubles|roubles|yuan|rupees)\b/iu;

function valueOf(text: string): ContractRecord['value'] {
  const match = VALUE.exec(text);
  if (!match) return null;
  const symbol = match[1] ?? match[6] ?? '';
  const number = match[2] ?? match[4] ?? '0';
  const scale = (match[3] ?? match[5] ?? '').toLowerCase();
  const currency = CURRENCIES.find(([pattern]) => pattern.test(symbol))?.[1];
  if (!currency) return null;
  const amount = Number(number.replace(',', '.')) * (SCALE[scale] ?? 1);
  return { amount, currency, text: match[0].trim() };
}

// ---------------------------------------------------------------------------------------
// Claimed totals

const CLAIM = new RegExp(
  `(?<![\\p{L}\\p{N}.,$€£-])(?:(more than|over|in excess of|some|about|around|approximately|roughly|nearly|almost|at least|a total of|total of|in total)\\s+)?${QUANTITY}(\\+)?\\s+(?:(?:various|different|new|additional|military|civil|civilian|combat|transport|attack|multirole|types of|kinds of)\\s+)*(${GENERIC_NOUN})\\b`,
  'giu',
);
const CLAIM_CATEGORIES: Record<string, Category[]> = {
  helicopter: ['helicopter'], helicopters: ['helicopter'], rotorcraft: ['helicopter'],
  fighter: ['fighter'], fighters: ['fighter'], jet: ['fighter'], jets: ['fighter'],
  aircraft: ['helicopter', 'fighter'], machines: ['helicopter', 'fighter'],
  units: ['helicopter', 'fighter', 'air defence'], systems: ['air defence'],
};

interface PendingClaim {
  paragraph: number;
  text: string;
  min: number;
  exact: boolean;
  sentence: string;
  categories: Category[];
}

function claimsOf(paragraph: number, text: string, sentence: Span, mentions: TypeMention[]): PendingClaim[] {
  const claims: PendingClaim[] = [];
  CLAIM.lastIndex = 0;
  for (let match = CLAIM.exec(sentence.text); match; match = CLAIM.exec(sentence.text)) {
    const start = sentence.start + match.index;
    if (mentions.some((m) => m.start < start + match![0].length && start < m.end)) continue;
    if (ANAPHORIC.test(text.slice(sentence.start, start))) continue;
    const n = parseQuantity(match[2] ?? '');
    if (n === null || (YEAR.test(match[2] ?? '') && !match[3])) continue;
    const modifier = (match[1] ?? '').toLowerCase();
    const plus = match[3] === '+';
    const approximate = /^(?:some|about|around|approximately|roughly|nearly|almost)$/.test(modifier);
    const above = /^(?:more than|over|in excess of)$/.test(modifier);
    claims.push({
      paragraph,
      text: `${match[1] ? `${match[1]} ` : ''}${match[2]}${plus ? '+' : ''}`,
      min: above ? n + 1 : n,
      exact: !plus && !above && !approximate && modifier !== 'at least',
      sentence: sentence.text,
      categories: CLAIM_CATEGORIES[(match[4] ?? '').toLowerCase()] ?? ['helicopter'],
    });
  }
  return claims;
}

// ---------------------------------------------------------------------------------------
// Extraction

interface Context {
  status: ContractStatus;
  orgs: string[];
  supplier: string | null;
  recipient: string | null;
  year: number | null;
}

interface Candidate {
  mention: TypeMention;
  quantity: number | null;
  role: string | null;
  engine: string | null;
  /** Null when the status comes from the paragraph's context. */
  status: ContractStatus | null;
  countries: CountryMention[];
}

/** The contract records and claimed totals in an article. */
export function extractContracts(article: Pick<Article, 'id' | 'paragraphs'>): Extraction {
  const records: ContractRecord[] = [];
  const claims: ClaimedTotal[] = [];

  article.paragraphs.forEach((text, paragraph) => {
    const mentions = findTypeMentions(text);
    const pending: PendingClaim[] = [];
    const paragraphRecords: ContractRecord[] = [];
    let context: Context | null = null;

    for (const sentence of splitSentences(text)) {
      const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      const clauses = clausesOf(sentence);
      const sentenceCues = cuesOf(text, sentence.start, sentence.end);
      const dealCues = sentenceCues.filter((cue) => cue.kind !== 'fleet');
      const countries = countriesOf(text, sentence, inSentence);
      const orgs = organisationsOf(sentence)
        .filter((org) => !inSentence.some((m) => m.start <= sentence.start + org.start && sentence.start + org.start < m.end));

      // What this sentence says about the deal, and what it inherits from the last one.
      let own: Context | null = null;
      if (dealCues.length > 0) {
        const status = sentenceStatus(dealCues);
        const supplier = orgs[0]?.country ?? countries.find((c) => c.part === 'supplier')?.country ?? null;
        const recipient = countries.find((c) => c.part === 'recipient' && c.country !== supplier)?.country ?? null;
        own = {
          status,
          orgs: [...new Set(orgs.map((org) => org.name))],
          supplier,
          recipient,
          year: signingYear(text, sentence, status),
        };
        const otherParties =
          context !== null &&
          ((own.supplier !== null && own.supplier !== context.supplier) ||
            (own.recipient !== null && own.recipient !== context.recipient));
        if (context && !otherParties) {
          own = {
            status: own.status,
            orgs: own.orgs.length > 0 ? own.orgs : context.orgs,
            supplier: own.supplier ?? context.supplier,
            recipient: own.recipient ?? context.recipient,
            year: own.year ?? (own.status === 'proposed' ? null : context.year),
          };
        }
        pending.push(...claimsOf(paragraph, text, sentence, inSentence));
      }

      const candidates = candidatesOf(text, sentence, clauses, inSentence, own !== null, context !== null, countries);
      const sentenceRecords: ContractRecord[] = [];
      for (const candidate of candidates) {
        const base = own ?? context;
        if (!base) continue;
        const { mention } = candidate;
        const ownRecipient = nearest(candidate.countries, 'recipient', mention);
        const ownSupplier = orgs[0]?.country ?? nearest(candidate.countries, 'supplier', mention);
        const supplier = ownSupplier ?? base.supplier;
        let recipient = ownRecipient ?? base.recipient;
        if (recipient === supplier) recipient = null;
        const status = candidate.status ?? base.status;
        const year =
          status === 'proposed' ? null : status === base.status ? base.year : signingYear(text, sentence, status) ?? base.year;
        sentenceRecords.push({
          supplier,
          supplierOrgs: [...base.orgs],
          recipient,
          designation: mention.text,
          model: mention.model,
          family: mention.entry.family,
          category: mention.entry.category,
          quantity: candidate.quantity,
          year,
          role: candidate.role ?? mention.entry.role,
          engine: candidate.engine,
          value: null,
          status,
          source: { articleId: article.id, paragraph, start: sentence.start, end: sentence.end, sentence: sentence.text },
        });
      }
      const [only] = sentenceRecords;
      if (only && sentenceRecords.length === 1 && own) only.value = valueOf(sentence.text);
      paragraphRecords.push(...sentenceRecords);
      if (own) context = own;
    }

    records.push(...paragraphRecords);
    for (const claim of pending) {
      const counted = paragraphRecords
        .filter((r) => claim.categories.includes(r.category as Category))
        .reduce((sum, r) => sum + (r.quantity ?? 0), 0);
      claims.push({
        articleId: article.id,
        paragraph: claim.paragraph,
        text: claim.text,
        min: claim.min,
        exact: claim.exact,
        sentence: claim.sentence,
        counted,
      });
    }
  });

  return { records, claims };
}

function sentenceStatus(cues: Cue[]): ContractStatus {
  const strong = cues.filter((cue) => cue.strong);
  const pool = strong.length > 0 ? strong : cues;
  for (const kind of ['proposed', 'delivered', 'signed'] as const) {
    if (pool.some((cue) => cue.kind === kind)) return kind;
  }
  return 'signed';
}

function nearest(countries: CountryMention[], part: Part, mention: TypeMention): string | null {
  const after = countries.find((c) => c.part === part && c.start >= mention.end);
  const before = countries.filter((c) => c.part === part && c.end <= mention.start).pop();
  return (after ?? before)?.country ?? null;
}

/** The types in a sentence that make records, with their quantity, role, engine and status. */
function candidatesOf(
  text: string,
  sentence: Span,
  clauses: { start: number; end: number }[],
  mentions: TypeMention[],
  hasOwnCues: boolean,
  hasContext: boolean,
  countries: CountryMention[],
): Candidate[] {
  const skip = new Set<TypeMention>();
  const engineOf = new Map<TypeMention, string>();
  const quantityFrom = new Map<TypeMention, number>(); // where to read a type's quantity from

  // Rule 2: "including", "of which", "among them" — within, not on top.
  INCLUDING.lastIndex = 0;
  for (let match = INCLUDING.exec(sentence.text); match; match = INCLUDING.exec(sentence.text)) {
    const at = sentence.start + match.index;
    const head = mentions.filter((m) => m.end <= at).pop();
    if (!head) continue;
    const between = text.slice(head.end, at);
    const bracketed = between.lastIndexOf('(') > between.lastIndexOf(')');
    const rest = text.slice(at, sentence.end);
    const stop = bracketed ? rest.indexOf(')') : rest.search(/[;,)]|\s[–—-]\s/);
    const end = stop < 0 ? sentence.end : at + stop;
    for (const m of mentions) if (m.start >= at && m.start < end) skip.add(m);
  }

  // Rule 3: engines as qualifiers.
  mentions.forEach((m, i) => {
    if (m.entry.category !== 'engine' || skip.has(m)) return;
    const previous = mentions.slice(0, i).reverse().find((p) => p.entry.category !== 'engine');
    if (previous && ENGINE_AFTER.test(text.slice(previous.end, m.start))) {
      skip.add(m);
      if (!engineOf.has(previous)) engineOf.set(previous, m.model);
      return;
    }
    const next = mentions[i + 1];
    if (next && next.entry.category !== 'engine' && ENGINE_BEFORE.test(text.slice(m.end, next.start))) {
      skip.add(m);
      engineOf.set(next, m.model);
      quantityFrom.set(next, m.start);
    }
  });

  const candidates: Candidate[] = [];
  for (const mention of mentions) {
    if (skip.has(mention)) continue;
    const clause = clauses.find((c) => mention.start >= c.start && mention.start < c.end) ?? {
      start: sentence.start,
      end: sentence.end,
    };
    const clauseCues = cuesOf(text, clause.start, clause.end);

    // Rule 1: quantity.
    const readFrom = quantityFrom.get(mention) ?? mention.start;
    const lead = text.slice(sentence.start, readFrom);
    const q = QUANTITY_BEFORE.exec(lead);
    let quantity: number | null = null;
    let leadBeforeQuantity = lead;
    if (q && !(YEAR.test(q[1] ?? '') && !q[2])) {
      quantity = parseQuantity(q[1] ?? '');
      if (quantity !== null) leadBeforeQuantity = lead.slice(0, q.index);
    }
    const anaphoric = quantity !== null && ANAPHORIC.test(leadBeforeQuantity);

    // Rule 6: a type introduced by a relation is not the deal's.
    if (RELATION_BEFORE.test(leadBeforeQuantity)) continue;

    // Rule 4: status from the clause, then the sentence, then the context.
    const before = clauseCues.filter((cue) => cue.end <= mention.start);
    const after = clauseCues.filter((cue) => cue.start >= mention.end);
    let cue = governingCue(before, true) ?? governingCue(after, false);
    const inClause = cue !== null;
    if (!cue) {
      const index = clauses.indexOf(clause);
      const earlier = clauses.slice(0, Math.max(index, 0)).reverse();
      const later = index >= 0 ? clauses.slice(index + 1) : [];
      for (const c of [...earlier, ...later]) {
        cue = governingCue(cuesOf(text, c.start, c.end), c.end <= mention.start);
        if (cue) break;
      }
    }
    if (cue?.kind === 'fleet') continue;

    let status: ContractStatus | null = null;
    if (cue) status = cue.kind as ContractStatus;
    else {
      // Rule 5: living on context alone.
      if (!hasContext || hasOwnCues || quantity === null || anaphoric) continue;
      if (SPECIFICATION.test(text.slice(clause.start, clause.end))) continue;
    }
    // Rule 6: without a quantity, only deal words in its own clause make it a deal.
    if (quantity === null && !inClause) continue;

    candidates.push({
      mention,
      quantity,
      role: roleOf(text.slice(mention.end, sentence.end)),
      engine: engineOf.get(mention) ?? null,
      status,
      countries,
    });
  }
  return candidates;
}

function roleOf(after: string): string | null {
  const bracket = ROLE_BRACKET.exec(after)?.[1];
  if (bracket && ROLE_WORDS.test(bracket)) return bracket.trim();
  const version = ROLE_VERSION.exec(after)?.[1];
  if (version && ROLE_WORDS.test(version.trim())) return version.trim();
  return null;
}

// ---------------------------------------------------------------------------------------
// Deals across articles


/** Folds records of the same deal (supplier, recipient, model, engine, quantity, year, status) into one. */
export function mergeDeals(records: ContractRecord[]): Deal[] {
  return groupByDeal(records).map((reports) => {
    const { source: _source, ...fields } = dealRecord(reports);
    return { ...fields, sources: reports.map((report) => report.source) };
  });
}
