import { TOP_THEMES } from '../../charts.js';
import { count, fmtNum, t, tList, type Brief } from '../../brief/index.js';
import { cell, para, table, txt, type NoteSection } from '../model.js';
import { commentary, tierLabel } from './common.js';

export function riskSection(b: Brief, number: string): NoteSection {
  const top = b.business.slice(0, TOP_THEMES);
  const label = top.length === b.business.length ? t('risk/all', { n: count(top.length, 'business theme') }) : t('risk/table', { n: count(top.length, 'business theme') });
  return {
    id: 'risk',
    number,
    title: t('sections/risk'),
    blocks: [
      para(txt(t('risk/intro'))),
      ...commentary(b, 'risk'),
      para(txt(label)),
      table(
        t('sections/risk'),
        tList('risk/columns'),
        top.map((x, i) => [cell(i + 1), cell(x.label), cell(tierLabel(x.tier)), cell(fmtNum(x.harm)), cell(x.partners.length), cell(fmtNum(x.score))]),
        [7, 43, 18, 12, 10, 10],
      ),
    ],
  };
}
