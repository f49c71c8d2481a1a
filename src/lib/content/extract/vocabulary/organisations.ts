// Organisations that sell or buy in the reports, in English and Russian. A seller names the
// supplier country ("Rosoboronexport" → Russia); a buyer names the recipient ("Poly
// Technologies" → China). Patterns are matched case-sensitively, as names are written.

/** One organisation and how reports write its name. */
export interface Organisation {
  /** Canonical name, as records carry it. */
  name: string;
  country: string;
  side: 'seller' | 'buyer';
  pattern: RegExp;
}

// \b does not see Cyrillic letters as word characters: this does.
const E = '(?![\\p{L}\\p{N}])';
const org = (name: string, country: string, side: Organisation['side'], source: string): Organisation => ({
  name,
  country,
  side,
  // the letter before a name is the scanner's to check: a leading lookbehind would slow every scan
  pattern: new RegExp(`(?:${source})${E}`, 'gu'),
});
const Q = '["«“„]?'; // Russian names are often quoted: «Вертолеты России»
const Q_END = '["»”]?';

export const ORGANISATIONS: readonly Organisation[] = [
  org('Russian Helicopters', 'Russia', 'seller', `Russian Helicopters(?: Holding(?: Company)?)?|Helicopters of Russia|Russian Helicopter Systems|(?:холдинг(?:а|у|ом|е)?\\s+)?${Q}Вертол[её]т(?:ы|ов|ам|ами|ах) России${Q_END}`),
  org('Rosoboronexport', 'Russia', 'seller', `Rosoboron[eE]xport|Rosoboronexport|${Q}Рособоронэкспорт(?:а|у|ом|е)?${Q_END}`),
  org('Rostec', 'Russia', 'seller', `Rostec|Rostekh|Rostech|Russian Technologies|${Q}Ростех(?:а|у|ом|е)?${Q_END}|Госкорпораци[яиюей] ${Q}Ростех${Q_END}`),
  org('Oboronprom', 'Russia', 'seller', `Oboronprom|${Q}Оборонпром(?:а|у|ом|е)?${Q_END}`),
  org('United Engine Corporation', 'Russia', 'seller', `United Engine Corporation|UEC|ОДК|Объединенн(?:ая|ой|ую) двигателестроительн(?:ая|ой|ую) корпораци[яиюей]`),
  org('Klimov', 'Russia', 'seller', `(?:UEC-)?Klimov|${Q}(?:ОДК-)?Климов(?:а|у|ым)?${Q_END}`),
  org('Ulan-Ude Aviation Plant', 'Russia', 'seller', `Ulan[- ]Ude Aviation Plant|Ulan[- ]Ude Aircraft Plant|UUAP|У-УАЗ|Улан-Удэнск(?:ий|ого|ому|им) авиационн(?:ый|ого|ому|ым) завод(?:а|у|ом)?`),
  org('Kazan Helicopters', 'Russia', 'seller', `Kazan Helicopters?(?: Plant)?|Kazan Helicopter Plant|KHP|КВЗ|Казанск(?:ий|ого|ому|им) вертол[её]тн(?:ый|ого|ому|ым) завод(?:а|у|ом)?|${Q}Казанский вертол[её]тный завод${Q_END}`),
  org('Rostvertol', 'Russia', 'seller', `Rostvertol|${Q}Роствертол(?:а|у|ом)?${Q_END}`),
  org('Progress Arsenyev Aviation Company', 'Russia', 'seller', `(?:Arsenyev|Arseniev) (?:Aviation Company )?(?:["“]?Progress["”]?)?|Progress Arsenyev(?: Aviation Company)?|ААК ${Q}Прогресс${Q_END}|Арсеньевск(?:ая|ой|ую) авиационн(?:ая|ой|ую) компани[яиюей](?: ${Q}Прогресс${Q_END})?`),
  org('Kumertau Aviation Production Enterprise', 'Russia', 'seller', `Kumertau Aviation(?: Production Enterprise)?|КумАПП`),
  org('Mil Moscow Helicopter Plant', 'Russia', 'seller', `Mil Moscow Helicopter Plant|Mil Helicopter Plant|МВЗ(?: им\\. М\\.\\s?Л\\. Миля)?`),
  org('Kamov', 'Russia', 'seller', `Kamov (?:Design Bureau|company|JSC)|${Q}Камов${Q_END}`),
  org('Federal Service for Military-Technical Cooperation', 'Russia', 'seller', `Federal Service for Military[- ]Technical Cooperation|FSMTC|FSVTS|ФСВТС`),
  org('Almaz-Antey', 'Russia', 'seller', `Almaz[- ]Antey|Алмаз-Антей`),
  org('Sukhoi', 'Russia', 'seller', `Sukhoi (?:Company|Design Bureau)|${Q}Сухой${Q_END}`),
  org('United Aircraft Corporation', 'Russia', 'seller', `United Aircraft Corporation|ОАК`),
  org('Motor Sich', 'Ukraine', 'seller', `Motor Sich|Motorsich|${Q}Мотор Сич${Q_END}`),
  // buyers
  org('Poly Technologies', 'China', 'buyer', `Poly Technologies|China Poly Group|Poly Group`),
  org('Hindustan Aeronautics', 'India', 'buyer', `Hindustan Aeronautics(?: Limited| Ltd\\.?)?|HAL`),
  org('Indo-Russian Helicopters', 'India', 'buyer', `Indo[- ]Russian Helicopters?(?: Limited| Ltd\\.?)?|IRHL`),
  // Russian buyers at home: the state leasing company that buys for airlines, and airlines
  org('State Transport Leasing Company', 'Russia', 'buyer', `State Transport Leasing Company|STLC|GTLK|${Q}ГТЛК${Q_END}|Государственн(?:ая|ой|ую) транспортн(?:ая|ой|ую) лизингов(?:ая|ой|ую) компани[яиюей]`),
  org('UTair', 'Russia', 'buyer', `UTair|Utair|${Q}ЮТэйр${Q_END}|${Q}Ютэйр${Q_END}`),
  org('Gazprom', 'Russia', 'buyer', `Gazpromavia|Gazprom Avia|Gazprom|${Q}Газпромавиа${Q_END}|${Q}Газпром(?:а|у|ом)?${Q_END}`),
  org('National Air Ambulance Service', 'Russia', 'buyer', `National Air Ambulance Service|НССА|Национальн(?:ая|ой|ую) служб(?:а|ы|е|у) санитарной авиации`),
  org('Avialesookhrana', 'Russia', 'buyer', `Avialesookhrana|${Q}Авиалесоохран(?:а|ы|е|у|ой)${Q_END}`),
  // a federal or regional state institution, by the letters that open its name: ФБУ «Авиалесоохрана»
  org('a Russian state institution', 'Russia', 'buyer', `(?:ФБУ|ФГБУ|ФКУ|ФГКУ|ФГУП|ГБУЗ|ГБУ|ГКУ) [«"“]\\p{Lu}[^"»”]{0,60}[»"”]`),
  org("People's Liberation Army", 'China', 'buyer', `People[’']s Liberation Army(?: Air Force| Navy)?|PLAAF|PLAN|PLA|НОАК`),
];

/** Words after a country's adjective that make it a government buyer or user: "the Egyptian Air Force". */
export const FORCES =
  /^\s+(?:Air Force|Air Forces|Navy|Naval Forces|Army|National Army|National Police|Security Forces|Armed Forces|Defen[cs]e Department|Department of Defen[cs]e|Aerospace Forces|Border Guard|Border Service|Coast Guard|National Guard|military(?![ \t]+\p{L})|junta|regime|Ministry of Defen[cs]e|Defen[cs]e Ministry|Defen[cs]e Forces|Interior Ministry|Ministry of Interior|Ministry of Internal Affairs|Police|government|side|customer|partners?)\b/iu;
/** Russian force words before a country in the genitive: "ВВС Индии", "Минобороны Египта", "минобороны России". */
export const RU_FORCES_BEFORE =
  /(?:ВВС|ВМС|ВМФ|ВКС|МВД|МЧС|[Мм]инобороны|[Мм]инистерств(?:о|а|у|ом|е) обороны|армии|армия|армию|[Вв]ооруж[её]нн(?:ых|ые|ым|ыми) [Сс]ил(?:ы|ам|ами)?|сухопутных войск|авиации|погранслужбы|правительств[оау]|военно-воздушных сил)\s+$/u;
