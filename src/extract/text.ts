/** Text helpers shared by the extraction rules. */

/** Lower-case, straight quotes, single spaces, no surrounding punctuation: the identity of a statement. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();
}

const LEADING_MARKER_RE = /^\s*(?:[•\-*·▪–—○◦●■□➢►✓✔➤◆❖→\uf0b7\uf0a7\uf076\uf0d8]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+/;

/**
 * Clean one stated priority: strip list markers (also a second dash after a bullet), trailing
 * ";", ",", "; and", "and", "or"; a leading "and"/"or"; collapse spaces.
 */
export function cleanItem(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const m = LEADING_MARKER_RE.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  t = t.replace(/^[–—-]\s+/, '');
  t = t.replace(/^(?:and|or)\s+/i, '');
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(/\s*(?:;|,)?\s+(?:and|or)$/i, '').replace(/\s*[;,]+$/, '').trim();
    if (t === before) break;
  }
  return t;
}

/** The last few texts split (several rules split the same block): each block is split once. */
const splitCache = new Map<string, string[]>();

/** Split text into sentences (keeps abbreviations like "e.g." and numbers like "2.5" together). */
export function splitSentences(text: string): string[] {
  const hit = splitCache.get(text);
  if (hit) return [...hit];
  const out = splitUncached(text);
  if (splitCache.size >= 8) splitCache.delete(splitCache.keys().next().value!);
  splitCache.set(text, out);
  return [...out];
}

function splitUncached(text: string): string[] {
  const pieces = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["'”’)]?)\s+(?=["'‘“(£]?[A-Z0-9])/);
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    // "e.g." / "i.e." / initials do not end a sentence
    if (prev !== undefined && (/\b(?:e\.g|i\.e|etc|no|vs|cf|st|dr|mr|mrs|ms)\.$/i.test(prev) || /(?:^|\s)[A-Z]\.$/.test(prev))) {
      out[out.length - 1] = prev + ' ' + p;
    } else if (p) out.push(p);
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** "five priorities", "4 key aims" → the stated count, if any. */
export function statedCount(s: string): number | undefined {
  const m = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:\w+|[\w-]+)\s+){0,3}?(?:priorit(?:y|ies)|aims|objectives|goals|pillars|themes|areas|threats|outcomes|ambitions|commitments|functions)\b/i.exec(s);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  const n = NUMBER_WORDS[w] ?? Number(w);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Split an inline list "a, b and c" / "a; b; and c" into items. Semicolons win over commas.
 * The last comma-item is split at its last " and " / " or " (so "preventing and reducing crime
 * and delivering value" → "preventing and reducing crime", "delivering value").
 */
export function splitInlineList(s: string): string[] {
  const body = s.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/, '');
  let parts: string[];
  if (/;/.test(body)) parts = body.split(/\s*;\s*/);
  else {
    parts = splitTopLevel(body, ',');
    if (parts.length >= 2) {
      const last = parts[parts.length - 1]!;
      const m = !/^(?:and|or)\s/i.test(last) && finalConjunction(last);
      if (m) parts.splice(parts.length - 1, 1, m[0], m[1]);
    } else {
      // "a and b" without commas: only when both sides are substantial (two words or more)
      const m = /^(.*\S)\s+and\s+(\S.*)$/i.exec(body);
      if (m && m[1]!.split(' ').length >= 2 && m[2]!.split(' ').length >= 2 && !/\band\b/i.test(m[1]!)) parts = [m[1]!, m[2]!];
    }
  }
  return parts.map(cleanItem).filter((p) => /[A-Za-z]{2}/.test(p));
}

/**
 * Where the last segment of "A, B, C and D" splits into its two items. The first "and" with two
 * words or more on each side: "anti-social behaviour and protecting vulnerable and isolated
 * residents" keeps "vulnerable and isolated residents" together; otherwise the last "and"
 * ("drug and alcohol misuse and knife crime" → "drug and alcohol misuse", "knife crime";
 * "burglary and robbery" → "burglary", "robbery").
 */
function finalConjunction(last: string): [string, string] | null {
  const re = /\s+(?:and|or|as well as)\s+/gi;
  const splits: Array<[string, string]> = [];
  for (let m = re.exec(last); m; m = re.exec(last)) {
    const left = last.slice(0, m.index).trim(), right = last.slice(m.index + m[0].length).trim();
    if (left && right) splits.push([left, right]);
  }
  return splits.find(([l, r]) => wordCount(l) >= 2 && wordCount(r) >= 2) ?? splits.at(-1) ?? null;
}

/** Split on a separator outside brackets. */
function splitTopLevel(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Words (runs of non-space characters), counted without building an array. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const COMMITTED_RE = /^(?:we|i|the\s+(?:board|partnership|service|authority|force|council|trust))\s+(?:are|am|is|remain)\s+(?:fully\s+)?(?:committed|dedicated)\s+to\s+(.+?)[.;]?$/i;
const OUR_AIM_RE = /^(?:our|the|its)\s+(?:\w+\s+){0,2}(?:aim|priority|focus|ambition|goal|objective)\s+(?:is|will\s+be)\s+(?:to\s+)?(.+?)\.?$/i;

/** The clause a priority sentence states: "We are committed to X." / "Our main aim is to X." → "X". */
export function priorityClause(sentence: string): string | null {
  const m = COMMITTED_RE.exec(sentence.trim()) ?? OUR_AIM_RE.exec(sentence.trim());
  return m && wordCount(m[1]!) <= 25 ? m[1]! : null;
}
