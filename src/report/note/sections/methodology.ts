import { count, failureLevel, joinList, partnerTypeName, partnerTypes, t, type Brief } from '../../brief/index.js';
import type { ReviewSummary } from '../../types.js';
import { para, txt, type Block, type NoteSection } from '../model.js';
import { commentary } from './common.js';

const kappa = (k: number | null): string => (k === null ? 'not defined (one category only)' : k.toFixed(2));

/** Methodology sentence on the analyst review: counts and Cohen's κ for kind and theme. */
export function reviewSentence(r: ReviewSummary): string {
  const compared = r.reviewed - r.excluded;
  return (
    `Analyst review: ${count(r.reviewed, 'priority was', 'priorities were')} reviewed by an analyst; ` +
    `${r.overridden} ${r.overridden === 1 ? 'was' : 'were'} overridden (kind or theme changed) and ${r.excluded} excluded as not stated priorities. ` +
    (compared > 0
      ? `On the ${count(compared, 'reviewed priority', 'reviewed priorities')} kept, the machine classification agreed with the analyst on kind for ${r.percentKind.toFixed(1)}% ` +
        `(Cohen's κ ${kappa(r.kappaKind)} for kind, ${kappa(r.kappaTheme)} for theme). `
      : '') +
    'The analyst’s classifications are used throughout this note.'
  );
}

export function methodologySection(b: Brief, number: string): NoteSection {
  const f = b.figures;
  const missing = Object.entries(partnerTypes()).filter(([code, v]) => v.expected && !f.partnerTypes.includes(code)).map(([, v]) => v.many);
  const failed = b.input.failures.filter((x) => failureLevel(x) === 'error');
  const blocks: Block[] = [
    para(txt(t('methodology/method'))),
    para(txt(t('methodology/tiers', { rule: b.analysis.methodology.tierRule }))),
    para(txt(t('methodology/partnerTypes', { types: joinList(f.partnerTypes.map((c) => partnerTypeName(c, 'many'))) }))),
    para(txt(missing.length ? t('methodology/missingTypes', { types: joinList(missing) }) : t('methodology/allTypes'))),
    para(txt(failed.length ? t('methodology/failures', { n: f.failedDocuments }) : t('methodology/noFailures'))),
    ...(f.warnings ? [para(txt(t('methodology/warnings', { n: f.warnings })))] : []),
    ...(failed.length || f.warnings ? [para(txt(t('methodology/levels')))] : []),
    para(txt(t('methodology/harm'))),
    ...(b.input.review && b.input.review.reviewed > 0 ? [para(txt(reviewSentence(b.input.review)))] : []),
    ...commentary(b, 'methodology'),
  ];
  return { id: 'methodology', number, title: t('sections/methodology'), blocks };
}
