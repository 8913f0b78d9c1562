import { count, t, type Brief } from '../../brief/index.js';
import { para, txt, type NoteSection } from '../model.js';
import { commentary } from './common.js';

export function backgroundSection(b: Brief, number: string): NoteSection {
  const s = b.sources;
  const plan = b.analysis.plan?.title ?? s.find((x) => x.status === 'current_plan')?.title;
  const n = (status: string) => s.filter((x) => x.status === status).length;
  return {
    id: 'background',
    number,
    title: t('sections/background'),
    blocks: [
      para(txt(t('background/statute'))),
      para(txt(t('background/purpose', { year: b.cover.year, area: b.cover.area, plan: plan ? ` (${plan})` : '' }))),
      para(
        txt(
          t('background/read', {
            documents: count(b.figures.documentsScanned, 'document'),
            partnerDocs: count(n('counted'), 'partner document'),
            partners: count(b.figures.partners, 'partner'),
            national: count(n('national'), 'national source'),
            survey: count(n('survey'), 'partner survey', 'partner surveys'),
          }),
        ),
      ),
      ...commentary(b, 'background'),
    ],
  };
}
