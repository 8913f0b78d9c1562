/**
 * The matching rule of the eval: a labelled priority matches an extracted one when, after
 * lower-casing, dropping stop words and words of two letters or fewer, and light suffix
 * stripping, the extracted text holds at least 60% of the labelled text's words, or one text
 * contains the other.
 */

export const MATCH_THRESHOLD = 0.6;

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each either few for from further had has have having he her here hers him his how i if in ' +
    'into is it its itself just may me might more most must my no nor not now of off on once only or other our ours out over own per ' +
    'same shall she should so some such than that the their theirs them then there these they this those through to too under until ' +
    'up upon very via was we were what when where whether which while who whom why will with within without would you your yours'
  ).split(' '),
);

/** Light suffix stripping: "reducing" / "reduced" / "reduces" → "reduc"; "priorities" → "priorit". */
export function stem(w: string): string {
  let s = w;
  if (s.length > 5 && s.endsWith('ies')) return s.slice(0, -3) + 'y';
  for (const suf of ['ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'es', 'ly', 's']) {
    if (s.endsWith(suf) && s.length - suf.length >= 3) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

export function normaliseForMatch(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Content words of a text, stemmed. */
export function contentWords(s: string): string[] {
  return normaliseForMatch(s)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map(stem);
}

/** Share of the labelled text's content words found in the extracted text (0..1). */
export function coverage(labelled: string, extracted: string): number {
  const lw = [...new Set(contentWords(labelled))];
  if (lw.length === 0) return 0;
  const ew = new Set(contentWords(extracted));
  return lw.filter((w) => ew.has(w)).length / lw.length;
}

/** Does the extracted text state the labelled priority (eval rule)? */
export function matches(labelled: string, extracted: string): boolean {
  const l = normaliseForMatch(labelled);
  const e = normaliseForMatch(extracted);
  if (!l || !e) return false;
  if (` ${e} `.includes(` ${l} `) || ` ${l} `.includes(` ${e} `)) return true;
  return coverage(labelled, extracted) >= MATCH_THRESHOLD;
}
