/** A realistic hand-built ReportInput: several themes in every tier, gaps, failures, drift, survey. */
import type { Analysis, ClassifiedPriority, Failure, Kind, SourceEntry, ThemeSummary, Tier } from '../../src/schema/index.js';
import { themeMatrix } from '../../src/analyse/matrix.js';
import type { ReportInput } from '../../src/report/index.js';
import { makePriority, makeSource } from '../shared-fixtures.js';

/** A Thames Valley strategic assessment of 2025 unless said otherwise. */
const src = (id: string, partner: string, partner_type: SourceEntry['partner_type'], extra: Partial<SourceEntry> = {}): SourceEntry =>
  makeSource(id, { partner, partner_type, area: 'Thames Valley', doc_type: 'strategic_assessment', path: `docs/${id}.pdf`, ...extra });

export const SOURCES: SourceEntry[] = [
  src('csp-oxford', 'Oxford CSP', 'CSP', { area: 'Oxford' }),
  src('csp-reading', 'Reading CSP', 'CSP', { area: 'Reading', doc_type: 'partnership_plan' }),
  src('csp-slough', 'Safer Slough Partnership', 'CSP', { area: 'Slough', year: 2024 }),
  src('lscb-bucks', 'Buckinghamshire Safeguarding Children Partnership', 'LSCB', { area: 'Buckinghamshire', doc_type: 'annual_report' }),
  src('sab-oxon', 'Oxfordshire Safeguarding Adults Board', 'SAB', { area: 'Oxfordshire', doc_type: 'business_plan' }),
  src('hwb-berks', 'Berkshire West Health & Wellbeing Board', 'HWB', { area: 'Berkshire West' }),
  src('tvp-sa', 'Thames Valley Police', 'POLICE', { area: 'Thames Valley' }),
  src('spr-2023', 'Home Office', 'NATIONAL', { role: 'national', doc_type: 'other', year: 2023, title: 'Strategic Policing Requirement 2023' }),
  src('survey-2025', 'Partner survey', 'OTHER', { role: 'survey', doc_type: 'survey', path: 'docs/survey.csv' }),
  src('pcp-2021', 'OPCC Thames Valley', 'OPCC', { role: 'current_plan', doc_type: 'police_and_crime_plan', year: 2021, title: 'Police and Crime Plan 2021-2025' }),
  src('yot-milton', 'Milton Keynes YOT', 'YOT', { area: 'Milton Keynes', doc_type: 'business_plan' }),
  src('csp-wycombe', 'Wycombe CSP', 'CSP', { area: 'Wycombe', url: 'https://example.org/wycombe.pdf', path: undefined }),
];

let n = 0;
function pri(sourceId: string, page: number, text: string, kind: Kind, theme: string | null, strength: 'named' | 'mention' = 'named', quote?: string): ClassifiedPriority {
  n++;
  return makePriority(sourceId, {
    id: `p${String(n).padStart(3, '0')}`,
    page,
    text,
    kind,
    theme,
    confidence: 0.82,
    cues: [
      { source: 'lexicon', term: text.split(' ')[0]!.toLowerCase(), kind, ...(theme ? { theme } : {}), weight: 1.5 },
      { source: 'model', term: 'nb', kind, weight: 0.41 },
    ],
    otherThemes: theme === 'domestic_abuse' ? ['vawg'] : [],
    // A mention is a sentence in the summary, not a listed priority.
    ...(strength === 'mention' ? { section: 'Summary', strength, rule: 'remains-a-priority' } : {}),
    quote: quote ?? (strength === 'named' ? text : `${text} remains a priority for the partnership.`),
  });
}

