import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { Block, ClassifiedPriority, Document } from '../schema/index.js';
import { dataFile } from './data-file.js';

/** Where a block of the plan sits: a priority's own name, an area under it, a key aim, other text, or not plan content. */
export type NodeLevel = 'priority' | 'area' | 'aim' | 'text' | 'excluded';

export interface PlanNode {
  text: string;
  page: number;
  level: NodeLevel;
  /** Outermost first: ['Strategic priority 1: Vulnerability', 'Key aim 3: …']; [] outside the priorities. */
  path: string[];
  /** Why an excluded block is not plan content. */
  why?: string;
}

export interface PlanReading {
  title: string;
  period: { from: number; to: number } | null;
  /** The strategic priorities' names, in the plan's order. */
  priorities: string[];
  /** How the priorities were found: the plan's own list, or the extracted priorities. */
  basis: 'plan-list' | 'extracted' | 'none';
  nodes: PlanNode[];
}

const Structure = z
  .object({
    priorityIntro: z.string(),
    aimIntro: z.string(),
    excludedLists: z.array(z.object({ why: z.string(), intro: z.string() }).strict()),
    sectionEnd: z.string(),
    referenceStart: z.string(),
  })
  .strict();

let cues: { priorityIntro: RegExp; aimIntro: RegExp; excluded: Array<{ why: string; re: RegExp }>; sectionEnd: RegExp; referenceStart: RegExp } | undefined;

function structure(): NonNullable<typeof cues> {
  if (cues) return cues;
  const s = Structure.parse(YAML.parse(readFileSync(dataFile('plan-structure.yaml'), 'utf8')));
  return (cues = {
    priorityIntro: new RegExp(s.priorityIntro, 'i'),
    aimIntro: new RegExp(s.aimIntro, 'i'),
    excluded: s.excludedLists.map((e) => ({ why: e.why, re: new RegExp(e.intro, 'i') })),
    sectionEnd: new RegExp(s.sectionEnd, 'i'),
    referenceStart: new RegExp(s.referenceStart, 'i'),
  });
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
const clean = (t: string): string => t.replace(/\s+/g, ' ').replace(/[\s.,;:–—-]+$/, '').trim();
const clip = (t: string, n = 90): string => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/** Comparable form of a name: lower case, "re-offending" as "reoffending", no numbering or punctuation. */
export function nameKey(t: string): string {
  return t
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bre[\s-]+(offend)/g, 're$1')
    .replace(/^\s*(strategic )?(priority|objective)?\s*\d+[.:)]?\s*/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "2017 – 2021", "2021-26", "2017 to 2021" in a title or heading; the plan's period. */
export function planPeriod(texts: string[]): { from: number; to: number } | null {
  for (const t of texts) {
    const m = /(?<!\d)(20\d\d)\s*(?:–|—|-|to|\/)\s*(20\d\d|\d\d)(?!\d)/.exec(t);
    if (!m) continue;
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (to > from && to - from <= 10) return { from, to };
  }
  return null;
}

/** Indices of list items introduced by a statutory-functions / national-threats / sources block, and the reference tail. */
function excludedBlocks(blocks: Block[]): Map<number, string> {
  const { excluded, referenceStart } = structure();
  const out = new Map<number, string>();
  blocks.forEach((b, i) => {
    if (b.kind === 'list_item') return;
    const hit = excluded.find((e) => e.re.test(b.text));
    if (!hit) return;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'list_item'; j++) out.set(j, hit.why);
  });
  const ref = blocks.findIndex((b) => b.kind === 'heading' && referenceStart.test(b.text));
  if (ref >= 0) for (let j = ref; j < blocks.length; j++) out.set(j, 'reference material (glossary)');
  return out;
}

