import type { SourceEntry } from '../schema/index.js';
import type { SourceAccount } from './types.js';
import { partnerKey, partnerNames } from './partners.js';

export interface SelectOptions {
  /** Scan year. */
  year: number;
  currentPlanId?: string;
  /** scan.aliases (alias → canonical partner name). */
  aliases?: Record<string, string>;
  /** A partner's latest document older than this many years before the scan year is out of date. */
  maxAgeYears?: number;
}

export interface Selection {
  /** Documents to read: the current plan and each partner's (national body's, survey's) current document. */
  read: SourceEntry[];
  /** Every listed entry that is not read, with why. */
  leftOut: SourceAccount[];
}

export const scanYearOf = (s: SourceEntry): number => s.scan_year ?? s.year;

export function account(s: SourceEntry, status: SourceAccount['status'], reason: string): SourceAccount {
  return {
    id: s.id, partner: s.partner, partnerType: s.partner_type, area: s.area, year: s.year,
    title: s.title ?? '', status, reason,
  };
}

/**
 * One current document per partner (after the analyst's 2015 practice of reading each partner's
 * latest strategy): for each partner (names joined by partnerNames) the latest document whose scan
 * year (`scan_year`, else `year`) is at most the scan year is read; older ones are superseded;
 * later ones are left out as future documents. The office's own documents (partner type OPCC, or
 * the current plan's partner) and other police and crime plans are never a partner's.
 */
export function selectSources(all: SourceEntry[], o: SelectOptions): Selection {
  const names = partnerNames(all, o.aliases);
  const plan = o.currentPlanId ? all.find((s) => s.id === o.currentPlanId) : undefined;
  const officeKey = plan ? partnerKey(names.canonical(plan.partner)) : undefined;
  const read: SourceEntry[] = [];
  const leftOut: SourceAccount[] = [];
  const groups = new Map<string, SourceEntry[]>();
  for (const s of all) {
    if (s.id === o.currentPlanId) {
      read.push(s);
      continue;
    }
    if (s.role === 'current_plan') {
      leftOut.push(account(s, 'own_document', plan ? `a police and crime plan other than the current one (${plan.id})` : 'a police and crime plan, but scan.current_plan names no plan'));
      continue;
    }
    const key = partnerKey(names.canonical(s.partner));
    if (s.role === 'partner' && (s.partner_type === 'OPCC' || key === officeKey)) {
      leftOut.push(account(s, 'own_document', "the office's own document: not a partner's priorities"));
      continue;
    }
    const sy = scanYearOf(s);
    if (sy > o.year) {
      leftOut.push(account(s, 'future', s.scan_year !== undefined ? `listed for scan year ${sy}, after the scan year ${o.year}` : `dated ${s.year}, after the scan year ${o.year}`));
      continue;
    }
    const g = `${s.role}\0${key}`;
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  for (const docs of groups.values()) {
    const latest = Math.max(...docs.map(scanYearOf));
    const current = docs.filter((d) => scanYearOf(d) === latest);
    const newest = current[0]!;
    for (const d of docs) {
      if (scanYearOf(d) === latest) continue;
      leftOut.push(account(d, 'superseded', `superseded by ${newest.id} (${scanYearOf(newest)})`));
    }
    if (o.maxAgeYears !== undefined && o.year - latest > o.maxAgeYears) {
      for (const d of current) leftOut.push(account(d, 'superseded', `dated ${d.year}, more than ${o.maxAgeYears} years before the scan year ${o.year}: out of date`));
      continue;
    }
    read.push(...current);
  }
  const order = new Map(all.map((s, i) => [s.id, i]));
  const byOrder = (a: { id: string }, b: { id: string }): number => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  return { read: read.sort(byOrder), leftOut: leftOut.sort(byOrder) };
}
