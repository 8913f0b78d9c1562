import { count, fmtNum, t, tList, type Brief } from '../../brief/index.js';
import { cell, list, para, refs, table, txt, type Block, type NoteSection } from '../model.js';
import { commentary, tierLabel } from './common.js';

/** The quote cut at a word near `max` characters (the full quote is in Annex C). */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

/** Where the plan covers a theme: its place in the plan's tree, else its quote and page. */
function planPlace(b: Brief, theme: string): string {
  const x = b.analysis.themes.find((y) => y.theme === theme);
  if (!x) return '';
  if (x.planPath.length) return x.planPath.join(' › ');
  return x.planQuote ? `“${shorten(x.planQuote, 110)}”${x.planPage ? ` (p. ${x.planPage})` : ''}` : '';
}

/** The gap's kind in words; a theme missing from the plan that national sources also cite is said once. */
function gapKind(types: string[]): string {
  if (types.includes('missing_from_plan') && types.includes('national_missing')) {
    return [t('gaps/types/both'), ...types.filter((x) => x !== 'missing_from_plan' && x !== 'national_missing').map((x) => t(`gaps/types/${x}`))].join('; ');
  }
  return types.map((x) => t(`gaps/types/${x}`)).join('; ');
}

export function gapsSection(b: Brief, number: string): NoteSection {
  const plan = b.analysis.plan?.title ?? b.sources.find((s) => s.status === 'current_plan')?.title;
  const cov = (c: string) => b.business.filter((x) => x.planCoverage === c).length;
  const blocks: Block[] = [
    para(txt(plan ? t('gaps/intro', { plan, priority: cov('priority'), mention: cov('mention'), none: cov('none') }) : t('gaps/noPlan'))),
  ];
  if (b.gaps.length) {
    blocks.push(para(txt(t('gaps/table', { n: count(b.gaps.length, 'gap') }))));
    blocks.push(
      table(
        t('sections/gaps'),
        tList('gaps/columns'),
        b.gaps.map((g) => [
          [txt(g.label), ...refs(g.refs.slice(0, 12))],
          cell(gapKind(g.types) + (g.types.includes('plan_not_cited') && planPlace(b, g.theme) ? ` — ${planPlace(b, g.theme)}` : '')),
          cell(g.tier ? tierLabel(g.tier) : '—'),
          cell(g.partners),
          cell(fmtNum(g.score)),
        ]),
        [32, 34, 14, 11, 9],
      ),
    );
  } else blocks.push(para(txt(t('gaps/none'))));
  const covered = b.business.filter((x) => x.tier !== 'local' && x.planCoverage !== 'none' && planPlace(b, x.theme));
  if (covered.length) {
    blocks.push(para(txt(t('gaps/planWhere'))));
    blocks.push(list(covered.map((x) => [txt(x.label, { bold: true }), txt(` (${t(`coverage/${x.planCoverage}`)}): ${planPlace(b, x.theme)}`)])));
  }
  blocks.push(...commentary(b, 'gaps'));
  return { id: 'gaps', number, title: t('sections/gaps'), blocks };
}