/** The plan's own list of priorities: short list items after a block that introduces priorities, up to the next heading. */
function priorityList(blocks: Block[], excluded: Map<number, string>): { items: number[]; end: number } | null {
  const { priorityIntro } = structure();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (excluded.has(i) || b.kind === 'list_item' || !priorityIntro.test(b.text)) continue;
    if (b.kind === 'paragraph' && !/(:|:-|following|below)\s*$/i.test(b.text.trim())) continue;
    const items: number[] = [];
    let j = i + 1;
    for (; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) {
      if (blocks[j]!.kind === 'list_item' && !excluded.has(j) && words(blocks[j]!.text) <= 12) items.push(j);
    }
    if (items.length >= (b.kind === 'heading' ? 2 : 1)) return { items, end: j };
  }
  return null;
}

const PRIORITY_HEADING = /^\s*(strategic |key |our |my )?(priority|objective)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[:.–—-]\s*(.+)$/i;

/** Headings of the form "Priority 2: Reducing reoffending" (short enough to be a name). */
function numberedPriorityHeadings(blocks: Block[], excluded: Map<number, string>): number[] {
  return blocks.flatMap((b, i) => (b.kind === 'heading' && !excluded.has(i) && PRIORITY_HEADING.test(b.text) && words(b.text) <= 14 ? [i] : []));
}

const isUpper = (t: string): boolean => /[A-Z]/.test(t) && t === t.toUpperCase();

/** Does a short block open the section of the priority named `name` ("2 PREVENTION…", "SERIOUS" of "Serious Organised Crime…")? */
function opensSection(b: Block, name: string): boolean {
  if (b.kind === 'list_item' || words(b.text) > 8) return false;
  const k = nameKey(b.text.split(':')[0]!);
  const n = nameKey(name);
  return k !== '' && (k === n || (isUpper(b.text) && n.startsWith(`${k} `)));
}

/**
 * Reads the plan as a plan: finds its list of strategic priorities, each priority's section, the
 * areas it highlights and its key aims, and the parts that are not priorities (statutory
 * functions, quoted national threat lists, lists of sources, the glossary). Falls back to the
 * extracted named priorities when the plan has no recognisable list.
 */
