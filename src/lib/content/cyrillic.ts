/**
 * Cyrillic capitals to Latin, as designations are transliterated ("Ми-171Ш" → "Mi-171Sh").
 * Shared by the catalogue's recognition and the search index, so both fold alike.
 */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ё: 'E', Ж: 'ZH', З: 'Z', И: 'I', Й: 'Y',
  К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F',
  Х: 'KH', Ц: 'TS', Ч: 'CH', Ш: 'SH', Щ: 'SHCH', Ъ: '', Ы: 'Y', Ь: '', Э: 'E', Ю: 'YU', Я: 'YA',
  Є: 'E', І: 'I', Ї: 'I', Ў: 'U',
};