export const PRIORITIES: ClassifiedPriority[] = [
  pri('csp-oxford', 4, 'Domestic abuse', 'crime', 'domestic_abuse'),
  pri('csp-reading', 7, 'Tackling domestic abuse and stalking', 'crime', 'domestic_abuse'),
  pri('csp-slough', 3, 'Domestic abuse', 'crime', 'domestic_abuse', 'mention'),
  pri('tvp-sa', 12, 'Violence against women and girls, including domestic abuse', 'crime', 'domestic_abuse'),
  pri('hwb-berks', 9, 'Domestic abuse as a health issue', 'crime', 'domestic_abuse'),
  pri('csp-oxford', 5, 'Protecting vulnerable people', 'target_group', 'vulnerable_people'),
  pri('sab-oxon', 2, 'Adults at risk of exploitation', 'target_group', 'vulnerable_people'),
  pri('lscb-bucks', 6, 'Children at risk & "hidden" harm <online>', 'target_group', 'vulnerable_people'),
  pri('hwb-berks', 11, 'Older people living alone', 'target_group', 'vulnerable_people'),
  pri('csp-oxford', 6, 'Drug and alcohol misuse', 'crime', 'drugs_alcohol'),
  pri('csp-reading', 8, 'County lines and drug supply', 'crime', 'drugs_alcohol'),
  pri('hwb-berks', 10, 'Alcohol-related harm', 'crime', 'drugs_alcohol'),
  pri('tvp-sa', 14, 'Drug supply', 'crime', 'drugs_alcohol', 'mention'),
  pri('lscb-bucks', 8, 'Child sexual exploitation', 'crime', 'cse'),
  pri('tvp-sa', 15, 'Child sexual abuse and exploitation', 'crime', 'cse'),
  pri('yot-milton', 3, 'Reducing reoffending by young people', 'target_group', 'reoffending'),
  pri('csp-slough', 5, 'Reducing reoffending', 'target_group', 'reoffending'),
  pri('tvp-sa', 18, 'Fraud and cybercrime', 'crime', 'cybercrime'),
  pri('csp-reading', 9, 'Modern slavery and human trafficking', 'crime', 'modern_slavery'),
  pri('csp-oxford', 7, 'Rural and wildlife crime', 'crime', 'rural_crime', 'mention'),
  pri('sab-oxon', 3, 'Raise awareness of adult abuse', 'mechanism', 'public_awareness'),
  pri('lscb-bucks', 9, 'Improve public awareness of neglect', 'mechanism', 'public_awareness'),
  pri('sab-oxon', 4, 'Quality assurance of safeguarding practice', 'internal_process', 'quality_assurance'),
  pri('sab-oxon', 5, 'Embed Making Safeguarding Personal', 'internal_process', null),
  pri('spr-2023', 2, 'Terrorism', 'crime', 'terrorism'),
  pri('spr-2023', 3, 'Violence against women and girls', 'crime', 'domestic_abuse'),
  pri('survey-2025', 1, 'Domestic abuse', 'crime', 'domestic_abuse'),
  pri('survey-2025', 1, 'Modern slavery', 'crime', 'modern_slavery'),
  pri('pcp-2021', 10, 'Vulnerability', 'target_group', 'vulnerable_people'),
];

interface Spec { theme: string; label: string; kind: Kind; tier: Tier; harm: number; prevalence: number; trend: number; cov: 'priority' | 'mention' | 'none'; quote?: string; page?: number; national?: boolean }

