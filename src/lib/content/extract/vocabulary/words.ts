// The small words around a number and a type that change what they mean: "four more", "the
// first four", "up to 12", "a contract for 48 helicopters", "a version of", "can carry".

import { groupedByFirstLetter } from './alternation.ts';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/**
 * Whole words of `source`, for a pattern that scans a whole sentence. The boundary before the
 * word is checked once the word is found: a regex that starts with a lookbehind cannot skip
 * ahead to the letters it could start with, and scans several times slower (`cuesIn` does the same).
 */
const wordsAnywhere = (source: string, end = E) => `(?:${groupedByFirstLetter(source, 'i')})(?<=${B}(?:${source}))${end}`;

/** Nouns that stand for a type named elsewhere ("four helicopters", "14 таких машин"); group 1 is the noun. */
export const GENERIC_NOUN = new RegExp(
  `^(?:rotary[- ]wing aircraft|helicopters?|helos?|choppers?|rotorcraft|gunships?|fighters?|jets?|aircrafts?|airframes?|machines?|units?|pieces?|vehicles?|examples?|platforms?|engines?|powerplants?|` +
    `вертол[её]т\\p{L}*|винтокрыл\\p{L}*|машин(?:а|ы|у|ой|ам|ами)?|единиц(?:а|ы|у)?|бортов|борта|штук(?:и|а)?|экземпляр(?:а|ов)?|двигател(?:ь|я|ей|и|ям|ями)|изделий)${E}`,
  'iu',
);

/** The kind of thing a generic noun names, when it says: helicopters or engines. */
export function genericCategory(noun: string): 'helicopter' | 'engine' | 'fighter' | null {
  if (/^(?:engines?|powerplants?|двигател)/i.test(noun)) return 'engine';
  if (/^(?:fighters?|jets?|истребител)/i.test(noun)) return 'fighter';
  if (/^(?:helicopters?|helos?|choppers?|rotorcraft|rotary|gunships?|вертол|винтокрыл)/i.test(noun)) return 'helicopter';
  return null;
}

/** Describing words that may stand between a number and its type: "five military-transport Mi-171Sh". */
const DESCRIBING =
  'more|additional|extra|new|newly|built|further|upgraded|modernised|modernized|used|second|hand|secondhand|refurbished|overhauled|other|brand|fresh|serial|various|different|assorted|' +
  'military|transport|multirole|multi|role|multipurpose|purpose|combat|attack|assault|utility|heavy|lift|light|medium|naval|ship|based|shipborne|carrier|civil|civilian|armed|export|' +
  'search|rescue|VIP|medevac|medical|ambulance|air|training|trainer|twin|engine|turboshaft|helicopter|dual|control|reconnaissance|special|firefighting|fire|fighting|lightweight|' +
  'modern|advance|latest|state|art|top|high|tech|all|weather|night|anti|submarine|warfare|maritime|patrol|early|warning|airborne|coast|guard|border|' +
  'emergency|police|passenger|cargo|executive|corporate|offshore|deck|gunship|army|already|such|similar|identical|' +
  'Mil|Kamov|Kazan|Russian|Soviet|Hip|Hind|Halo|Havoc|Hokum|Helix';

/** An English describing word by its ending, as open a class as the Russian endings below: "advanced", "tactical", "sophisticated". */
const ENGLISH_ADJECTIVE = '\\p{Ll}{3,}(?:ed|al|ic|ive|ern|ous|ary|ant|ent|est)';

/** Words that may stand between a number and its type or noun: "five military-transport Mi-171Sh", "14 многоцелевых". */
export const FILLER = new RegExp(
  `^(?:(?:${DESCRIBING})(?:-(?:${DESCRIBING}|and|of|the))*|${ENGLISH_ADJECTIVE}|\\p{L}+-(?:made|built|designed|produced|manufactured|origin|type|class|engined|role|purpose|wing|lift|generation)|` +
    `ещ[её]|уже|комплекс(?:ов|а|ы)?|\\p{Ll}+(?:ых|их|ые|ие|ого|ой|ую|ая|ий|ый|ым|им|ыми|ими|ое)|\\p{Ll}+-\\p{Ll}+(?:ых|их|ые|ие|ого|ой|ую|ая|ий|ый|ым|им|ыми|ими|ое))$`,
  'u',
);

