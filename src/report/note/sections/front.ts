/** Page 1: the summary (at most 150 words with the analyst's comment) and the recommendation with its decision box. */
import type { Reason } from '../../../schema/index.js';
import { count, joinList, t, tList, type Brief } from '../../brief/index.js';
import { list, para, refs, txt, type Block, type NoteSection } from '../model.js';
import { commentary } from './common.js';

export function summarySection(b: Brief): NoteSection {
  const f = b.figures;
  const decision = b.analysis.recommendation.decision;
  const v = { year: b.cover.year, area: b.cover.area };
  const lead = [
    t(`summary/${decision}`),
    t('summary/scanned', { ...v, documents: count(f.documentsScanned, 'document'), partners: count(f.partners, 'partner'), partnerTypes: f.partnerTypes.length }),
    t('summary/themes', { themes: count(f.themes, 'business theme'), universal: f.tiers.universal, major: f.tiers.major, local: f.tiers.local }),
  ];
  const gaps = b.gaps.length === 0
    ? t('summary/noGaps')
    : b.gaps.length <= 4
      ? t('summary/gaps', { gaps: count(b.gaps.length, 'gap'), gapList: joinList(b.gaps.map((g) => g.label)) })
      : t('summary/manyGaps', { gaps: count(b.gaps.length, 'gap'), gapList: joinList(b.gaps.slice(0, 3).map((g) => g.label)) });
  return {
    id: 'summary',
    number: '1',
    title: t('summary/heading'),
    blocks: [para(txt(`${lead.join(' ')} ${gaps}`)), ...commentary(b, 'summary')],
  };
}

/** A reason's evidence: its priorities, or else (up to eight rows) the evidence of the themes it names. */
function reasonRefs(b: Brief, r: Reason): number[] {
  const own = b.refs(r.priorityIds);
  if (own.length || !r.themes.length) return own;
  return [...new Set(r.themes.flatMap((id) => b.themeRefs(id).slice(0, 4)))].sort((x, y) => x - y).slice(0, 8);
}

export function recommendationSection(b: Brief): NoteSection {
  const rec = b.analysis.recommendation;
  const decision = t(`decision/labels/${rec.decision}`);
  const blocks: Block[] = [para(txt(t('decision/ask', { decision }), { bold: true }))];
  if (rec.reasons.length) {
    blocks.push(para(txt(t('decision/reasonsIntro'))));
    blocks.push(list(rec.reasons.slice(0, 6).map((r) => [txt(r.text), ...refs(reasonRefs(b, r))]), true));
  }
  if (rec.timetable) blocks.push(para(txt(rec.timetable)));
  blocks.push({ type: 'box', title: t('decision/box/title'), rows: tList('decision/box/rows') });
  return { id: 'recommendation', number: '2', title: t('decision/heading'), blocks };
}
