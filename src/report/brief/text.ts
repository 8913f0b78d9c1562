/**
 * The note's words (data/note.yaml), read once, and the two helpers that turn them into sentences: fill() and count().
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { dataPath } from '../../util/package.js';

/** note.yaml is a tree of strings (and a few numbers and lists); looked up by path. */
type Node = string | number | boolean | Node[] | { [k: string]: Node };
const NodeSchema: z.ZodType<Node> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.array(NodeSchema), z.record(z.string(), NodeSchema)]));

let noteCache: Node | undefined;

function note(): Node {
  return (noteCache ??= NodeSchema.parse(parseYaml(readFileSync(dataPath('note.yaml'), 'utf8'))));
}

function lookup(path: string): Node {
  let n: Node | undefined = note();
  for (const k of path.split('/')) n = n && typeof n === 'object' && !Array.isArray(n) ? n[k] : undefined;
  if (n === undefined) throw new Error(`data/note.yaml has no "${path}"`);
  return n;
}

/** A string of note.yaml by slash path ("gaps/types/missing_from_plan"), {name} filled from vars. */
export function t(path: string, vars: Record<string, string | number> = {}): string {
  const n = lookup(path);
  if (typeof n !== 'string') throw new Error(`data/note.yaml "${path}" is not text`);
  return fill(n, vars);
}

export function tNum(path: string): number {
  const n = lookup(path);
  if (typeof n !== 'number') throw new Error(`data/note.yaml "${path}" is not a number`);
  return n;
}

export function tList(path: string): string[] {
  const n = lookup(path);
  if (!Array.isArray(n)) throw new Error(`data/note.yaml "${path}" is not a list`);
  return n.map(String);
}

export function tMap(path: string): Record<string, string> {
  const n = lookup(path);
  if (!n || typeof n !== 'object' || Array.isArray(n)) throw new Error(`data/note.yaml "${path}" is not a map`);
  return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, String(v)]));
}

export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** "1 theme", "3 themes": every count in the note's text goes through here. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c"; "a; b, c; and d" when a name has a comma of its own, so the list still reads. */
export function joinList(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  const sep = xs.some((x) => x.includes(',')) ? '; ' : ', ';
  return `${xs.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${xs[xs.length - 1]}`;
}


const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-27" → "27 November 2026" (UTC dates, as the scan stores them). */
export function longDate(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Numbers as the note prints them: integers as is, others to two places without a trailing 0. */
export function fmtNum(n: number): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return n.toFixed(2).replace(/0$/, '');
}
