/**
 * Features of a statement for the learned models: stemmed words and word pairs, the opening words
 * (the verb or noun that says what the statement is about), the words of a "Title – detail"
 * heading, the lexicon's cues and theme hits (head or qualifier), and the rule scores.
 */
import { STOP_WORDS, stem, tokenize, type Lexicon } from './lexicon.js';
import type { Features } from './logreg.js';
import { KINDS, TITLE_SEP, type Evidence } from './rules.js';

function add(x: Features, f: string, v = 1): void {
  x.set(f, (x.get(f) ?? 0) + v);
}

/** Stemmed content words, unigrams and neighbouring pairs. */
export function ngrams(text: string, x: Features = new Map(), prefix = ''): Features {
  const st = tokenize(text)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
  for (const w of new Set(st)) add(x, `${prefix}w:${w}`);
  for (let i = 0; i + 1 < st.length; i++) x.set(`${prefix}b:${st[i]}_${st[i + 1]}`, 1);
  return x;
}

/** Features for the kind model and the theme model (one set: each model learns its own weights). */
export function statementFeatures(text: string, ev: Evidence, lex: Lexicon): Features {
  const x = ngrams(text);
  const words = tokenize(text);
  const st = words.map(stem);
  if (st[0]) x.set(`f:${st[0]}`, 1);
  if (st[1]) x.set(`f2:${st[0]}_${st[1]}`, 1);
  const n = words.length;
  x.set(n <= 3 ? 'len:short' : n <= 8 ? 'len:mid' : n <= 20 ? 'len:long' : 'len:vlong', 1);
  // Title Case or ALL CAPS headings are often used as priorities on their own.
  const caps = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  if (caps.length > 0 && caps.every((w) => /^[A-Z]/.test(w))) x.set('titlecase', 1);
  const sep = TITLE_SEP.exec(text);
  if (sep && sep.index > 0) {
    x.set('sep', 1);
    const head = text.slice(0, sep.index);
    ngrams(head, x, 'h');
    if (tokenize(head).length <= 4) x.set('sep:shorthead', 1);
  }
  // Lexicon: kind cues and theme hits, as learned per-cue features and as summary scores.
  for (const h of ev.kindHits) {
    add(x, `c:${h.term}`);
    add(x, `ck:${h.kind}`, h.weight / 2);
    if (h.start === 0) add(x, `c0:${h.kind}`);
  }
  for (const h of ev.themeHits) {
    const ti = lex.themeInfo.get(h.theme);
    if (!ti) continue;
    add(x, `${h.modifier ? 'tm' : 't'}:${h.theme}`, h.weight / 2);
    add(x, `${h.modifier ? 'tkm' : 'tk'}:${ti.defaultKind}`, h.weight / 2);
    if (h.start === 0) add(x, `t0:${ti.defaultKind}`);
  }
  const lead = ev.headOrder[0];
  if (lead) x.set(`lead:${lead}`, 1), x.set(`leadk:${lex.themeInfo.get(lead)?.defaultKind}`, 1);
  const max = Math.max(...KINDS.map((k) => ev.kindScore[k]));
  for (const k of KINDS) {
    x.set(`r:${k}`, ev.kindScore[k] / 4);
    if (max > 0 && ev.kindScore[k] === max) x.set(`rtop:${k}`, 1);
  }
  if (max <= 0) x.set('r:none', 1);
  return x;
}

/** What is known about a statement beyond its words: the partner type of the document it comes from. */
export interface ClassifyContext {
  partnerType?: string | undefined;
}

/**
 * Partner-type features: labelling conventions differ by partner type (a fire authority names
 * hazards as priorities, a youth justice board names custody and disposals), so the partner type
 * is a bias and is conjoined with the kind-level cue summaries. No partner type: no features (a
 * type never seen in training gets none that carry weight). Returns a new map; `x` is not changed.
 */
export function withContext(x: Features, ctx: ClassifyContext | undefined): Features {
  const pt = ctx?.partnerType?.trim().toUpperCase();
  if (!pt) return x;
  const y = new Map(x);
  y.set(`p:${pt}`, 1);
  for (const [f, v] of x) if (CONJOINED.test(f)) y.set(`p:${pt}|${f}`, v);
  return y;
}
// The kinds of the lexicon's cues and theme hits (ck:, tk:): what a type of partner means by
// them differs (cross-validated against the bias alone and rule-score conjunctions: README "tried").
const CONJOINED = /^(ck|tk):/;