const SPECS: Spec[] = [
  { theme: 'domestic_abuse', label: 'Domestic abuse', kind: 'crime', tier: 'universal', harm: 0.9, prevalence: 0.83, trend: 1, cov: 'priority', quote: 'Tackle domestic abuse and violence against women and girls', page: 12, national: true },
  { theme: 'drugs_alcohol', label: 'Drug and alcohol misuse', kind: 'crime', tier: 'universal', harm: 0.7, prevalence: 0.5, trend: 0.5, cov: 'priority', quote: 'Reduce drug-related harm and county lines', page: 14 },
  { theme: 'vulnerable_people', label: 'Vulnerable people', kind: 'target_group', tier: 'universal', harm: 0.6, prevalence: 0.67, trend: 0, cov: 'priority', quote: 'Protect vulnerable people', page: 10 },
  { theme: 'cse', label: 'Child sexual exploitation', kind: 'crime', tier: 'major', harm: 1, prevalence: 0.33, trend: 0, cov: 'mention', quote: 'including child sexual exploitation', page: 11, national: true },
  { theme: 'modern_slavery', label: 'Modern slavery & trafficking', kind: 'crime', tier: 'local', harm: 0.95, prevalence: 0.17, trend: 1, cov: 'none' },
  { theme: 'reoffending', label: 'Re-offending and young offenders', kind: 'target_group', tier: 'major', harm: 0.5, prevalence: 0.33, trend: -0.5, cov: 'priority', quote: 'Reduce reoffending', page: 20 },
  { theme: 'public_awareness', label: 'Public awareness', kind: 'mechanism', tier: 'major', harm: 0.2, prevalence: 0.33, trend: 0, cov: 'none' },
  { theme: 'cybercrime', label: 'Cybercrime and fraud', kind: 'crime', tier: 'local', harm: 0.55, prevalence: 0.17, trend: 0.5, cov: 'mention', quote: 'fraud and online crime', page: 22 },
  { theme: 'rural_crime', label: 'Rural crime', kind: 'crime', tier: 'local', harm: 0.3, prevalence: 0.17, trend: 0, cov: 'none' },
  { theme: 'quality_assurance', label: 'Quality assurance', kind: 'internal_process', tier: 'local', harm: 0.1, prevalence: 0.17, trend: 0, cov: 'none' },
];

const srcById = new Map(SOURCES.map((s) => [s.id, s]));
const partnerPs = PRIORITIES.filter((p) => ['partner'].includes(srcById.get(p.sourceId)!.role));
const W = { harm: 0.5, prevalence: 0.3, trend: 0.2 };

const THEMES: ThemeSummary[] = SPECS.map((s) => {
  const ps = partnerPs.filter((p) => p.theme === s.theme);
  const ss = ps.map((p) => srcById.get(p.sourceId)!);
  const parts = { harm: s.harm * W.harm, prevalence: s.prevalence * W.prevalence, trend: s.trend * W.trend };
  const score = Number((parts.harm + parts.prevalence + parts.trend).toFixed(3));
  return {
    theme: s.theme,
    label: s.label,
    kind: s.kind,
    partners: [...new Set(ss.map((x) => x.partner))].sort(),
    partnerTypes: [...new Set(ss.map((x) => x.partner_type))].sort(),
    areas: [...new Set(ss.map((x) => x.area))].sort(),
    priorityIds: ps.map((p) => p.id),
    namedCount: ps.filter((p) => p.strength === 'named').length,
    mentionCount: ps.filter((p) => p.strength === 'mention').length,
    tier: s.tier,
    harm: s.harm,
    prevalence: s.prevalence,
    trend: s.trend,
    score,
    scoreParts: parts,
    planCoverage: s.cov,
    planQuote: s.quote ?? '',
    planPage: s.page ?? null,
    national: !!s.national,
    surveyMentions: PRIORITIES.filter((p) => p.sourceId === 'survey-2025' && p.theme === s.theme).length,
    planPath: s.cov === 'priority' ? ['Strategic priority 1: Vulnerability', `Key aim: ${s.quote ?? s.label}`] : [],
  };
}).sort((a, b) => b.score - a.score);

