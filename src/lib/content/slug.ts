/** Text as an id: lower-case ASCII letters and digits joined by single hyphens ('' if none). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD') // café → cafe: accents folded rather than dropped with their letter
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
