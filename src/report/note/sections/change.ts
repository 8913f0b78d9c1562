import { driftChart, type DriftTheme } from '../../charts.js';
import { t, type Brief } from '../../brief/index.js';
import { list, para, txt, type Block, type NoteSection } from '../model.js';
import { commentary } from './common.js';
import type { Figures } from './figures.js';

const CHANGES = ['new', 'rising', 'falling', 'dropped'] as const;

/** Change since the last scan as Analysis.drift gives it (partner counts, then score), business themes only. */
export function changeSection(b: Brief, number: string, fig: Figures): NoteSection {
  const d = b.analysis.drift;
  const blocks: Block[] = [];
  if (!d) {
    blocks.push(para(txt(t('change/none', { year: b.cover.year }))));
  } else {
    const moved: DriftTheme[] = CHANGES.flatMap((c) => d[c].filter((id) => b.isBusiness(id)).map((id) => ({ label: b.label(id), change: c, partners: b.partnerCount(id) })));
    blocks.push(para(txt(t('change/intro', { fromYear: d.fromYear }))));
    blocks.push(
      list(
        CHANGES.map((c) => {
          const names = moved.filter((m) => m.change === c).map((m) => m.label);
          return [txt(`${t(`change/${c}`)}: `, { bold: true }), txt(names.length ? names.join(', ') : t('change/nothing'))];
        }),
      ),
    );
    if (moved.length) {
      blocks.push(fig.add('fig-drift', t('charts/drift', { fromYear: d.fromYear }), driftChart(moved, d.fromYear, b.cover.year),
        moved.map((m) => `${m.label}: ${m.change}`).join('; ')));
    }
  }
  blocks.push(...commentary(b, 'change'));
  return { id: 'change', number, title: t('sections/change'), blocks };
}
