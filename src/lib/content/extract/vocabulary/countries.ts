// Countries as defence reporting names them, in English and Russian: names, other names,
// adjectives, capitals standing for governments ("Moscow will supply Beijing with…"), and the
// Russian case forms ("Китаю", "Индии", "Египта") with their adjectives ("китайской стороне").

/** One country and the words that name it. */
export interface CountryWords {
  /** Short English name, as records carry it: `China`, `United States`. */
  name: string;
  /** Other English names and abbreviations ("Burma", "the UAE"); the name itself is implied. */
  names?: string[];
  /** Adjectives and demonyms ("Chinese"): "the Chinese side", "the Indian Air Force". */
  adjectives?: string[];
  /** Capitals and seats of government used for the country. */
  capitals?: string[];
  /** Russian forms of the name in every case ("Китай Китая Китаю Китаем Китае"), a name of several words joined by `_` ("Южная_Корея"). */
  ru?: string;
  /** Russian adjective stem, any ending ("китайск" → китайский, китайской, китайским…). */
  ruAdjective?: string;
}

/** Russian noun forms from a stem and its endings: `ru('Инди', 'я и ю ей')`. */
function ru(stem: string, endings: string): string {
  return endings
    .split(' ')
    .map((ending) => stem + (ending === '-' ? '' : ending))
    .join(' ');
}
const FEMININE = 'я и ю ей'; // Индия, Индии, Индию, Индией
const FEMININE_A = 'а ы е у ой'; // Аргентина, Аргентины, Аргентине, Аргентину, Аргентиной
const MASCULINE = '- а у ом е'; // Ирак, Ирака, Ираку, Ираком, Ираке

