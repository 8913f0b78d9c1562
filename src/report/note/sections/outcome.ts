import type { ThemeSummary, Tier } from '../../../schema/index.js';
import { heatMapChart, themesByPartnersChart, TOP_THEMES } from '../../charts.js';
import { count, t, type Brief } from '../../brief/index.js';
import { list, para, refs, txt, type Block, type NoteSection } from '../model.js';
import { commentary } from './common.js';
import type { Figures } from './figures.js';

const TIERS: Tier[] = ['universal', 'major', 'local'];

export function outcomeSection(b: Brief, number: string, fig: Figures): NoteSection {
  const blocks: Block[] = [para(txt(t('outcome/intro')))];
  const item = (x: ThemeSummary) => [txt(x.label, { bold: true }), txt(` — ${count(x.partners.length, 'partner')} `), ...refs(b.themeRefs(x.theme))];
  for (const tier of TIERS) {
    const ts = b.tiers[tier];
    blocks.push(para(txt(`${t(`outcome/tiers/${tier}`, { area: b.cover.area })} (${count(ts.length, 'theme')}):`, { bold: true })));
    blocks.push(ts.length ? list(ts.map(item)) : para(txt(t('outcome/none'))));
  }
  blocks.push(
    b.methods.length
      ? para(txt(`${t('outcome/methods', { n: count(b.methods.length, 'theme') })} ${b.methods.map((m) => `${m.label} (${m.partners.length})`).join(', ')}.`))
      : para(txt(t('outcome/noMethods'))),
  );
  blocks.push(...commentary(b, 'outcome'));
  if (b.business.length) {
    const byPartners = [...b.business].sort((x, y) => y.partners.length - x.partners.length || y.score - x.score);
    const top = byPartners.slice(0, TOP_THEMES);
    const rest = byPartners.slice(TOP_THEMES);
    const other = rest.length ? { label: t('charts/other', { n: rest.length }), partners: new Set(rest.flatMap((x) => x.partners)).size } : undefined;
    blocks.push(
      fig.add('fig-partners', t('charts/partners'), themesByPartnersChart(top.map((x) => ({ label: x.label, tier: x.tier, partners: x.partners.length, score: x.score })), other),
        top.map((x) => `${x.label}: ${count(x.partners.length, 'partner')}`).join('; ')),
    );
    const m = b.analysis.matrix;
    const rows = top.map((x) => m.rows.find((r) => r.theme === x.theme)).filter((r): r is NonNullable<typeof r> => !!r);
    if (rows.length && m.partnerTypes.length) {
      blocks.push(
        fig.add(
          'fig-heatmap',
          t('charts/heatmap'),
          heatMapChart({
            rows: rows.map((r) => b.label(r.theme)),
            cols: m.partnerTypes,
            colTotals: m.partnerTypes.map((c) => m.partnersByType[c] ?? 0),
            shares: rows.map((r) => m.partnerTypes.map((c) => r.shares[c] ?? 0)),
          }),
          rows.map((r) => `${b.label(r.theme)}: ${m.partnerTypes.map((c) => `${c} ${Math.round((r.shares[c] ?? 0) * 100)}%`).join(', ')}`).join('; '),
        ),
      );
    }
  }
  return { id: 'outcome', number, title: t('sections/outcome'), blocks };
}