/** Before a number: it is not an exact count ("more than 800", "some 20", "около 30"). */
export const APPROXIMATE_BEFORE = new RegExp(
  wordsAnywhere(
    'more than|over|in excess of|upwards of|some|about|around|approximately|roughly|nearly|almost|at least|close to|dozens of|hundreds of|' +
      'более|свыше|около|порядка|почти|примерно|не менее|больше|более чем',
    '\\s+$',
  ),
  'iu',
);

/** Before a number with a generic noun: a total over several deals or types ("a total of 12 helicopters", "всего 20 машин"). */
export const TOTAL_BEFORE = new RegExp(wordsAnywhere('a total of|total of|in total|in all|altogether|overall|всего|в общей сложности|в сумме|общим числом', '\\s+$'), 'iu');

/** A type the catalogue does not know, right after a generic noun or before it: "девяти вертолётов H145", "nine Airbus H145 helicopters". */
export const UNKNOWN_TYPE_AFTER = /^\s+(?:(?:Airbus|Bell|Sikorsky|Leonardo|AgustaWestland|Eurocopter|Boeing|Robinson)\s+)?["«“]?[A-Z][A-Za-z]{0,3}[- ]?\d{2,4}[A-Za-z]*\b/u;
export const UNKNOWN_TYPE_BEFORE = /(?:\b(?:Airbus|Bell|Sikorsky|Leonardo|AgustaWestland|Eurocopter|Boeing|Robinson)\s+)?\b[A-Z][A-Za-z]{0,3}[- ]?\d{2,4}[A-Za-z]*["»”]?\s+(?:\p{L}+\s+){0,4}$/u;
/** A designation-like name the catalogue does not know ("A-29", "AW139", "H145", "UH-60"): what a later "the aircraft" may mean. */
export const UNKNOWN_DESIGNATION = /(?<![\p{L}\p{N}-])(?:[A-Z]{1,3}-\d{1,3}[A-Z]?|AW\d{3}|H\d{3}M?|EC\d{3}|AS\d{3}|Bell \d{3})(?![\p{L}\p{N}])/gu;

/** Before a number: a bound, not a count ("up to 12", "до 12"); a contract's option. */
export const BOUND_BEFORE = new RegExp(wordsAnywhere('up to|as many as|a maximum of|maximum of|not more than|до|не более|максимум', '\\s+$'), 'iu');

/** Before a number with a generic noun: a share of a total told in the same breath ("most of the machines – 140", "из них 12"). */
export const SHARE_BEFORE = new RegExp(`${B}(?:(?:большая|меньшая|основная)\\s+часть\\s+(?:\\p{L}+\\s+)?|most of (?:the |them)?|the bulk of (?:the )?|the majority of (?:the )?|of which|из (?:них|которых))[\\s–—-]*$`, 'iu');

/** Before a number: part of an order ("the first four", "the remaining three", "первые восемь"). */
export const PART_BEFORE = new RegExp(
  `${B}(?:(?:the|its|their)\\s+)?(?:first|last|final|remaining|next|initial|latest|rest of the|other)\\s+(?:(?:batch|lot|consignment|tranche|shipment)\\s+of\\s+)?$` +
    `|${B}(?:(?:the|a|its)\\s+)?(?:first|second|third|fourth|fifth|sixth|next|final|last|latest|initial|another|new|subsequent)\\s+(?:batch|lot|consignment|tranche|shipment|group)\\s+(?:of\\s+)?$` +
    `|${B}(?:перв(?:ые|ых|ую|ой|ая)|последн(?:ие|их|юю|яя|ей)|оставш(?:иеся|ихся)|очередн(?:ые|ых|ую|ая|ой)|втор(?:ую|ая|ой)|трет(?:ью|ья|ьей)|четв[её]рт(?:ую|ая|ой)|заключительн(?:ую|ая|ой)|завершающ(?:ую|ая|ей))\\s+(?:(?:партию|партия|партии)\\s+(?:из\\s+|в количестве\\s+)?)?$`,
  'iu',
);

/** Before a number that points back to one already told ("the four helicopters", "этих 12 машин"). */
export const DEFINITE_BEFORE = new RegExp(wordsAnywhere('the|these|those|both|all|all of the|its|their|эти|этих|этим|все|всех|указанн\\p{L}*|данн\\p{L}*', '\\s+$'), 'iu');


/** After a generic noun: "of the type", "of this type", "такого типа". */
export const OF_THE_TYPE = /^\s+(?:of (?:the|this|that) (?:type|kind|model|family)|такого типа|этого типа|данного типа)(?![\p{L}])/iu;

/** Words one of which a relation needs: without any, RELATION_BEFORE cannot match and is not run. */
export const RELATION_HINT = /of|to|on|like|than|instead|replac|alongside|compared|rival|competitor|верси|модификац|вариант|базе|смену|вместо|замен|аналог/iu;
/** A type named to compare with, replace or describe another is not the deal's. */
export const RELATION_BEFORE = new RegExp(
  `(?:${B}(?:version|variant|modification|derivative|development|successor|upgrade|replacement|copy) (?:of|to)|${B}(?:based on|similar to|like|unlike|than|instead of|replac\\p{L}*|alongside|compared (?:to|with)|rival to|competitor to|` +
    `версия|версией|модификаци\\p{L}*|вариант\\p{L}*|на базе|на смену|вместо|замен\\p{L}*|аналог\\p{L}*))\\s+(?:(?:the|an?|its|their|his|her|older|ageing|aging|existing|old|Soviet-era|Soviet-built|ранее|старых|устаревших)\\s+)*$`,
  'iu',
);

/** Helicopters sold as wrecks: "what remains of the three will be sold as replacement parts", "на запчасти". */
export const SALVAGE = /(?<![\p{L}])(?:sold (?:off )?as (?:spare|replacement) parts|(?:sold|sale) (?:for|as) scrap|(?:на|в качестве) (?:запчаст\p{L}*|металлолом\p{L}*))(?![\p{L}])/iu;

/** A contract to upgrade, repair or service helicopters already owned: not a sale of new ones. */
export const UPGRADE = new RegExp(
  wordsAnywhere('upgrad\\p{L}*|moderni[sz]\\p{L}*|overhaul\\p{L}*|repair\\p{L}*|refurbish\\p{L}*|maintenance|servicing|re-?engin\\p{L}*|модерниз\\p{L}*|ремонт\\p{L}*|ремоторизац\\p{L}*|обслуживани\\p{L}*'),
  'iu',
);

/** Purchases told over a span of years ("bought 11 Mi-8 between 1994 and 2002"): history, not a contract. */
export const YEAR_SPAN = /\b(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|till|until)\s+(?:19|20)\d\d\b|(?<![\p{N}])(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d(?![\p{N}])|\bsince\s+(?:the\s+)?(?:19|20)\d\d/iu;

/** A clause about what a type can do, not about a deal. */
export const SPECIFICATION = new RegExp(
  wordsAnywhere(
    'can|capable|able to|carry|carries|carrying|lift|lifts|seats?|speed|range|km|kg|tonnes?|tons?|knots|payload|paratroopers|troops|passengers|crew|horsepower|hp|shp|' +
      'может перевозить|способ\\p{L}*|вмеща\\p{L}*|км|кг|тонн\\p{L}*|скорост\\p{L}*|дальност\\p{L}*|десантник\\p{L}*|пассажир\\p{L}*',
  ) + '|km/h',
  'iu',
);

/** "including", "of which", "в том числе": the types after it are within the record before. */
export const INCLUDING = new RegExp(wordsAnywhere('including|incl\\.|of which|among them|amongst them|among which|out of which|inclusive of|в том числе|включая|из них|из которых', '(?=\\s)'), 'giu');

/** Before an engine: it is a qualifier of the type before it ("14 Mi-171 with a VK-2500 engine"). */
export const ENGINE_AFTER =
  /^[^;\d]{0,60}?(?:\bwith|\bpowered by|\bfitted with|\bequipped with|\bre-?engined with|\busing|(?<![\p{L}])с двигател\p{L}*|(?<![\p{L}])с|(?<![\p{L}])оснащ\p{L}* двигател\p{L}*)\s+(?:(?:an?|the|new|upgraded|modernised|modernized|more powerful|uprated|its|their|two|twin|новыми|новым|двумя)\s+)*$/iu;
/** After an engine: it qualifies the type after it ("4 VK-2500-powered Mi-17"). */
export const ENGINE_BEFORE = /^[\s-]*(?:powered|engined)\s+(?:(?:more|additional|extra|new|upgraded)\s+)*$/i;

/** Role words: "(military transport)", "in the search and rescue version". */
export const ROLE_WORDS =
  /^(?:(?:military|civil(?:ian)?|heavy|light|medium|naval|combat|armed|assault|multi-?role|multi-?purpose|utility|transport|attack|search|and|rescue|SAR|medical|medevac|evacuation|VIP|passenger|cargo|fire-?fighting|anti-submarine|ASW|training|trainer|reconnaissance|patrol|special|operations|early|warning|airborne|border|police|offshore)[\s-]*)+$/i;
