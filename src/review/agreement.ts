import type { Kind } from '../schema/index.js';
import type { Store } from '../store/index.js';
import { agreement, type Agreement } from './kappa.js';

/** Label used for "no theme" in theme agreement (a category like any other). */
export const NO_THEME_LABEL = '(none)';

export interface Disagreement {
  priorityId: string;
  text: string;
  year: number | null;
  machineKind: Kind;
  analystKind: Kind;
  machineTheme: string | null;
  analystTheme: string | null;
}

export interface KindBreakdown {
  /** The analyst's kind. */
  kind: string;
  /** Reviewed rows the analyst put in this kind. */
  n: number;
  /** Theme agreement on those rows. */
  theme: Agreement;
}

export interface ReviewAgreement {
  /** Scan year, or null for every year. */
  year: number | null;
  /** Rows recorded from applied review files (excluded rows included). */
  reviewed: number;
  /** Rows the analyst marked as not a priority (left out of agreement). */
  excluded: number;
  /** Rows (not excluded) where the analyst's kind or theme differs from the machine's. */
  overridden: number;
  /** Machine vs analyst kind over the rows not excluded; categories give per-kind κ. */
  kind: Agreement;
  /** Machine vs analyst theme over the rows not excluded ("(none)" for no theme). */
  theme: Agreement;
  /** Theme agreement within each analyst kind. */
  byKind: KindBreakdown[];
  disagreements: Disagreement[];
}

export interface Relabel {
  kind: Kind;
  theme: string | null;
}

/**
 * The machine's agreement with the analyst over every recorded review row of a scan year (or all
 * years). Rows with empty override columns count as agreement; excluded rows are left out.
 * `reclassify`, when given, replaces the stored machine labels (used to measure a retrained classifier).
 */
export function reviewAgreement(store: Store, year?: number, reclassify?: (text: string) => Relabel): ReviewAgreement {
  const rows = store.reviews(year);
  const kept = rows.filter((r) => !r.excluded).map((r) => {
    const m = reclassify ? reclassify(r.text) : { kind: r.machineKind, theme: r.machineTheme };
    return { ...r, machineKind: m.kind, machineTheme: m.theme };
  });
  const t = (x: string | null): string => x ?? NO_THEME_LABEL;
  const kinds = [...new Set(kept.map((r) => r.analystKind))].sort();
  const differs = (r: (typeof kept)[number]): boolean => r.machineKind !== r.analystKind || r.machineTheme !== r.analystTheme;
  const disagreeing = kept.filter(differs);
  return {
    year: year ?? null,
    reviewed: rows.length,
    excluded: rows.length - kept.length,
    overridden: disagreeing.length,
    kind: agreement(kept.map((r) => ({ machine: r.machineKind, analyst: r.analystKind }))),
    theme: agreement(kept.map((r) => ({ machine: t(r.machineTheme), analyst: t(r.analystTheme) }))),
    byKind: kinds.map((k) => {
      const ks = kept.filter((r) => r.analystKind === k);
      return { kind: k, n: ks.length, theme: agreement(ks.map((r) => ({ machine: t(r.machineTheme), analyst: t(r.analystTheme) }))) };
    }),
    disagreements: disagreeing.map((r) => ({
      priorityId: r.priorityId,
      text: r.text,
      year: r.year,
      machineKind: r.machineKind,
      analystKind: r.analystKind,
      machineTheme: r.machineTheme,
      analystTheme: r.analystTheme,
    })),
  };
}

function pct(n: number): string {
  return `${n.toFixed(1)}%`;
}
export function fmtKappa(k: number | null): string {
  return k === null ? 'n/a' : k.toFixed(3);
}

/** Plain-text report of a ReviewAgreement (used by `eval --reviewed` and `train`). */
export function formatReviewAgreement(a: ReviewAgreement, opts: { title?: string; disagreements?: boolean } = {}): string {
  const lines: string[] = [];
  const scope = a.year === null ? 'all scan years' : `scan year ${a.year}`;
  lines.push(opts.title ?? `Machine vs analyst, ${scope}`);
  lines.push(`reviewed: ${a.reviewed} (excluded: ${a.excluded}; compared: ${a.kind.n}; changed by the analyst: ${a.overridden})`);
  lines.push(`kind:  ${pct(a.kind.percent)} agreement, Cohen's kappa ${fmtKappa(a.kind.kappa)}`);
  lines.push(`theme: ${pct(a.theme.percent)} agreement, Cohen's kappa ${fmtKappa(a.theme.kappa)}`);
  if (a.kind.categories.length) {
    lines.push('', 'per kind (machine / analyst / both; kind kappa one-vs-rest; theme agreement within the analyst kind):');
    const w = Math.max(...a.kind.categories.map((c) => c.category.length));
    const counts = a.kind.categories.map((c) => `${c.machine} / ${c.analyst} / ${c.both}`);
    const cw = Math.max(...counts.map((c) => c.length));
    a.kind.categories.forEach((c, i) => {
      const b = a.byKind.find((x) => x.kind === c.category);
      const theme = b && b.n > 0 ? `theme ${pct(b.theme.percent)}, kappa ${fmtKappa(b.theme.kappa)} (n=${b.n})` : 'theme n/a';
      lines.push(`  ${c.category.padEnd(w)}  ${(counts[i] ?? '').padEnd(cw)}  kind kappa ${fmtKappa(c.kappa).padStart(6)}  ${theme}`);
    });
  }
  if (opts.disagreements !== false) {
    lines.push('', a.disagreements.length ? `disagreements (${a.disagreements.length}):` : 'disagreements: none');
    for (const d of a.disagreements) {
      const m = `${d.machineKind}/${d.machineTheme ?? NO_THEME_LABEL}`;
      const an = `${d.analystKind}/${d.analystTheme ?? NO_THEME_LABEL}`;
      lines.push(`  "${d.text}"${d.year !== null ? ` (${d.year})` : ''}: machine ${m}, analyst ${an}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
