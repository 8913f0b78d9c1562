import { z } from 'zod';
import { Kind } from '../schema/index.js';

export const DocEval = z.object({
  file: z.string(),
  labelled: z.number().int(),
  extracted: z.number().int(),
  matched: z.number().int(),
  recall: z.number(),
  /** Extracted per labelled priority. */
  noise: z.number(),
  missed: z.array(z.string()),
  /** Extracted texts that match no label (for error study). */
  unmatched: z.array(z.string()),
  /** Parallel to `missed`: why each was not extracted. */
  missedWhy: z.array(z.string()).default([]),
  /** Parallel to `unmatched`: the features that kept each. */
  unmatchedReasons: z.array(z.array(z.string())).default([]),
});
export type DocEval = z.infer<typeof DocEval>;

export const KindScores = z.object({ precision: z.number(), recall: z.number(), f1: z.number(), support: z.number().int() });

export const ClassificationEval = z.object({
  rows: z.number().int(),
  kindAccuracy: z.number(),
  kindMacroF1: z.number(),
  perKind: z.record(z.string(), KindScores),
  /** confusion[expected][predicted] = count */
  confusion: z.record(z.string(), z.record(z.string(), z.number().int())),
  themeRows: z.number().int(),
  themeAccuracy: z.number(),
  topConfusions: z.array(z.object({ expected: Kind, predicted: Kind, count: z.number().int() })),
  themeErrors: z.array(z.object({ text: z.string(), expected: z.string().nullable(), predicted: z.string().nullable() })),
});
export type ClassificationEval = z.infer<typeof ClassificationEval>;

export const EvalReport = z.object({
  docsDir: z.string(),
  labelsFile: z.string(),
  documents: z.number().int(),
  labelled: z.number().int(),
  extracted: z.number().int(),
  matched: z.number().int(),
  /** Share of labelled priorities matched by an extracted priority of the same document. */
  recall: z.number(),
  /** Extracted priorities per labelled priority, over the labelled documents. */
  noise: z.number(),
  perDoc: z.array(DocEval),
  worstRecall: z.array(DocEval),
  worstNoise: z.array(DocEval),
  /** Label rows whose document file is missing. */
  missingFiles: z.array(z.string()),
  classification: ClassificationEval.nullable(),
});
export type EvalReport = z.infer<typeof EvalReport>;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Terminal summary of an EvalReport. */
export function formatEvalReport(r: EvalReport, opts: { details?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`Eval: ${r.documents} documents, ${r.labelled} labelled priorities (${r.labelsFile})`);
  lines.push(`Extraction: recall ${r.recall.toFixed(3)} (${r.matched}/${r.labelled}), noise ${r.noise.toFixed(2)} (${r.extracted} extracted)   targets: recall >= 0.90, noise <= 1.5`);
  if (r.missingFiles.length) lines.push(`Missing files: ${r.missingFiles.join(', ')}`);
  const low = r.worstRecall.filter((d) => d.recall < 1);
  if (low.length) {
    lines.push('', 'Lowest recall:');
    for (const d of low) {
      lines.push(`  ${d.file}: ${pct(d.recall)} (${d.matched}/${d.labelled})`);
      d.missed.forEach((m, i) => {
        lines.push(`    missed: ${m.length > 110 ? m.slice(0, 107) + '...' : m}`);
        if (opts.details && d.missedWhy[i]) lines.push(`      why: ${d.missedWhy[i]}`);
      });
    }
  }
  lines.push('', 'Most noise (extracted per labelled):');
  for (const d of r.worstNoise) lines.push(`  ${d.file}: ${d.noise.toFixed(2)} (${d.extracted}/${d.labelled})`);
  if (opts.details) {
    lines.push('', 'Unmatched extractions:');
    for (const d of r.perDoc) d.unmatched.forEach((u, i) => {
      lines.push(`  ${d.file}: ${u.length > 110 ? u.slice(0, 107) + '...' : u}`);
      if (d.unmatchedReasons[i]?.length) lines.push(`    reasons: ${d.unmatchedReasons[i]!.join('; ')}`);
    });
  }
  const c = r.classification;
  if (c) {
    lines.push('', `Classification (${c.rows} rows): kind accuracy ${c.kindAccuracy.toFixed(3)}, kind macro-F1 ${c.kindMacroF1.toFixed(3)}, theme accuracy ${c.themeAccuracy.toFixed(3)} (${c.themeRows} crime/target_group rows)   targets: macro-F1 >= 0.85, theme >= 0.90`);
    for (const [k, s] of Object.entries(c.perKind)) lines.push(`  ${k.padEnd(16)} P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  F1 ${s.f1.toFixed(2)}  n=${s.support}`);
    const kinds = Object.keys(c.confusion);
    lines.push('  confusion (rows expected, columns predicted):');
    lines.push('  ' + ''.padEnd(18) + kinds.map((k) => k.slice(0, 10).padStart(11)).join(''));
    for (const e of kinds) lines.push('  ' + e.padEnd(18) + kinds.map((p) => String(c.confusion[e]?.[p] ?? 0).padStart(11)).join(''));
    if (c.topConfusions.length) {
      lines.push('  most common confusions:');
      for (const t of c.topConfusions) lines.push(`    ${t.expected} -> ${t.predicted}: ${t.count}`);
    }
    if (opts.details && c.themeErrors.length) {
      lines.push('  theme errors:');
      for (const t of c.themeErrors) lines.push(`    ${t.expected ?? '-'} -> ${t.predicted ?? '-'}: ${t.text.slice(0, 90)}`);
    }
  }
  return lines.join('\n');
}
