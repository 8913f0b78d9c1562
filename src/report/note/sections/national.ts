import { count, fmtNum, joinList, t, tList, type Brief } from '../../brief/index.js';
import { cell, para, refs, table, txt, type Block, type NoteSection } from '../model.js';
import { commentary } from './common.js';

export function nationalSection(b: Brief, number: string): NoteSection {
  const nat = b.analysis.national.filter((n) => b.isBusiness(n.theme));
  const blocks: Block[] = [];
  if (nat.length) {
    const sources = joinList([...new Set(nat.flatMap((n) => n.sources))].map((id) => b.docTitle(id)));
    blocks.push(para(txt(t('national/intro', { n: count(nat.length, 'theme'), sources }))));
    blocks.push(
      table(
        t('sections/national'),
        tList('national/columns'),
        nat.map((n) => [cell(b.label(n.theme)), cell(t(`coverage/${n.planCoverage}`)), [...cell(b.partnerCount(n.theme)), ...refs(b.refs(b.evidence.filter((e) => e.theme === n.theme && n.sources.includes(e.sourceId)).map((e) => e.priorityId)))]]),
        [55, 25, 20],
      ),
    );
  } else blocks.push(para(txt(t('national/none'))));
  const survey = b.analysis.survey.filter((s) => b.isBusiness(s.theme));
  if (survey.length) {
    blocks.push(para(txt(t('national/survey', { n: count(survey.length, 'theme') }))));
    blocks.push(table('Partner survey', tList('national/surveyColumns'), survey.map((s) => [cell(b.label(s.theme)), cell(s.responses), cell(fmtNum(s.meanRank))]), [60, 20, 20]));
  }
  blocks.push(...commentary(b, 'national'));
  return { id: 'national', number, title: t('sections/national'), blocks };
}