export function makeAnalysis(opts: { drift?: boolean } = {}): Analysis {
  return {
    scan: { name: 'Thames Valley plan scan', area: 'Thames Valley', year: 2025, runId: 'run-2025-11-23-abc123', date: '2025-11-23' },
    themes: THEMES,
    gaps: [
      { theme: 'modern_slavery', kind: 'crime', tier: 'local', score: THEMES.find((t) => t.theme === 'modern_slavery')!.score, reason: 'Cited by Reading CSP and the partner survey; not in the plan.', type: 'missing_from_plan' },
      { theme: 'terrorism', kind: 'crime', tier: null, score: 0.5, reason: 'SPR 2023 national threat; the plan does not mention terrorism or Prevent.', type: 'national_missing' },
      { theme: 'rural_crime', kind: 'crime', tier: 'local', score: THEMES.find((t) => t.theme === 'rural_crime')!.score, reason: 'Mentioned by Oxford CSP only; not in the plan.', type: 'missing_from_plan' },
      { theme: 'road_safety', kind: 'crime', tier: null, score: 0, reason: 'Plan priority no partner cites.', type: 'plan_not_cited' },
    ],
    recommendation: {
      decision: 'vary the plan',
      reasons: [
        { text: 'Modern slavery is a new local priority with high harm and is not in the plan.', themes: ['modern_slavery'], priorityIds: ['p019', 'p028'] },
        { text: 'Terrorism, a Strategic Policing Requirement threat, is not referred to in the plan.', themes: ['terrorism'], priorityIds: ['p025'] },
        { text: 'All universal priorities are already plan priorities, so a full refresh is not needed.', themes: ['domestic_abuse'], priorityIds: ['p001', 'p029'] },
      ],
      timetable: 'The next PCC election is on 2028-05-04; the newly elected PCC must issue a new plan by 31 March 2029.',
    },
    national: [
      { theme: 'terrorism', sources: ['spr-2023'], planCoverage: 'none' },
      { theme: 'domestic_abuse', sources: ['spr-2023'], planCoverage: 'priority' },
    ],
    survey: [
      { theme: 'domestic_abuse', responses: 5, meanRank: 1.4 },
      { theme: 'modern_slavery', responses: 2, meanRank: 3.5 },
    ],
    drift: opts.drift === false ? null : { fromYear: 2024, new: ['modern_slavery'], dropped: ['metal_theft'], rising: ['domestic_abuse', 'cybercrime'], falling: ['reoffending'] },
    methodology: {
      formula: 'score = w_harm × harm + w_prevalence × prevalence + w_trend × trend',
      weights: { w_harm: 0.5, w_prevalence: 0.3, w_trend: 0.2 },
      tierRule: 'universal: cited by ≥ 60% of partners; major: ≥ 25%; otherwise local',
    },
    sources: { listed: SOURCES.length, counted: 0, entries: [] },
    plan: { sourceId: 'pcp-2021', title: 'Police and Crime Plan 2021-2025', period: { from: 2021, to: 2025 }, ended: false },
    matrix: { partnerTypes: [], partnersByType: {}, rows: [] },
  };
}

export function makeInput(opts: { drift?: boolean } = {}): ReportInput {
  const failing = new Set(['csp-wycombe']);
  const analysis = makeAnalysis(opts);
  analysis.matrix = themeMatrix(analysis.themes, SOURCES, () => undefined);
  return {
    analysis,
    priorities: PRIORITIES,
    sources: SOURCES,
    documents: SOURCES.filter((s) => !failing.has(s.id)).map((s) => ({
      sourceId: s.id,
      ...(s.title ? { title: s.title } : {}),
      pages: s.id === 'survey-2025' ? 1 : 24,
      format: s.id === 'survey-2025' ? 'csv' : 'pdf',
    })),
    failures: [
      { sourceId: 'csp-wycombe', stage: 'fetch', code: 'http-status', message: 'HTTP 404 Not Found for https://example.org/wycombe.pdf', hint: 'Check the URL in sources.yaml; the council may have moved the document.', level: 'error' },
      // A warning (Failure.level, interfaces.md §4): read, but the analyst should look.
      { sourceId: 'sab-oxon', stage: 'extract', code: 'few-priorities', message: 'Only four priorities found in a 24-page plan', level: 'warning' } as Failure,
    ],
    note: { author: 'A. Analyst, OPCC', version: '0.3', nextElection: '2028-05-04', commentary: { summary: 'The analyst adds that the Reading CSP plan was a draft.', gaps: 'Terrorism is covered by the regional counter-terrorism unit.' } },
    planSourceId: 'pcp-2021',
  };
}
