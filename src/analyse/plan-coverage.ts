import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { PlanCoverage } from '../schema/index.js';
import { dataFile } from './data-file.js';
import type { PlanNode, PlanReading } from './plan-tree.js';

const TermsFile = z
  .object({
    themes: z.record(z.string(), z.object({ terms: z.array(z.string()), not: z.array(z.string()).default([]) }).strict()),
  })
  .strict();

interface ThemeTerms {
  terms: RegExp[];
  not: RegExp[];
}

let table: Map<string, ThemeTerms> | undefined;

/** A term as a regular expression: spaces match spaces or hyphens; all-capital acronyms match case-sensitively. */
function compile(term: string): RegExp {
  const src = term.replace(/ /g, '[\\s\\u00a0-]+');
  return new RegExp(`(?<![A-Za-z0-9])(?:${src})(?![A-Za-z0-9])`, /^[A-Z]{2,}/.test(term) ? 'g' : 'gi');
}

/** data/plan-terms.yaml, compiled once. */
export function planTerms(): Map<string, ThemeTerms> {
  if (table) return table;
  const f = TermsFile.parse(YAML.parse(readFileSync(dataFile('plan-terms.yaml'), 'utf8')));
  return (table = new Map(Object.entries(f.themes).map(([id, t]) => [id, { terms: t.terms.map(compile), not: t.not.map(compile) }])));
}

export interface TermHit {
  /** The matched words as written. */
  term: string;
  /** The sentence holding them (clipped around the match). */
  quote: string;
}

const QUOTE_MAX = 300;

function sentenceAround(text: string, at: number, len: number): string {
  const t = text.replace(/\s+/g, ' ');
  let s = Math.max(t.lastIndexOf('. ', at), t.lastIndexOf('? ', at), t.lastIndexOf('! ', at));
  s = s < 0 ? 0 : s + 2;
  const rest = /[.?!](\s|$)/.exec(t.slice(at + len));
  const e = rest ? at + len + rest.index + 1 : t.length;
  let q = t.slice(s, e).trim();
  if (q.length > QUOTE_MAX) {
    const from = Math.max(0, at - s - 120);
    q = `${from > 0 ? '…' : ''}${q.slice(from, from + QUOTE_MAX - 2)}…`;
  }
  return q;
}

/** The first use of one of the theme's terms in its proper sense in `text`, or null. */
export function findTerm(theme: string, text: string): TermHit | null {
  const t = planTerms().get(theme);
  if (!t) return null;
  const flat = text.replace(/\s+/g, ' ');
  const blocked: Array<[number, number]> = [];
  for (const re of t.not) for (const m of flat.matchAll(re)) blocked.push([m.index, m.index + m[0].length]);
  let best: RegExpMatchArray | undefined;
  for (const re of t.terms) {
    for (const m of flat.matchAll(re)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (blocked.some(([a, b]) => s >= a && e <= b)) continue;
      if (!best || s < best.index!) best = m;
      break;
    }
  }
  return best ? { term: best[0], quote: sentenceAround(flat, best.index!, best[0].length) } : null;
}

export interface ThemeCoverage {
  coverage: PlanCoverage;
  quote: string;
  page: number | null;
  path: string[];
  term: string;
}

export const NO_COVERAGE: ThemeCoverage = { coverage: 'none', quote: '', page: null, path: [], term: '' };

const RANK: Record<PlanNode['level'], number> = { priority: 0, area: 1, aim: 2, text: 3, excluded: 9 };

/**
 * Coverage of one theme by the plan as read: 'priority' when the theme's term names a strategic
 * priority, an area it highlights or one of its key aims (the outermost such place is given);
 * 'mention' when it appears only in the plan's other text; 'none' otherwise. Excluded parts
 * (statutory functions, national threat lists, sources, glossary) never count.
 */
export function themeCoverage(theme: string, plan: PlanReading): ThemeCoverage {
  let best: { rank: number; c: ThemeCoverage } | undefined;
  for (const n of plan.nodes) {
    const rank = RANK[n.level];
    if (rank >= 9 || (best && rank >= best.rank)) continue;
    const hit = findTerm(theme, n.text);
    if (!hit) continue;
    best = { rank, c: { coverage: rank <= 2 ? 'priority' : 'mention', quote: hit.quote, page: n.page, path: rank <= 2 ? n.path : [], term: hit.term } };
    if (rank === 0) break;
  }
  return best?.c ?? NO_COVERAGE;
}