export function readPlan(doc: Document, extracted: ClassifiedPriority[] = []): PlanReading {
  const blocks = doc.blocks;
  const excluded = excludedBlocks(blocks);
  const titleTexts = [doc.title ?? '', doc.source.title ?? '', ...blocks.filter((b) => b.page <= 2 && b.kind === 'heading').map((b) => b.text)];
  const title = clean(doc.title ?? doc.source.title ?? blocks.find((b) => b.kind === 'heading')?.text ?? doc.sourceId);
  const period = planPeriod(titleTexts);
  const nodes: PlanNode[] = blocks.map((b, i) => ({
    text: b.text, page: b.page, path: [],
    ...(excluded.has(i) ? { level: 'excluded' as const, why: excluded.get(i)! } : { level: 'text' as const }),
  }));
  const list = priorityList(blocks, excluded);
  const numbered = list ? [] : numberedPriorityHeadings(blocks, excluded);
  if (numbered.length > 0) {
    // "Priority 1: Keeping people safe" headings and no list of them: each heading opens its section.
    const names = numbered.map((i) => clean(blocks[i]!.text.replace(PRIORITY_HEADING, '$3')));
    numbered.forEach((s, k) => {
      let end = numbered[k + 1] ?? blocks.length;
      if (k === numbered.length - 1) {
        const stop = blocks.findIndex((b, j) => j > s && b.kind === 'heading' && structure().sectionEnd.test(b.text));
        if (stop > 0) end = stop;
      }
      readSection(blocks, nodes, s, end, `Strategic priority ${k + 1}: ${names[k]}`);
    });
    return { title, period, priorities: names, basis: 'plan-list', nodes };
  }
  if (!list) {
    const named = extracted.filter((p) => p.strength === 'named');
    const extra: PlanNode[] = named.map((p, k) => ({ text: p.text, page: p.page, level: 'priority', path: [`Priority ${k + 1}: ${clip(clean(p.text))}`] }));
    return { title, period, priorities: named.map((p) => clean(p.text)), basis: named.length ? 'extracted' : 'none', nodes: [...extra, ...nodes] };
  }
  const names = list.items.map((i) => clean(blocks[i]!.text));
  const label = (k: number): string => `Strategic priority ${k + 1}: ${names[k]}`;
  list.items.forEach((i, k) => Object.assign(nodes[i]!, { level: 'priority', path: [label(k)] }));
  // Paragraphs between list items describe the item above them (a compact plan). The first one
  // states what the priority covers (its outcome): a theme it names is part of the priority, as in
  // a key aim ("6. Protecting vulnerable people — vulnerable people, including missing children, …").
  // Later paragraphs are other text under that priority.
  let current = -1;
  let described = true;
  for (let i = list.items[0]!; i < list.end; i++) {
    const k = list.items.indexOf(i);
    if (k >= 0) {
      current = k;
      described = false;
    } else if (nodes[i]!.level === 'text') {
      if (!described && blocks[i]!.kind === 'paragraph') {
        Object.assign(nodes[i]!, { level: 'aim', path: [label(current), `Outcome: ${clip(clean(blocks[i]!.text))}`] });
        described = true;
      } else nodes[i]!.path = [label(current)];
    }
  }

  // Each priority's section: the last block opening it before the next priority's section.
  const starts: Array<number | undefined> = names.map(() => undefined);
  let next = blocks.length;
  for (let k = names.length - 1; k >= 0; k--) {
    for (let j = next - 1; j >= list.end; j--) {
      if (!excluded.has(j) && opensSection(blocks[j]!, names[k]!)) {
        starts[k] = j;
        next = j;
        break;
      }
    }
  }
  const found = starts.map((s, k) => ({ s, k })).filter((x): x is { s: number; k: number } => x.s !== undefined);
  found.forEach(({ s, k }, n) => {
    let end = found[n + 1]?.s ?? blocks.length;
    if (n === found.length - 1) {
      const stop = blocks.findIndex((b, j) => j > s && b.kind === 'heading' && structure().sectionEnd.test(b.text));
      if (stop > 0) end = stop;
    }
    readSection(blocks, nodes, s, end, label(k));
  });
  return { title, period, priorities: names, basis: 'plan-list', nodes };
}

/** Inside one priority's section: its heading, the areas it highlights, its key aims, and its other text. */
function readSection(blocks: Block[], nodes: PlanNode[], start: number, end: number, priority: string): void {
  const { aimIntro } = structure();
  Object.assign(nodes[start]!, { level: 'priority', path: [priority] });
  const areas: string[] = [];
  let mode: 'none' | 'area' | 'aim' = 'none';
  let aims = 0;
  let area: string | undefined;
  for (let i = start + 1; i < end; i++) {
    const b = blocks[i]!;
    const node = nodes[i]!;
    if (node.level === 'excluded') {
      mode = 'none';
      continue;
    }
    if (b.kind === 'list_item') {
      if (mode === 'aim') {
        aims++;
        Object.assign(node, { level: 'aim', path: [priority, `Key aim ${aims}: ${clip(clean(b.text))}`] });
      } else if (mode === 'area' && words(b.text) <= 10) {
        areas.push(clean(b.text));
        Object.assign(node, { level: 'area', path: [priority, `Area: ${clean(b.text)}`] });
      } else node.path = [priority, ...(area ? [`Area: ${area}`] : [])];
      continue;
    }
    if (aimIntro.test(b.text) && words(b.text) <= 6) {
      mode = 'aim';
      node.path = [priority];
      continue;
    }
    const heading = areas.find((a) => nameKey(a) === nameKey(b.text));
    if (b.kind === 'heading' && heading) {
      area = heading;
      Object.assign(node, { level: 'area', path: [priority, `Area: ${heading}`] });
      mode = 'none';
      continue;
    }
    mode = /:\s*-?\s*$/.test(b.text.trim()) ? 'area' : 'none';
    node.path = [priority, ...(area ? [`Area: ${area}`] : [])];
  }
}
