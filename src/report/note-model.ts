/**
 * Builds ONE neutral model of the briefing note (sections, paragraphs, lists, tables, figures,
 * evidence references) from a ReportInput. The Markdown, HTML and Word writers only render this
 * model, so the three formats say the same things in the same order.
 */
import type { ClassifiedPriority, Kind, SourceEntry, ThemeSummary, Tier } from '../schema/index.js';
import { driftChart, heatMapChart, scoreRankingChart, themesByPartnersChart, type ChartTheme } from './charts.js';
import type { ReportInput } from './types.js';

export type Inline =
  | { t: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { t: 'refs'; refs: string[] };
export type Cell = Inline[];

/**
 * A table's rows: an array, or (for the evidence appendix, one row per priority) rows made as
 * they are rendered, so a national scan's appendix never exists as cell objects all at once.
 */
export interface Rows extends Iterable<Cell[]> {
  readonly length: number;
}

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered?: boolean; items: Inline[][] }
  | {
      type: 'table';
      caption: string;
      header: string[];
      rows: Rows;
      /** Evidence table: the first cell of each row is an anchor named after its text (E1…). */
      anchors?: boolean;
    }
  | { type: 'figure'; id: string; number: number; caption: string; svg: string; alt: string; width: number; height: number };

export interface NoteSection {
  id: string;
  /** "1", "3.2", "Appendix A". */
  number: string;
  title: string;
  blocks: Block[];
  subsections: NoteSection[];
}

export interface EvidenceRow {
  ref: string;
  priorityId: string;
  sourceId: string;
  theme: string;
  themeLabel: string;
  kind: Kind;
  partner: string;
  partnerType: string;
  document: string;
  page: number;
  quote: string;
  strength: string;
}

export interface KeyFigures {
  documentsScanned: number;
  sourcesListed: number;
  failedDocuments: number;
  partners: number;
  partnerTypes: string[];
  years: number[];
  priorities: number;
  themes: number;
  tiers: Record<Tier, number>;
  gaps: number;
  decision: string;
}

export interface NoteModel {
  title: string;
  subtitle: string;
  meta: Array<[string, string]>;
  sections: NoteSection[];
  evidence: EvidenceRow[];
  keyFigures: KeyFigures;
}

export const KIND_LABELS: Record<Kind, string> = {
  crime: 'Crimes',
  target_group: 'Target groups',
  mechanism: 'Mechanisms',
  internal_process: 'Internal processes',
};
const KIND_SINGULAR: Record<Kind, string> = {
  crime: 'crime',
  target_group: 'target group',
  mechanism: 'mechanism',
  internal_process: 'internal process',
};
export const TIER_LABELS: Record<Tier, string> = { universal: 'Universal', major: 'Major in parts', local: 'Particular local' };
const COVERAGE_LABELS = { priority: 'Covered as a plan priority', mention: 'Mentioned only', none: 'Not covered' } as const;
const GAP_TYPE_LABELS = {
  missing_from_plan: 'Missing from plan',
  plan_not_cited: 'Plan priority not cited by partners',
  national_missing: 'National theme missing from plan',
} as const;

/** Partner types the 2015 note and its procedural decision 1 expect a scan to cover. */
export const EXPECTED_PARTNER_TYPES = [
  'CSP', 'LSCB', 'SAB', 'HWB', 'POLICE', 'YOT', 'PROBATION', 'CPS', 'PRISON', 'FIRE', 'AMBULANCE',
] as const;
const PARTNER_TYPE_NAMES: Record<string, string> = {
  CSP: 'Community Safety Partnerships',
  LSCB: "Local Children's Safeguarding Boards / partnerships",
  SAB: 'Safeguarding Adults Boards',
  HWB: 'Health and Wellbeing Boards',
  POLICE: 'Police force',
  YOT: 'Youth Offending Teams / Boards',
  PROBATION: 'Probation Service',
  CPS: 'Crown Prosecution Service',
  PRISON: 'Prisons',
  FIRE: 'Fire and Rescue Services',
  AMBULANCE: 'Ambulance Services',
  HEALTH: 'Health bodies',
  OPCC: 'Office of the PCC',
  NATIONAL: 'National bodies',
  OTHER: 'Other partners',
};

const txt = (text: string, o: { bold?: boolean; italic?: boolean } = {}): Inline => ({ t: 'text', text, ...o });
const refs = (r: string[]): Inline[] => (r.length ? [{ t: 'refs', refs: r }] : []);
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const cell = (s: string | number | null | undefined): Cell => [txt(s === null || s === undefined ? '' : String(s))];

