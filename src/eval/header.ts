import path from 'node:path';
import { PartnerType, type SourceEntry } from '../schema/index.js';

/** An eval document: header fields, then the text after the `---` line. */
export interface EvalDocFile {
  header: Record<string, string>;
  body: string;
}

/** Split "key: value" header lines from the text after the first `---` line. */
export function parseEvalDoc(raw: string): EvalDocFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const sep = lines.findIndex((l) => l.trim() === '---');
  if (sep < 0) return { header: {}, body: text };
  const header: Record<string, string> = {};
  for (const l of lines.slice(0, sep)) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(l);
    if (m) header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return { header, body: lines.slice(sep + 1).join('\n') };
}

/** A SourceEntry for an eval file (year 'unknown' → the year in the file name, else 2000). */
export function sourceFromHeader(file: string, header: Record<string, string>): SourceEntry {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const id = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'doc';
  const pt = PartnerType.safeParse((header.partner_type ?? '').toUpperCase());
  const yearRaw = Number.parseInt(header.year ?? '', 10);
  const fromName = /(?:19|20)\d{2}/.exec(base);
  const year = Number.isFinite(yearRaw) && yearRaw >= 1990 && yearRaw <= 2100 ? yearRaw : fromName ? Number(fromName[0]) : 2000;
  return {
    id,
    role: 'partner',
    partner: header.partner || base,
    partner_type: pt.success ? pt.data : 'OTHER',
    area: header.area || 'unknown',
    doc_type: 'other',
    year,
    ...(header.title ? { title: header.title } : {}),
    path: path.basename(file),
  };
}
