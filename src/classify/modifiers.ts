/**
 * Head and qualifier: which theme hits head a statement and which only qualify another hit or a
 * kind cue ("training *for staff*", "exploitation *of children*").
 */
import type { Lexicon, ThemeHit } from './lexicon.js';

const PREPS = new Set(['of', 'against', 'among', 'amongst', 'affect', 'involv', 'from', 'toward', 'at', 'risk', 'by']);
const RISK_WORDS = new Set(['risk', 'harm', 'free', 'from', 'affect', 'experienc', 'suffer', 'victim']);
const JOINERS = new Set(['the', 'a', 'and', 'or', 'their', 'our', 'all', 'those', 'in', 'to', 'by', 'on', 'with', 'whether']);

export interface MarkedHit extends ThemeHit {
  /** The hit qualifies an earlier one ("exploitation of *children*") rather than heading the statement. */
  modifier: boolean;
}

/** Prepositions (stemmed) that attach a qualifying phrase to a head noun: "training *for staff*". */
const HEAD_PREPS = new Set(['for', 'of', 'on', 'to', 'with', 'among', 'amongst', 'about', 'into', 'in', 'against', 'around', 'toward', 'at', 'involv', 'affect']);

/** A word span [start, end) of the stemmed statement. */
export interface Span {
  start: number;
  end: number;
}

/** Words of the head noun phrase allowed between a head cue and its preposition ("data *collection* on"). */
const HEAD_TAIL_MAX = 2;

/**
 * Marks theme hits that only qualify an earlier hit, and those chained to them by "and"/"or".
 * `heads` are spans of mechanism/internal-process kind cues: a business hit joined to the nearest
 * head before it by a preposition (with no business theme in between) qualifies that head
 * ("early intervention *for young people*", "training *on domestic abuse*", "data collection *on
 * hate crime*"). `blockers` are spans of crime/target-group cues ("tackling"): a head whose noun
 * phrase runs into one of them does not govern what follows.
 */
export function markModifiers(
  hits: ThemeHit[],
  st: string[],
  info: Lexicon['themeInfo'],
  heads: Span[] = [],
  blockers: Span[] = [],
): MarkedHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const biz = sorted.filter((h) => info.get(h.theme)?.group === 'business');
  const out: MarkedHit[] = [];
  let prev: MarkedHit | undefined;
  for (const h of sorted) {
    let modifier = false;
    const crimeHit = info.get(h.theme)?.defaultKind === 'crime';
    // the nearest head cue before this hit with no business theme in between
    const head = heads
      .filter((x) => x.end <= h.start && !biz.some((b) => b !== h && b.start >= x.end && b.start < h.start))
      .sort((a, b) => b.end - a.end)[0];
    if (head && info.get(h.theme)?.group === 'business') {
      const gap = st.slice(head.end, h.start);
      const p = gap.findIndex((w) => HEAD_PREPS.has(w));
      const blocked = blockers.some((b) => b.start < h.start && b.end > head.end);
      if (
        p >= 0 &&
        p <= HEAD_TAIL_MAX &&
        gap.length - p <= 4 &&
        !blocked &&
        gap.slice(p).every((w) => HEAD_PREPS.has(w) || JOINERS.has(w))
      ) {
        out.push({ ...h, modifier: true });
        prev = out[out.length - 1];
        continue;
      }
    }
    if (prev && h.start >= prev.end) {
      const gap = st.slice(prev.end, h.start);
      if (gap.some((w) => PREPS.has(w)) && gap.every((w) => PREPS.has(w) || JOINERS.has(w)) && gap.length <= 4) modifier = true;
      else if (prev.modifier && gap.every((w) => w === 'and' || w === 'or' || w === 'the')) modifier = true;
    } else if (prev && h.start < prev.end) {
      modifier = prev.modifier; // overlapping hit of another theme: same role
    }
    // A crime named after a group ("protect children from sexual exploitation") is the more specific
    // priority: crime hits are never demoted to qualifiers.
    const m: MarkedHit = { ...h, modifier: modifier && !crimeHit };
    out.push(m);
    if (h.start >= (prev?.end ?? -1) || !prev) prev = m;
  }
  // "children's mental health", "young people's wellbeing": the possessor qualifies what follows.
  for (const h of out) {
    if (h.modifier || info.get(h.theme)?.defaultKind === 'crime' || st[h.end] !== 's') continue;
    if (out.some((g) => g !== h && info.get(g.theme)?.group === 'business' && g.start > h.end && g.start - h.end <= 3)) h.modifier = true;
  }
  // "children at risk of exploitation", "adults free from abuse": the group is the setting, the
  // crime is the priority.
  for (const h of out) {
    if (info.get(h.theme)?.defaultKind !== 'crime') continue;
    for (const g of out) {
      if (g.modifier || g.end > h.start || info.get(g.theme)?.defaultKind !== 'target_group') continue;
      const gap = st.slice(g.end, h.start);
      // "missing children, and those at risk of exploitation": a new phrase after "and" is another priority
      const risk = gap.findIndex((w) => RISK_WORDS.has(w));
      if (gap.length <= 10 && risk >= 0 && !gap.slice(0, risk).some((w) => w === 'and' || w === 'or')) g.modifier = true;
    }
  }
  return out;
}
