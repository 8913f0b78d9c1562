import type { ReviewSummary } from '../report/index.js';
import { reviewAgreement } from '../review/index.js';
import type { Store } from '../store/index.js';

/** The analyst review of a scan year for the note's methodology section, or undefined when none. */
export function reviewSummary(store: Store, year: number): ReviewSummary | undefined {
  const a = reviewAgreement(store, year);
  if (a.reviewed === 0) return undefined;
  return {
    reviewed: a.reviewed,
    overridden: a.overridden,
    excluded: a.excluded,
    kappaKind: a.kind.kappa,
    kappaTheme: a.theme.kappa,
    percentKind: a.kind.percent,
  };
}
