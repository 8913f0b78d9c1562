/** Lower case, "&" as "and", apostrophes dropped, every other run of non-alphanumerics a single space. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