export const COUNTRIES: readonly CountryWords[] = [
  { name: 'Afghanistan', adjectives: ['Afghan'], capitals: ['Kabul'], ru: ru('Афганистан', MASCULINE), ruAdjective: 'афганск' },
  { name: 'Albania', adjectives: ['Albanian'], ru: ru('Албани', FEMININE), ruAdjective: 'албанск' },
  { name: 'Algeria', adjectives: ['Algerian'], capitals: ['Algiers'], ru: ru('Алжир', MASCULINE), ruAdjective: 'алжирск' },
  { name: 'Angola', adjectives: ['Angolan'], capitals: ['Luanda'], ru: ru('Анго', 'ла лы ле лу лой'), ruAdjective: 'ангольск' },
  { name: 'Argentina', adjectives: ['Argentine', 'Argentinian', 'Argentinean'], capitals: ['Buenos Aires'], ru: ru('Аргентин', FEMININE_A), ruAdjective: 'аргентинск' },
  { name: 'Armenia', adjectives: ['Armenian'], capitals: ['Yerevan'], ru: ru('Армени', FEMININE), ruAdjective: 'армянск' },
  { name: 'Australia', adjectives: ['Australian'], ru: ru('Австрали', FEMININE), ruAdjective: 'австралийск' },
  { name: 'Azerbaijan', adjectives: ['Azerbaijani', 'Azeri'], capitals: ['Baku'], ru: ru('Азербайджан', MASCULINE), ruAdjective: 'азербайджанск' },
  { name: 'Bahrain', adjectives: ['Bahraini'], ru: ru('Бахрейн', MASCULINE) },
  { name: 'Bangladesh', adjectives: ['Bangladeshi'], capitals: ['Dhaka'], ru: 'Бангладеш Бангладеша Бангладешу', ruAdjective: 'бангладешск' },
  { name: 'Belarus', names: ['Byelorussia', 'Belorussia'], adjectives: ['Belarusian', 'Belarussian', 'Byelorussian'], capitals: ['Minsk'], ru: `${ru('Белорусси', FEMININE)} ${ru('Беларус', 'ь и ью')}`, ruAdjective: 'белорусск' },
  { name: 'Bolivia', adjectives: ['Bolivian'], ru: ru('Боливи', FEMININE), ruAdjective: 'боливийск' },
  // Republika Srpska is one of the country's two entities, with a police of its own
  { name: 'Bosnia and Herzegovina', names: ['Bosnia', 'Republika Srpska', 'Republic of Srpska', 'Srpska'], adjectives: ['Bosnian'], ru: ru('Босни', FEMININE) },
  { name: 'Brazil', adjectives: ['Brazilian'], capitals: ['Brasilia', 'Brasília'], ru: ru('Бразили', FEMININE), ruAdjective: 'бразильск' },
  { name: 'Bulgaria', adjectives: ['Bulgarian'], capitals: ['Sofia'], ru: ru('Болгари', FEMININE), ruAdjective: 'болгарск' },
  { name: 'Burkina Faso', adjectives: ['Burkinabe'], ru: 'Буркина-Фасо' },
  { name: 'Cambodia', adjectives: ['Cambodian'], ru: ru('Камбодж', 'а и е у ей'), ruAdjective: 'камбоджийск' },
  { name: 'Cameroon', adjectives: ['Cameroonian'], ru: ru('Камерун', MASCULINE) },
  { name: 'Central African Republic', names: ['CAR'], ru: 'ЦАР' },
  { name: 'Chad', adjectives: ['Chadian'], ru: ru('Чад', MASCULINE) },
  { name: 'China', names: ['Inner Mongolia', 'Tibet', 'Xinjiang', 'Hong Kong', 'PRC', "People's Republic of China", 'People’s Republic of China'], adjectives: ['Chinese'], capitals: ['Beijing', 'Peking'], ru: `${ru('Кита', 'й я ю ем е')} КНР Поднебесная Поднебесной Поднебесную`, ruAdjective: 'китайск' },
  { name: 'Colombia', adjectives: ['Colombian'], capitals: ['Bogota', 'Bogotá'], ru: ru('Колумби', FEMININE), ruAdjective: 'колумбийск' },
  { name: 'Croatia', adjectives: ['Croatian'], ru: ru('Хорвати', FEMININE), ruAdjective: 'хорватск' },
  { name: 'Cuba', adjectives: ['Cuban'], capitals: ['Havana'], ru: ru('Куб', FEMININE_A), ruAdjective: 'кубинск' },
  { name: 'Cyprus', adjectives: ['Cypriot'], capitals: ['Nicosia'], ru: ru('Кипр', MASCULINE), ruAdjective: 'кипрск' },
  { name: 'Czech Republic', names: ['Czechia'], adjectives: ['Czech'], capitals: ['Prague'], ru: ru('Чехи', FEMININE), ruAdjective: 'чешск' },
  { name: 'DR Congo', names: ['Democratic Republic of the Congo', 'DRC', 'Zaire'], ru: 'ДРК' },
  { name: 'Ecuador', adjectives: ['Ecuadorian', 'Ecuadorean'], capitals: ['Quito'], ru: ru('Эквадор', MASCULINE), ruAdjective: 'эквадорск' },
  { name: 'Egypt', adjectives: ['Egyptian'], capitals: ['Cairo'], ru: `Египет ${ru('Египт', 'а у ом е')}`, ruAdjective: 'египетск' },
  { name: 'Equatorial Guinea', ru: 'Экваториальная_Гвинея Экваториальной_Гвинеи Экваториальную_Гвинею Экваториальной_Гвинее' },
  { name: 'Eritrea', adjectives: ['Eritrean'], ru: ru('Эритре', FEMININE) },
  { name: 'Ethiopia', adjectives: ['Ethiopian'], capitals: ['Addis Ababa'], ru: ru('Эфиопи', FEMININE), ruAdjective: 'эфиопск' },
  { name: 'France', adjectives: ['French'], capitals: ['Paris'], ru: ru('Франци', FEMININE), ruAdjective: 'французск' },
  { name: 'Georgia', adjectives: ['Georgian'], capitals: ['Tbilisi'], ru: ru('Грузи', FEMININE), ruAdjective: 'грузинск' },
  { name: 'Germany', adjectives: ['German'], capitals: ['Berlin'], ru: ru('Германи', FEMININE), ruAdjective: 'германск' },
  { name: 'Ghana', adjectives: ['Ghanaian'], capitals: ['Accra'], ru: ru('Ган', FEMININE_A) },
  { name: 'Greece', adjectives: ['Greek'], capitals: ['Athens'], ru: ru('Греци', FEMININE), ruAdjective: 'греческ' },
  { name: 'Guinea', adjectives: ['Guinean'], ru: ru('Гвине', FEMININE) },
  { name: 'Hungary', adjectives: ['Hungarian'], capitals: ['Budapest'], ru: ru('Венгри', FEMININE), ruAdjective: 'венгерск' },
  { name: 'India', adjectives: ['Indian'], capitals: ['New Delhi', 'Delhi'], ru: ru('Инди', FEMININE), ruAdjective: 'индийск' },
  { name: 'Indonesia', adjectives: ['Indonesian'], capitals: ['Jakarta'], ru: ru('Индонези', FEMININE), ruAdjective: 'индонезийск' },
  { name: 'Iran', adjectives: ['Iranian'], capitals: ['Tehran'], ru: ru('Иран', MASCULINE), ruAdjective: 'иранск' },
  { name: 'Iraq', adjectives: ['Iraqi'], capitals: ['Baghdad'], ru: ru('Ирак', MASCULINE), ruAdjective: 'иракск' },
  { name: 'Israel', adjectives: ['Israeli'], ru: ru('Израил', 'ь я ю ем е'), ruAdjective: 'израильск' },
  { name: 'Italy', adjectives: ['Italian'], capitals: ['Rome'], ru: ru('Итали', FEMININE), ruAdjective: 'итальянск' },
  { name: 'Japan', adjectives: ['Japanese'], capitals: ['Tokyo'], ru: ru('Япони', FEMININE), ruAdjective: 'японск' },
  { name: 'Jordan', adjectives: ['Jordanian'], capitals: ['Amman'], ru: ru('Иордани', FEMININE), ruAdjective: 'иорданск' },
  { name: 'Kazakhstan', adjectives: ['Kazakh', 'Kazakhstani'], capitals: ['Astana', 'Nur-Sultan'], ru: ru('Казахстан', MASCULINE), ruAdjective: 'казахстанск' },
  { name: 'Kenya', adjectives: ['Kenyan'], capitals: ['Nairobi'], ru: ru('Кени', FEMININE), ruAdjective: 'кенийск' },
  { name: 'Kuwait', adjectives: ['Kuwaiti'], ru: ru('Кувейт', MASCULINE) },
  { name: 'Kyrgyzstan', names: ['Kirghizia', 'Kyrgyz Republic'], adjectives: ['Kyrgyz'], capitals: ['Bishkek'], ru: `${ru('Киргизи', FEMININE)} ${ru('Кыргызстан', MASCULINE)} ${ru('Киргизстан', MASCULINE)}`, ruAdjective: 'киргизск' },
  { name: 'Laos', adjectives: ['Laotian', 'Lao'], capitals: ['Vientiane'], ru: ru('Лаос', MASCULINE), ruAdjective: 'лаосск' },
  { name: 'Lebanon', adjectives: ['Lebanese'], ru: ru('Ливан', MASCULINE) },
  { name: 'Libya', adjectives: ['Libyan'], capitals: ['Tripoli'], ru: ru('Ливи', FEMININE), ruAdjective: 'ливийск' },
  { name: 'Malaysia', adjectives: ['Malaysian'], capitals: ['Kuala Lumpur'], ru: ru('Малайзи', FEMININE), ruAdjective: 'малайзийск' },
  { name: 'Mali', adjectives: ['Malian'], capitals: ['Bamako'], ru: 'Мали', ruAdjective: 'малийск' },
  { name: 'Mexico', adjectives: ['Mexican'], ru: ru('Мексик', 'а и е у ой'), ruAdjective: 'мексиканск' },
  { name: 'Moldova', adjectives: ['Moldovan'], ru: ru('Молдави', FEMININE) },
  { name: 'Mongolia', adjectives: ['Mongolian'], capitals: ['Ulaanbaatar', 'Ulan Bator'], ru: ru('Монголи', FEMININE), ruAdjective: 'монгольск' },
  { name: 'Morocco', adjectives: ['Moroccan'], ru: ru('Марокко', '-') },
  { name: 'Mozambique', ru: 'Мозамбик Мозамбика Мозамбику' },
  { name: 'Myanmar', names: ['Burma'], adjectives: ['Burmese', 'Myanmarese'], capitals: ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'], ru: `${ru('Мьянм', 'а ы е у ой')} ${ru('Мьянм', 'а ы е у ой').replaceAll('Мь', 'М')} Бирма Бирмы`, ruAdjective: 'мьянманск' },
  { name: 'Namibia', adjectives: ['Namibian'], ru: ru('Намиби', FEMININE) },
  { name: 'Nepal', adjectives: ['Nepalese', 'Nepali'], capitals: ['Kathmandu'], ru: ru('Непал', MASCULINE), ruAdjective: 'непальск' },
  { name: 'Nicaragua', adjectives: ['Nicaraguan'], capitals: ['Managua'], ru: 'Никарагуа', ruAdjective: 'никарагуанск' },
  { name: 'Niger', adjectives: ['Nigerien'], ru: 'Нигер Нигера Нигеру' },
  { name: 'Nigeria', adjectives: ['Nigerian'], capitals: ['Abuja'], ru: ru('Нигери', FEMININE), ruAdjective: 'нигерийск' },
  { name: 'North Korea', names: ['DPRK'], adjectives: ['North Korean'], capitals: ['Pyongyang'], ru: 'КНДР', ruAdjective: 'северокорейск' },
  { name: 'North Macedonia', names: ['Macedonia'], adjectives: ['Macedonian'], ru: ru('Македони', FEMININE), ruAdjective: 'македонск' },
  { name: 'Oman', adjectives: ['Omani'], ru: ru('Оман', MASCULINE) },
  { name: 'Pakistan', adjectives: ['Pakistani'], capitals: ['Islamabad'], ru: ru('Пакистан', MASCULINE), ruAdjective: 'пакистанск' },
  { name: 'Peru', adjectives: ['Peruvian'], capitals: ['Lima'], ru: 'Перу', ruAdjective: 'перуанск' },
  { name: 'Philippines', names: ['the Philippines'], adjectives: ['Philippine', 'Filipino'], capitals: ['Manila'], ru: ru('Филиппин', '- ы ам ах'), ruAdjective: 'филиппинск' },
  { name: 'Poland', adjectives: ['Polish'], capitals: ['Warsaw'], ru: ru('Польш', 'а и е у ей'), ruAdjective: 'польск' },
  { name: 'Qatar', adjectives: ['Qatari'], capitals: ['Doha'], ru: ru('Катар', MASCULINE) },
  { name: 'Russia', names: ['Russian Federation'], adjectives: ['Russian'], capitals: ['Moscow', 'the Kremlin'], ru: `${ru('Росси', FEMININE)} РФ ${ru('Москв', 'а ы е у ой')}`, ruAdjective: 'российск' },
  { name: 'Rwanda', adjectives: ['Rwandan'], capitals: ['Kigali'], ru: ru('Руанд', 'а ы е у ой') },
  { name: 'Saudi Arabia', adjectives: ['Saudi'], capitals: ['Riyadh'], ru: 'Саудовская_Аравия Саудовской_Аравии Саудовскую_Аравию', ruAdjective: 'саудовск' },
  { name: 'Senegal', adjectives: ['Senegalese'], ru: ru('Сенегал', MASCULINE) },
  { name: 'Serbia', adjectives: ['Serbian'], capitals: ['Belgrade'], ru: ru('Серби', FEMININE), ruAdjective: 'сербск' },
  { name: 'Sierra Leone', ru: 'Сьерра-Леоне' },
  { name: 'Slovakia', adjectives: ['Slovak', 'Slovakian'], ru: ru('Словаки', FEMININE), ruAdjective: 'словацк' },
  { name: 'Slovenia', adjectives: ['Slovenian', 'Slovene'], ru: ru('Словени', FEMININE) },
  { name: 'South Africa', adjectives: ['South African'], capitals: ['Pretoria'], ru: 'ЮАР' },
  { name: 'South Korea', names: ['Republic of Korea', 'ROK'], adjectives: ['South Korean'], capitals: ['Seoul'], ru: 'Южная_Корея Южной_Кореи Южную_Корею Республика_Корея Республики_Корея Республике_Корея Республику_Корея', ruAdjective: 'южнокорейск' },
  { name: 'South Sudan', adjectives: ['South Sudanese'], ru: 'Южный_Судан Южного_Судана Южному_Судану Южном_Судане' },
  { name: 'Sri Lanka', adjectives: ['Sri Lankan'], capitals: ['Colombo'], ru: ru('Шри-Ланк', 'а и е у ой'), ruAdjective: 'шри-ланкийск' },
  { name: 'Sudan', adjectives: ['Sudanese'], capitals: ['Khartoum'], ru: ru('Судан', MASCULINE), ruAdjective: 'суданск' },
  { name: 'Syria', adjectives: ['Syrian'], capitals: ['Damascus'], ru: ru('Сири', FEMININE), ruAdjective: 'сирийск' },
  { name: 'Tajikistan', adjectives: ['Tajik'], capitals: ['Dushanbe'], ru: ru('Таджикистан', MASCULINE), ruAdjective: 'таджикск' },
  { name: 'Tanzania', adjectives: ['Tanzanian'], ru: ru('Танзани', FEMININE) },
  { name: 'Thailand', adjectives: ['Thai'], capitals: ['Bangkok'], ru: ru('Таиланд', MASCULINE), ruAdjective: 'таиландск' },
  { name: 'Tunisia', adjectives: ['Tunisian'], ru: ru('Тунис', MASCULINE) },
  { name: 'Turkey', names: ['Türkiye'], adjectives: ['Turkish'], capitals: ['Ankara'], ru: ru('Турци', FEMININE), ruAdjective: 'турецк' },
  { name: 'Turkmenistan', adjectives: ['Turkmen'], capitals: ['Ashgabat'], ru: `${ru('Туркменистан', MASCULINE)} ${ru('Туркмени', FEMININE)}`, ruAdjective: 'туркменск' },
  { name: 'Uganda', adjectives: ['Ugandan'], capitals: ['Kampala'], ru: ru('Уганд', 'а ы е у ой'), ruAdjective: 'угандийск' },
  { name: 'Ukraine', adjectives: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'], ru: ru('Украин', FEMININE_A), ruAdjective: 'украинск' },
  { name: 'United Arab Emirates', names: ['UAE', 'the Emirates'], adjectives: ['Emirati'], capitals: ['Abu Dhabi'], ru: 'ОАЭ', ruAdjective: 'эмиратск' },
  { name: 'United Kingdom', names: ['UK', 'Britain', 'Great Britain'], adjectives: ['British'], capitals: ['London'], ru: `${ru('Великобритани', FEMININE)} ${ru('Британи', FEMININE)}`, ruAdjective: 'британск' },
  { name: 'United States', names: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'], adjectives: ['American'], capitals: ['Washington', 'the Pentagon'], ru: `США ${ru('Америк', 'а и е у ой')}`, ruAdjective: 'американск' },
  { name: 'Uruguay', adjectives: ['Uruguayan'], ru: ru('Уругва', 'й я ю ем е') },
  { name: 'Uzbekistan', adjectives: ['Uzbek'], capitals: ['Tashkent'], ru: ru('Узбекистан', MASCULINE), ruAdjective: 'узбекск' },
  { name: 'Venezuela', adjectives: ['Venezuelan'], capitals: ['Caracas'], ru: ru('Венесуэл', 'а ы е у ой'), ruAdjective: 'венесуэльск' },
  { name: 'Vietnam', names: ['Viet Nam'], adjectives: ['Vietnamese'], capitals: ['Hanoi'], ru: ru('Вьетнам', MASCULINE), ruAdjective: 'вьетнамск' },
  { name: 'Yemen', adjectives: ['Yemeni'], capitals: ['Sanaa'], ru: ru('Йемен', MASCULINE) },
  { name: 'Zambia', adjectives: ['Zambian'], ru: ru('Замби', FEMININE) },
  { name: 'Zimbabwe', adjectives: ['Zimbabwean'], capitals: ['Harare'], ru: 'Зимбабве' },
];

/** Russian adjective endings, every gender, number and case. */
export const RU_ADJECTIVE_ENDINGS = ['ий', 'ый', 'ая', 'ое', 'ие', 'ые', 'ого', 'ой', 'ому', 'ым', 'им', 'ых', 'их', 'ими', 'ыми', 'ую', 'ом', 'ей'];