/** "metal_theft" → "Metal theft", for theme ids without a label. */
export function prettyId(id: string): string {
  const s = id.replace(/[_-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function fmtNum(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(2).replace(/0$/, '');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function joinList(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Groups evidence refs into ranges for display: E1, E2, E3, E7 → [E1–E3], [E7]. */
export function refGroups(rs: string[]): Array<{ from: string; to?: string }> {
  const nums = [...new Set(rs.map((r) => Number(r.replace(/^E/, ''))).filter((n) => Number.isFinite(n)))].sort((a, b) => a - b);
  const out: Array<{ from: string; to?: string }> = [];
  let i = 0;
  while (i < nums.length) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    if (j - i >= 2) {
      out.push({ from: `E${nums[i]}`, to: `E${nums[j]}` });
      i = j + 1;
    } else {
      out.push({ from: `E${nums[i]}` });
      i++;
    }
  }
  return out;
}

/** Plain-text form used by Markdown and Word: "[E1–E3, E7]". */
export function refsText(rs: string[]): string {
  return `[${refGroups(rs).map((g) => (g.to ? `${g.from}–${g.to}` : g.from)).join(', ')}]`;
}

function kappaText(k: number | null): string {
  return k === null ? 'not defined (one category only)' : k.toFixed(2);
}

/** Methodology sentence on the analyst review: counts and Cohen's κ for kind and theme. */
export function reviewSentence(r: NonNullable<ReportInput['review']>): string {
  const compared = r.reviewed - r.excluded;
  return (
    `Analyst review: ${plural(r.reviewed, 'priority was', 'priorities were')} reviewed by an analyst; ` +
    `${r.overridden} ${r.overridden === 1 ? 'was' : 'were'} overridden (kind or theme changed) and ${r.excluded} excluded as not stated priorities. ` +
    (compared > 0
      ? `On the ${plural(compared, 'reviewed priority', 'reviewed priorities')} kept, the machine classification agreed with the analyst on kind for ${r.percentKind.toFixed(1)}% ` +
        `(Cohen's κ ${kappaText(r.kappaKind)} for kind, ${kappaText(r.kappaTheme)} for theme). `
      : '') +
    'The analyst’s classifications are used throughout this note.'
  );
}

function decisionText(d: string): string {
  if (d === 'refresh') return 'Refresh the Police and Crime Plan';
  if (d === 'vary the plan') return 'Vary the current Police and Crime Plan';
  return 'Do not refresh the Police and Crime Plan';
}

function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg);
  const h = /<svg[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(w?.[1] ?? 720), height: Number(h?.[1] ?? 400) };
}

export function buildNoteModel(input: ReportInput): NoteModel {
  const { analysis } = input;
  const { scan } = analysis;
  const sourceById = new Map<string, SourceEntry>(input.sources.map((s) => [s.id, s]));
  const docById = new Map(input.documents.map((d) => [d.sourceId, d]));
  const themeById = new Map<string, ThemeSummary>(analysis.themes.map((t) => [t.theme, t]));
  const themeRank = new Map(analysis.themes.map((t, i) => [t.theme, i]));
  const label = (id: string | null | undefined) => (id ? themeById.get(id)?.label ?? prettyId(id) : '(no theme)');
  const planId =
    input.planSourceId ?? input.sources.find((s) => s.role === 'current_plan' && docById.has(s.id))?.id;
  const isPlan = (id: string) => id === planId || sourceById.get(id)?.role === 'current_plan';
  /** Evidence groups: partner documents first, then survey, national sources, the plan. */
  const roleOrder = (id: string) => (isPlan(id) ? 3 : ({ partner: 0, survey: 1, national: 2, current_plan: 3 } as const)[sourceById.get(id)?.role ?? 'partner']);
  const docName = (id: string) => docById.get(id)?.title ?? sourceById.get(id)?.title ?? id;

  // ---- evidence rows: ranked theme order, then partner, document, page ----
  const ordered = [...input.priorities].sort((a, b) => {
    const ra = a.theme !== null && themeRank.has(a.theme) ? themeRank.get(a.theme)! : Number.MAX_SAFE_INTEGER;
    const rb = b.theme !== null && themeRank.has(b.theme) ? themeRank.get(b.theme)! : Number.MAX_SAFE_INTEGER;
    const pa = roleOrder(a.sourceId);
    const pb = roleOrder(b.sourceId);
    return (
      pa - pb ||
      ra - rb ||
      (a.theme ?? '').localeCompare(b.theme ?? '') ||
      (sourceById.get(a.sourceId)?.partner ?? '').localeCompare(sourceById.get(b.sourceId)?.partner ?? '') ||
      a.sourceId.localeCompare(b.sourceId) ||
      a.page - b.page ||
      a.id.localeCompare(b.id)
    );
  });
  const refOf = new Map<string, string>();
  const evidence: EvidenceRow[] = ordered.map((p, i) => {
    const ref = `E${i + 1}`;
    refOf.set(p.id, ref);
    const src = sourceById.get(p.sourceId);
    return {
      ref,
      priorityId: p.id,
      sourceId: p.sourceId,
      theme: p.theme ?? '',
      themeLabel: label(p.theme),
      kind: p.kind,
      partner: src?.partner ?? p.sourceId,
      partnerType: src?.partner_type ?? '',
      document: docName(p.sourceId),
      page: p.page,
      quote: p.quote || p.text,
      strength: p.strength,
    };
  });
  const refsFor = (ps: ClassifiedPriority[]) => ps.map((p) => refOf.get(p.id)).filter((r): r is string => !!r);
  const partnerPriorities = input.priorities.filter((p) => roleOrder(p.sourceId) === 0);
  const surveyPriorities = input.priorities.filter((p) => roleOrder(p.sourceId) === 1);
  const nationalPriorities = input.priorities.filter((p) => roleOrder(p.sourceId) === 2);
  const themeRefs = (t: ThemeSummary): string[] => {
    const ids = new Set(t.priorityIds);
    const cited = input.priorities.filter((p) => ids.has(p.id));
    const list = cited.length ? cited : partnerPriorities.filter((p) => p.theme === t.theme);
    return refsFor(list);
  };
  /** Refs for a theme id that may not be in analysis.themes (national-only, plan-only themes). */
  const anyThemeRefs = (id: string): string[] => {
    const t = themeById.get(id);
    return t ? themeRefs(t) : refsFor(input.priorities.filter((p) => p.theme === id));
  };

  // ---- counts ----
  const failedIds = new Set(input.failures.map((f) => f.sourceId));
  const scannedDocs = input.documents.filter((d) => !isPlan(d.sourceId));
  const scannedSources = scannedDocs.map((d) => sourceById.get(d.sourceId)).filter((s): s is SourceEntry => !!s);
  const partnerSources = scannedSources.filter((s) => s.role === 'partner');
  const surveySources = scannedSources.filter((s) => s.role === 'survey');
  const partners = [...new Set(partnerSources.map((s) => s.partner))].sort();
  const partnerTypes = [...new Set(partnerSources.map((s) => s.partner_type))].sort();
  const years = [...new Set(scannedSources.map((s) => s.year))].sort((a, b) => a - b);
  const nationalSources = scannedSources.filter((s) => s.role === 'national');
  const listed = input.sources.filter((s) => !isPlan(s.id));
  const tiers: Record<Tier, ThemeSummary[]> = {
    universal: analysis.themes.filter((t) => t.tier === 'universal'),
    major: analysis.themes.filter((t) => t.tier === 'major'),
    local: analysis.themes.filter((t) => t.tier === 'local'),
  };
  const keyFigures: KeyFigures = {
    documentsScanned: scannedDocs.length,
    sourcesListed: listed.length,
    failedDocuments: failedIds.size,
    partners: partners.length,
    partnerTypes,
    years,
    priorities: partnerPriorities.length,
    themes: analysis.themes.length,
    tiers: { universal: tiers.universal.length, major: tiers.major.length, local: tiers.local.length },
    gaps: analysis.gaps.length,
    decision: analysis.recommendation.decision,
  };

  let figNo = 0;
  const figure = (id: string, caption: string, svg: string, alt: string): Block => {
    figNo++;
    return { type: 'figure', id, number: figNo, caption: `Figure ${figNo}: ${caption}`, svg, alt, ...svgSize(svg) };
  };
  const chartThemes: ChartTheme[] = analysis.themes.map((t) => ({
    label: t.label,
    tier: t.tier,
    partners: t.partners.length,
    score: t.score,
  }));

  // ---- 1 Background ----
  const planSrc = planId ? sourceById.get(planId) : undefined;
  const docTypes = [...new Set(scannedSources.map((s) => s.doc_type.replace(/_/g, ' ')))].sort();
  const background: NoteSection = {
    id: 'background',
    number: '1',
    title: 'Background',
    subsections: [],
    blocks: [
      para(
        txt(
          'Police and Crime Plans are a statutory requirement for every police force area under the Police Reform and Social Responsibility Act 2011. ' +
            'Under section 5 a Police and Crime Commissioner (PCC) issues a plan in the financial year in which they are elected, must keep it under review and may vary it at any time, having regard to the Strategic Policing Requirement. ' +
            'A draft plan or variation is sent to the Police and Crime Panel, which must review it and may make a report or recommendations (section 28(3)). ' +
            'A variation may be prompted by national change or by changes in local threat, harm and risk, as evidenced by the stated priorities of key local partners.',
        ),
      ),
      para(
        txt(
          `Community safety partnerships prepare a yearly strategic assessment and partnership plan and must send the plan to the PCC (Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, as amended 2012). ` +
            `This note reports the ${scan.year} scan of those and other partner documents for ${scan.area}, to inform the PCC whether the current plan${planSrc ? ` (${docName(planSrc.id)})` : ''} still reflects local priorities.`,
        ),
      ),
      para(
        txt(
          `A total of ${plural(keyFigures.documentsScanned, 'document')} were reviewed for this ${scan.year} scan: ${plural(partnerSources.length, 'partner document')} from ${plural(keyFigures.partners, 'partner')} of ${plural(partnerTypes.length, 'partner type')}` +
            `${partnerTypes.length ? ` (${partnerTypes.join(', ')})` : ''}, ${plural(nationalSources.length, 'national source')} and ${plural(surveySources.length, 'partner survey')}, published in ${years.length ? joinList(years.map(String)) : 'no recorded year'}. ` +
            `${plural(keyFigures.sourcesListed, 'source was', 'sources were')} listed; ${plural(keyFigures.failedDocuments, 'document')} could not be read (section 9). ` +
            `${plural(keyFigures.priorities, 'stated priority', 'stated priorities')} were extracted from partner documents (${surveyPriorities.length} from the survey, ${nationalPriorities.length} from national sources), each listed with its quote and page in Appendix A.`,
        ),
        ...refs(refsFor(partnerPriorities)),
      ),
      ...(docTypes.length ? [para(txt(`Document types read: ${docTypes.join(', ')}.`))] : []),
      ...(nationalSources.length
        ? [para(txt(`National sources read: ${nationalSources.map((s) => docName(s.id)).join('; ')}.`))]
        : []),
    ],
  };

  // ---- 2 Outcome ----
  const tierHeading: Record<Tier, string> = {
    universal: `Universal priorities recognised by most partners in ${scan.area}`,
    major: `Major issues in parts of ${scan.area} or for some partnerships`,
    local: 'Particular local challenges which are high impact in certain communities',
  };
  const themeItem = (t: ThemeSummary): Inline[] => [
    txt(t.label, { bold: true }),
    txt(` (${KIND_SINGULAR[t.kind]}) — ${plural(t.partners.length, 'partner')}: ${t.partners.join(', ')} `),
    ...refs(themeRefs(t)),
  ];
  const outcomeBlocks: Block[] = [
    para(
      txt(
        `Partners stated different sorts of priorities: types of criminality, groups of concern, and mechanisms or internal processes for addressing them (section 3 lists each kind separately). ` +
          `${plural(keyFigures.themes, 'theme')} were identified: ${keyFigures.tiers.universal} universal, ${keyFigures.tiers.major} major in parts and ${keyFigures.tiers.local} particular local.`,
      ),
    ),
    para(txt(`Tier rule: ${analysis.methodology.tierRule}`, { italic: true })),
  ];
  for (const tier of ['universal', 'major', 'local'] as const) {
    outcomeBlocks.push(para(txt(`${tierHeading[tier]}:`, { bold: true })));
    outcomeBlocks.push(
      tiers[tier].length ? { type: 'list', items: tiers[tier].map(themeItem) } : para(txt('None in this scan.')),
    );
  }
  if (chartThemes.length) {
    outcomeBlocks.push(
      figure(
        'fig-partners',
        'Themes by number of partners citing them, by tier',
        themesByPartnersChart(chartThemes),
        'Bar chart: ' + analysis.themes.map((t) => `${t.label} ${plural(t.partners.length, 'partner')} (${TIER_LABELS[t.tier]})`).join('; '),
      ),
    );
    // heat map: distinct partners per theme × partner type
    const cols = [...new Set(analysis.themes.flatMap((t) => t.partnerTypes))].sort();
    const values = analysis.themes.map((t) => {
      const ids = new Set(t.priorityIds);
      const ps = input.priorities.filter((p) => ids.has(p.id) || (!t.priorityIds.length && p.theme === t.theme));
      return cols.map((c) => {
        const ns = new Set(ps.map((p) => sourceById.get(p.sourceId)).filter((s) => s?.partner_type === c).map((s) => s!.partner));
        // Themes may list a type without evidence rows in the input: count it once.
        return ns.size || (t.partnerTypes.includes(c) ? 1 : 0);
      });
    });
    if (cols.length) {
      outcomeBlocks.push(
        figure(
          'fig-heatmap',
          'Themes by partner type (number of partners citing each theme)',
          heatMapChart({ rows: analysis.themes.map((t) => t.label), cols, values }),
          'Heat map: ' + analysis.themes.map((t, i) => `${t.label}: ` + cols.map((c, j) => `${c} ${values[i]?.[j] ?? 0}`).join(', ')).join('; '),
        ),
      );
    }
  }
  const outcome: NoteSection = { id: 'outcome', number: '2', title: 'Outcome of the scanning exercise', blocks: outcomeBlocks, subsections: [] };

  // ---- 3 Priorities by kind ----
  const kinds: Kind[] = ['crime', 'target_group', 'mechanism', 'internal_process'];
  const byKind: NoteSection = {
    id: 'kinds',
    number: '3',
    title: 'Priorities by kind',
    blocks: [
      para(
        txt(
          'As the 2015 review decided, priorities are summarised separately as crimes, target groups, mechanisms and internal processes. ' +
            'Counts are of stated priorities in partner documents; a priority that matched no theme is counted under its kind only.',
        ),
      ),
    ],
    subsections: kinds.map((k, i) => {
      const ps = partnerPriorities.filter((p) => p.kind === k);
      const ts = analysis.themes.filter((t) => t.kind === k);
      const unthemed = ps.filter((p) => p.theme === null || !themeById.has(p.theme));
      const named = ps.filter((p) => p.strength === 'named').length;
      const blocks: Block[] = [
        para(
          txt(
            `${plural(ps.length, 'stated priority', 'stated priorities')} (${named} named, ${ps.length - named} mentioned in passing) were classed as ${KIND_LABELS[k].toLowerCase()}, in ${plural(ts.length, 'theme')}. `,
          ),
          ...refs(refsFor(ps)),
        ),
      ];
      if (ts.length) {
        blocks.push({
          type: 'table',
          caption: `${KIND_LABELS[k]}: themes`,
          header: ['Theme', 'Tier', 'Partners', 'Priorities', 'Evidence'],
          rows: ts.map((t) => [
            cell(t.label),
            cell(TIER_LABELS[t.tier]),
            cell(t.partners.length),
            cell(t.namedCount + t.mentionCount),
            refs(themeRefs(t)),
          ]),
        });
      }
      if (unthemed.length) {
        blocks.push(para(txt(`${plural(unthemed.length, 'priority', 'priorities')} of this kind matched no theme `), ...refs(refsFor(unthemed))));
      }
      return { id: `kind-${k}`, number: `3.${i + 1}`, title: KIND_LABELS[k], blocks, subsections: [] };
    }),
  };

  // ---- 4 Weighting ----
  const weightBlocks: Block[] = [
    para(
      txt(
        `Each theme is given a MoRiLE-style score combining harm, prevalence across partners and trend. The formula is ${analysis.methodology.formula}; the weights are listed in section 9. ` +
          'MoRiLE scales are not public, so these scales and weights are planscan’s own, held in data files.',
      ),
    ),
  ];
  if (analysis.themes.length) {
    weightBlocks.push({
      type: 'table',
      caption: 'Themes ranked by weighted score',
      header: ['Rank', 'Theme', 'Tier', 'Harm', 'Prevalence', 'Trend', 'Score', 'Score parts', 'Evidence'],
      rows: analysis.themes.map((t, i) => [
        cell(i + 1),
        cell(t.label),
        cell(TIER_LABELS[t.tier]),
        cell(fmtNum(t.harm)),
        cell(fmtNum(t.prevalence)),
        cell(fmtNum(t.trend)),
        cell(fmtNum(t.score)),
        cell(Object.entries(t.scoreParts).map(([k, v]) => `${k}=${fmtNum(v)}`).join('; ')),
        refs(themeRefs(t)),
      ]),
    });
    weightBlocks.push(
      figure(
        'fig-score',
        'Themes ranked by threat, harm and risk score',
        scoreRankingChart(chartThemes),
        'Bar chart: ' + analysis.themes.map((t) => `${t.label} ${fmtNum(t.score)}`).join('; '),
      ),
    );
  } else {
    weightBlocks.push(para(txt('No themes were found to weight.')));
  }
  const weighting: NoteSection = { id: 'weighting', number: '4', title: 'Threat, harm and risk weighting', blocks: weightBlocks, subsections: [] };

  // ---- 5 National significance ----
  const nationalBlocks: Block[] = [];
  if (analysis.national.length) {
    nationalBlocks.push(
      para(
        txt(
          `${plural(analysis.national.length, 'theme')} ${analysis.national.length === 1 ? 'is' : 'are'} cited by national sources such as the Strategic Policing Requirement; ` +
            `${analysis.national.filter((n) => n.planCoverage === 'none').length} of them ${analysis.national.filter((n) => n.planCoverage === 'none').length === 1 ? 'is' : 'are'} not covered by the current plan.`,
        ),
      ),
      {
        type: 'table',
        caption: 'Themes of national significance',
        header: ['Theme', 'National sources', 'Plan coverage', 'Evidence'],
        rows: analysis.national.map((n) => {
          const t = themeById.get(n.theme);
          const nat = input.priorities.filter((p) => p.theme === n.theme && n.sources.includes(p.sourceId));
          return [
            cell(label(n.theme)),
            cell(n.sources.map((s) => docName(s)).join('; ')),
            cell(COVERAGE_LABELS[n.planCoverage]),
            refs(nat.length ? refsFor(nat) : t ? themeRefs(t) : []),
          ];
        }),
      },
    );
  } else {
    nationalBlocks.push(para(txt('No national sources were read in this scan, or none stated a theme.')));
  }
  const natGaps = analysis.gaps.filter((g) => g.type === 'national_missing');
  if (natGaps.length) {
    nationalBlocks.push(para(txt('National themes missing from the plan:', { bold: true })));
    nationalBlocks.push({
      type: 'list',
      items: natGaps.map((g) => [txt(label(g.theme), { bold: true }), txt(` — ${g.reason} `), ...refs(anyThemeRefs(g.theme))]),
    });
  }
  const surveySub: NoteSection[] = [];
  if (analysis.survey.length) {
    surveySub.push({
      id: 'survey',
      number: '5.1',
      title: 'Partner survey',
      subsections: [],
      blocks: [
        para(txt(`${plural(analysis.survey.length, 'theme')} ranked by partners in the survey (1 = top priority).`)),
        {
          type: 'table',
          caption: 'Partner survey ranks',
          header: ['Theme', 'Responses', 'Mean rank', 'Evidence'],
          rows: analysis.survey.map((s) => {
            const surveyPs = input.priorities.filter((p) => p.theme === s.theme && sourceById.get(p.sourceId)?.role === 'survey');
            return [cell(label(s.theme)), cell(s.responses), cell(fmtNum(s.meanRank)), refs(refsFor(surveyPs))];
          }),
        },
      ],
    });
  }
  const national: NoteSection = { id: 'national', number: '5', title: 'National significance', blocks: nationalBlocks, subsections: surveySub };

  // ---- 6 Gap analysis ----
  const cov = (c: 'priority' | 'mention' | 'none') => analysis.themes.filter((t) => t.planCoverage === c);
  const gapIntro = planSrc
    ? `Each theme was compared with the current plan, ${docName(planSrc.id)}: ${cov('priority').length} covered as a plan priority, ${cov('mention').length} mentioned only, ${cov('none').length} not covered.`
    : `No current plan was supplied for this scan, so no theme can be shown as covered (${cov('none').length} not covered).`;
  const planTable = (c: 'priority' | 'mention'): Block =>
    cov(c).length
      ? {
          type: 'table',
          caption: COVERAGE_LABELS[c],
          header: ['Theme', 'Tier', 'Plan quote', 'Plan page', 'Evidence'],
          rows: cov(c).map((t) => [cell(t.label), cell(TIER_LABELS[t.tier]), cell(t.planQuote ? `“${t.planQuote}”` : ''), cell(t.planPage ?? ''), refs(themeRefs(t))]),
        }
      : para(txt('None.'));
  const gapsSection: NoteSection = {
    id: 'gaps',
    number: '6',
    title: 'Gap analysis against the current plan',
    blocks: [para(txt(gapIntro))],
    subsections: [
      { id: 'gaps-covered', number: '6.1', title: COVERAGE_LABELS.priority, blocks: [planTable('priority')], subsections: [] },
      { id: 'gaps-mention', number: '6.2', title: COVERAGE_LABELS.mention, blocks: [planTable('mention')], subsections: [] },
      {
        id: 'gaps-none',
        number: '6.3',
        title: COVERAGE_LABELS.none,
        subsections: [],
        blocks: [
          cov('none').length
            ? { type: 'list', items: cov('none').map((t) => [txt(t.label, { bold: true }), txt(` (${TIER_LABELS[t.tier].toLowerCase()}, score ${fmtNum(t.score)}) — ${plural(t.partners.length, 'partner')} `), ...refs(themeRefs(t))]) }
            : para(txt('None: every theme is at least mentioned in the plan.')),
        ],
      },
      {
        id: 'gaps-list',
        number: '6.4',
        title: 'Gaps identified',
        subsections: [],
        blocks: analysis.gaps.length
          ? [
              para(txt(`${plural(analysis.gaps.length, 'gap')} identified, highest score first.`)),
              {
                type: 'table',
                caption: 'Gaps',
                header: ['Theme', 'Kind', 'Tier', 'Score', 'Type', 'Reason', 'Evidence'],
                rows: analysis.gaps.map((g) => [
                  cell(label(g.theme)),
                  cell(KIND_SINGULAR[g.kind]),
                  cell(g.tier ? TIER_LABELS[g.tier] : '—'),
                  cell(fmtNum(g.score)),
                  cell(GAP_TYPE_LABELS[g.type]),
                  cell(g.reason),
                  refs(anyThemeRefs(g.theme)),
                ]),
              },
            ]
          : [para(txt('No gaps identified.'))],
      },
    ],
  };

  // ---- 7 Drift ----
  const d = analysis.drift;
  const driftBlocks: Block[] = [];
  if (d) {
    driftBlocks.push(para(txt(`Compared with the ${d.fromYear} scan held in the database:`)));
    const item = (name: string, ids: string[]): Inline[] => [
      txt(`${name}: `, { bold: true }),
      txt(ids.length ? ids.map(label).join(', ') : 'none'),
      ...(ids.length ? [txt(' '), ...refs(ids.flatMap((id) => (themeById.get(id) ? themeRefs(themeById.get(id)!) : [])))] : []),
    ];
    driftBlocks.push({
      type: 'list',
      items: [item('New themes', d.new), item('Rising themes', d.rising), item('Falling themes', d.falling), item('Dropped themes', d.dropped)],
    });
    driftBlocks.push(
      figure(
        'fig-drift',
        `Change in themes from ${d.fromYear} to ${scan.year}`,
        driftChart({ fromYear: d.fromYear, toYear: scan.year, new: d.new.map(label), rising: d.rising.map(label), falling: d.falling.map(label), dropped: d.dropped.map(label) }),
        `New ${d.new.length}, rising ${d.rising.length}, falling ${d.falling.length}, dropped ${d.dropped.length}`,
      ),
    );
  } else {
    driftBlocks.push(
      para(txt(`No earlier scan year is held in the database, so change since the last scan cannot be shown; this ${scan.year} scan is the baseline for the next.`)),
    );
  }
  const drift: NoteSection = { id: 'drift', number: '7', title: 'Change since the last scan', blocks: driftBlocks, subsections: [] };

  // ---- 8 Recommendation ----
  const rec = analysis.recommendation;
  const recommendation: NoteSection = {
    id: 'recommendation',
    number: '8',
    title: 'Recommendation',
    subsections: [],
    blocks: [
      para(txt('Recommendation: ', { bold: true }), txt(`${decisionText(rec.decision)} (decision: ${rec.decision}).`, { bold: true })),
      ...(rec.reasons.length ? [para(txt('Reasons:')), { type: 'list' as const, ordered: true, items: rec.reasons.map((r) => [txt(r.text)]) }] : []),
      para(
        txt(
          rec.timetable ??
            'Statutory timetable: a newly elected PCC must issue a new plan as soon as practicable after taking office and before the end of the financial year in which they are elected (Police Reform and Social Responsibility Act 2011, s5). ',
        ),
      ),
      para(
        txt(
          'Any variation or new plan must be sent in draft to the Police and Crime Panel, which reviews it and may report or make recommendations; the PCC must have regard to that report, respond to it and publish the response (s28(3)). The chief constable is consulted on the draft.',
        ),
      ),
    ],
  };

  // ---- 9 Methodology and coverage ----
  const typeRows = [...new Set(scannedSources.map((s) => s.partner_type))].sort().map((pt) => {
    const ss = scannedSources.filter((s) => s.partner_type === pt);
    return [cell(pt), cell(PARTNER_TYPE_NAMES[pt] ?? pt), cell(new Set(ss.map((s) => s.partner)).size), cell(ss.length)];
  });
  const missingTypes = EXPECTED_PARTNER_TYPES.filter((t) => !partnerTypes.includes(t));
  const methodology: NoteSection = {
    id: 'methodology',
    number: '9',
    title: 'Methodology and coverage',
    blocks: [
      para(
        txt(
          'Documents listed in the scan’s sources file were fetched or read, split into headed blocks with page numbers, and searched for stated priorities (named under priority headings, or mentioned in passing). ' +
            'Each priority was classed by kind and theme from a lexicon and trained examples, with its cues kept (priorities.csv).',
        ),
      ),
      ...(input.review && input.review.reviewed > 0 ? [para(txt(reviewSentence(input.review)))] : []),
    ],
    subsections: [
      {
        id: 'coverage',
        number: '9.1',
        title: 'Partner types scanned',
        subsections: [],
        blocks: [
          typeRows.length
            ? { type: 'table', caption: 'Partner types scanned', header: ['Type', 'Description', 'Partners', 'Documents'], rows: typeRows }
            : para(txt('No documents were read.')),
          para(
            txt(
              missingTypes.length
                ? `Expected partner types not covered by this scan: ${missingTypes.map((t) => `${t} (${PARTNER_TYPE_NAMES[t]})`).join(', ')}.`
                : 'All expected partner types were covered.',
            ),
          ),
        ],
      },
      {
        id: 'documents',
        number: '9.2',
        title: 'Documents read',
        subsections: [],
        blocks: input.documents.length
          ? [
              {
                type: 'table',
                caption: 'Documents read',
                header: ['Source', 'Partner', 'Type', 'Role', 'Document', 'Year', 'Pages', 'Format'],
                rows: input.documents.map((doc) => {
                  const s = sourceById.get(doc.sourceId);
                  return [cell(doc.sourceId), cell(s?.partner), cell(s?.partner_type), cell(s?.role.replace(/_/g, ' ')), cell(docName(doc.sourceId)), cell(s?.year), cell(doc.pages), cell(doc.format)];
                }),
              },
            ]
          : [para(txt('No documents were read.'))],
      },
      {
        id: 'failures',
        number: '9.3',
        title: 'Documents that could not be read',
        subsections: [],
        blocks: input.failures.length
          ? [
              para(txt(`${plural(failedIds.size, 'document')} could not be processed; ${failedIds.size === 1 ? 'its' : 'their'} priorities are not in this note.`)),
              {
                type: 'table',
                caption: 'Failed documents',
                header: ['Source', 'Partner', 'Stage', 'Code', 'Reason', 'Hint'],
                rows: input.failures.map((f) => [cell(f.sourceId), cell(sourceById.get(f.sourceId)?.partner ?? ''), cell(f.stage), cell(f.code), cell(f.message), cell(f.hint ?? '')]),
              },
            ]
          : [para(txt('Every listed document was read.'))],
      },
      {
        id: 'scoring',
        number: '9.4',
        title: 'Scoring formula and weights',
        subsections: [],
        blocks: [
          para(txt('Formula: ', { bold: true }), txt(analysis.methodology.formula)),
          ...(Object.keys(analysis.methodology.weights).length
            ? [
                {
                  type: 'table' as const,
                  caption: 'Weights',
                  header: ['Weight', 'Value'],
                  rows: Object.entries(analysis.methodology.weights).map(([k, v]) => [cell(k), cell(fmtNum(v))]),
                },
              ]
            : []),
          para(txt('Tier rule: ', { bold: true }), txt(analysis.methodology.tierRule)),
          para(
            txt(
              'Harm weights come from published indices (ONS Crime Severity Score, Cambridge Crime Harm Index, Home Office costs of crime). ' +
                'None of them weights domestic abuse, anti-social behaviour, fraud, child sexual exploitation, modern slavery or county lines directly: these are mapped to underlying offences or analyst-set values in data/harm.csv.',
            ),
          ),
        ],
      },
    ],
  };

  // ---- Appendix A ----
  const appendix: NoteSection = {
    id: 'evidence',
    number: 'Appendix A',
    title: 'Evidence table',
    subsections: [],
    blocks: [
      para(txt(`One row per stated priority (${plural(evidence.length, 'row')}); the references [E1…] in this note point here.`)),
      evidence.length
        ? {
            type: 'table',
            caption: 'Evidence',
            header: ['Ref', 'Theme', 'Kind', 'Partner', 'Document', 'Page', 'Quote'],
            anchors: true,
            rows: {
              length: evidence.length,
              *[Symbol.iterator]() {
                for (const e of evidence) {
                  yield [cell(e.ref), cell(e.themeLabel), cell(KIND_SINGULAR[e.kind]), cell(e.partner), cell(e.document), cell(e.page), cell(`“${e.quote}”`)];
                }
              },
            },
          }
        : para(txt('No priorities were extracted.')),
    ],
  };

  return {
    title: `Police and Crime Plan Review ${scan.year}`,
    subtitle: 'Briefing Note',
    meta: [
      ['Area', scan.area],
      ['Scan', scan.name],
      ['Scan year', String(scan.year)],
      ['Date prepared', scan.date],
      ['Run id', scan.runId],
    ],
    sections: [background, outcome, byKind, weighting, national, gapsSection, drift, recommendation, methodology, appendix],
    evidence,
    keyFigures,
  };
}

/** Heading text of a section, identical in every format. */
export function headingText(s: NoteSection): string {
  return s.number.startsWith('Appendix') ? `${s.number}: ${s.title}` : `${s.number} ${s.title}`;
}

/** All sections depth-first with their depth (1 = top). */
export function flattenSections(sections: NoteSection[], depth = 1): Array<{ section: NoteSection; depth: number }> {
  return sections.flatMap((s) => [{ section: s, depth }, ...flattenSections(s.subsections, depth + 1)]);
}

/** Plain text of inline content (refs as "[E1, E2]"). */
export function inlineText(c: Inline[]): string {
  return c.map((i) => (i.t === 'text' ? i.text : refsText(i.refs))).join('');
}
