import type { Analysis, Kind, SourceEntry, ThemeSummary } from '../schema/index.js';
import { areaResolver } from './areas.js';
import { partnerNames } from './partners.js';
import { accountSources } from './source-account.js';
import { numericSettings, resolveScoring } from './config.js';
import { findGaps, planCoverageIndex } from './coverage.js';
import { driftFrom } from './drift.js';
import { loadHarmTable, themeHarm } from './harm.js';
import { nationalThemes } from './national.js';
import { themeMatrix } from './matrix.js';
import { partnerPrevalence, partnerUniverse, previousPrevalence, type Prevalence } from './prevalence.js';
import { recommend } from './recommend.js';
import { describeFormula, round2, scoreTheme } from './score.js';
import { surveyStats, surveySummary } from './survey.js';
import { describeTierRule, tierOf } from './tiers.js';
import type { AnalysisInput, ThemeInfo } from './types.js';

/**
 * Weigh every theme partners (or survey respondents) cite, check the current plan's coverage, list
 * the gaps and recommend refresh / vary / no refresh. Pure apart from reading data/harm.csv and
 * data/scoring.yaml once (cached); throws ScoringError on bad scoring overrides.
 */
export function analyse(input: AnalysisInput): Analysis {
  const cfg = resolveScoring(input.scoring);
  const harmRows = input.harm ?? loadHarmTable();
  const infoMap = new Map<string, ThemeInfo>(input.classifier.taxonomy.themes.map((t) => [t.id, t]));
  const info = (id: string): ThemeInfo | undefined => infoMap.get(id);

  // One partner under two names counts once; a document with no priority is no partner's voice.
  const names = partnerNames(input.sources, input.aliases);
  const account = accountSources(input);
  const notCounted = new Set(account.entries.filter((e) => e.status === 'no_priorities').map((e) => e.id));
  const sources: SourceEntry[] = input.sources.filter((s) => !notCounted.has(s.id)).map((s) => ({ ...s, partner: names.canonical(s.partner) }));
  const areas = areaResolver(sources, input.scan.area, input.areas);
  const universe = partnerUniverse(sources, areas.of);
  const totals = { partners: universe.partners.length, areas: universe.areas.length };
  const prevalence = partnerPrevalence(input.priorities, sources, cfg, areas.of);
  const survey = surveyStats(input.priorities, sources);
  const plan = planCoverageIndex(input.plan, input.classifier.taxonomy.themes.map((t) => t.id));
  const coverage = plan.coverage;
  const national = nationalThemes(input.priorities, sources, coverage);
  const nationalSet = new Set(national.map((n) => n.theme));
  const kindsSeen = new Map<string, Kind>();
  for (const p of input.priorities) if (p.theme && !kindsSeen.has(p.theme)) kindsSeen.set(p.theme, p.kind);

  const ids = [...new Set([...prevalence.keys(), ...survey.keys()])];
  const themes: ThemeSummary[] = ids.map((id) => {
    const p: Prevalence = prevalence.get(id) ?? {
      theme: id, partners: [], partnerTypes: [], areas: [], priorityIds: [], namedCount: 0, mentionCount: 0,
      weightedPartners: 0, totalPartners: totals.partners, totalAreas: totals.areas, partnerShare: 0, areaShare: 0, prevalence: 0,
    };
    const s = survey.get(id);
    const ti = info(id);
    const harm = themeHarm(id, ti, harmRows, cfg);
    const sc = scoreTheme(
      { impact: harm.impact, prevalence: p.prevalence, surveyShare: s?.share ?? 0, areaShare: p.areaShare, previousPrevalence: previousPrevalence(id, input.previous) },
      cfg,
    );
    const tier = tierOf({ partners: p.partners.length, totalPartners: p.totalPartners, areas: p.areas.length, totalAreas: p.totalAreas }, cfg);
    const cov = coverage(id);
    return {
      theme: id,
      label: ti?.label ?? id,
      kind: ti?.defaultKind ?? kindsSeen.get(id) ?? 'crime',
      partners: p.partners,
      partnerTypes: p.partnerTypes,
      areas: p.areas,
      priorityIds: p.priorityIds,
      namedCount: p.namedCount,
      mentionCount: p.mentionCount,
      tier,
      harm: round2(harm.impact),
      prevalence: sc.prevalence,
      trend: sc.trend,
      score: sc.score,
      scoreParts: {
        ...sc.parts,
        partners: p.partners.length,
        totalPartners: p.totalPartners,
        partnerShare: round2(p.partnerShare),
        weightedPartners: round2(p.weightedPartners),
        areas: p.areas.length,
        totalAreas: p.totalAreas,
        namedCount: p.namedCount,
        mentionCount: p.mentionCount,
        surveyResponses: s?.responses ?? 0,
        harmRows: harm.rows.length,
        harmAnalystSet: harm.basis === 'analyst' ? 1 : 0,
        harmFromLinks: harm.basis === 'links' ? harm.links.length : 0,
        harmDefaulted: harm.basis === 'default' ? 1 : 0,
      },
      planCoverage: cov.coverage,
      planQuote: cov.quote,
      planPage: cov.page,
      planPath: cov.path,
      national: nationalSet.has(id),
      surveyMentions: s?.responses ?? 0,
    };
  });
  themes.sort((a, b) => b.score - a.score || b.partners.length - a.partners.length || a.theme.localeCompare(b.theme));

  const gaps = findGaps({ themes, national, plan: input.plan, planPriorities: plan.priorities, info, cfg });
  const reading = plan.reading;
  const planYear = input.plan?.source.year ?? null;
  const recommendation = recommend({
    scan: input.scan, themes, gaps, totals, info, cfg,
    plan: {
      read: reading !== null && reading.basis !== 'none', year: planYear, period: reading?.period ?? null,
      why: !input.plan ? 'could not be read (missing, failed or not listed)' : 'was read, but no list of strategic priorities was found in it',
    },
  });
  const { name, area, year, runId, date } = input.scan;
  return {
    scan: { name, area, year, runId, date },
    themes,
    gaps,
    recommendation,
    national,
    survey: surveySummary(survey),
    drift: driftFrom(input.previous, themes, cfg),
    sources: account,
    plan: input.plan && reading
      ? { sourceId: input.plan.source.id, title: reading.title, period: reading.period, ended: reading.period !== null && reading.period.to < year }
      : null,
    methodology: { formula: describeFormula(cfg), weights: numericSettings(cfg), tierRule: describeTierRule(cfg) },
    matrix: themeMatrix(themes, input.sources, info),
  };
}
