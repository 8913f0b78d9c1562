/**
 * Normalised form of a statement, shared by override matching: lower-case, "&" read as "and",
 * punctuation and symbols dropped, whitespace collapsed. The same priority stated in next
 * year's document ("Tackling Violence Against Women & Girls." vs "tackling violence against
 * women and girls") normalises to the same key.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
