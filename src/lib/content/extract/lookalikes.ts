// Latin letters that look like Cyrillic ones, written inside Russian words: some sites mix
// them in ("обoроны", "законтрактoванных" with a Latin "o"), and a cue word spelled so is not
// found. Each is read as the Cyrillic letter it looks like. One letter for one letter of the
// same length, so every offset into the text stays the same.

const CYRILLIC_OF: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х',
};
/** A lookalike next to a Cyrillic letter: inside a Russian word. */
const BESIDE_CYRILLIC = /(?<=[а-яёА-ЯЁ])[aceopxyABCEHKMOPTX]|[aceopxyABCEHKMOPTX](?=[а-яёА-ЯЁ])/g;
const CYRILLIC = /[а-яёА-ЯЁ]/;

/** `text` with each Latin lookalike inside a Cyrillic word made Cyrillic; the same string when there is none. */
export function cyrillicLookalikes(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  let result = text;
  // twice: a lookalike next to another lookalike ("вepтолет") is beside Cyrillic after the first pass
  for (let pass = 0; pass < 2; pass++) result = result.replace(BESIDE_CYRILLIC, (letter) => CYRILLIC_OF[letter]!);
  return result;
}
