import type { ScoringConfig } from './config.js';

export interface ScoreInput {
  /** 1-5 impact from harm.ts. */
  impact: number;
  /** Partner prevalence 0..1 (prevalence.ts). */
  prevalence: number;
  /** Share of survey rows citing the theme, 0..1 (survey.ts). */
  surveyShare: number;
  /** Share of partner areas citing the theme, 0..1. */
  areaShare: number;
  /** Prevalence (after the survey contribution) in the previous scan year; null without one. */
  previousPrevalence: number | null;
}

export interface ScoreResult {
  score: number;
  /** Prevalence after the survey contribution (0..1). */
  prevalence: number;
  likelihood: number;
  /** Prevalence now − previous year (0 without a previous year). */
  trend: number;
  parts: Record<string, number>;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * MoRiLE-style score: impact (1-5) × likelihood (1-5), then × breadth and × trend factors.
 *   prevalence' = min(1, prevalence + surveyWeight × surveyShare)
 *   likelihood  = 1 + 4 × prevalence'
 *   breadth     = 1 + breadth.weight × areaShare
 *   trendFactor = 1 + trend.weight × clamp(trend, −1, 1)
 *   score       = impact × likelihood × breadth × trendFactor
 */
export function scoreTheme(x: ScoreInput, cfg: ScoringConfig): ScoreResult {
  const surveyBonus = cfg.likelihood.surveyWeight * x.surveyShare;
  const prevalence = Math.min(1, x.prevalence + surveyBonus);
  const likelihood = 1 + 4 * prevalence;
  const breadthFactor = 1 + cfg.breadth.weight * x.areaShare;
  const trend = x.previousPrevalence === null ? 0 : prevalence - x.previousPrevalence;
  const trendClamped = clamp(trend, -1, 1);
  const trendFactor = 1 + cfg.trend.weight * trendClamped;
  const risk = x.impact * likelihood;
  const score = risk * breadthFactor * trendFactor;
  return {
    score: round2(score),
    prevalence: round2(prevalence),
    likelihood: round2(likelihood),
    trend: round2(trend),
    parts: {
      impact: round2(x.impact),
      partnerPrevalence: round2(x.prevalence),
      surveyShare: round2(x.surveyShare),
      surveyWeight: cfg.likelihood.surveyWeight,
      surveyBonus: round2(surveyBonus),
      prevalence: round2(prevalence),
      likelihood: round2(likelihood),
      risk: round2(risk),
      areaShare: round2(x.areaShare),
      breadthWeight: cfg.breadth.weight,
      breadthFactor: round2(breadthFactor),
      ...(x.previousPrevalence === null ? {} : { previousPrevalence: round2(x.previousPrevalence) }),
      trend: round2(trend),
      trendWeight: cfg.trend.weight,
      trendFactor: round2(trendFactor),
      score: round2(score),
    },
  };
}

/** The formula in words and numbers, for Analysis.methodology.formula. */
export function describeFormula(cfg: ScoringConfig): string {
  const l = cfg.likelihood;
  return [
    'MoRiLE-style score = impact × likelihood × breadth × trend (impact and likelihood each 1–5, as in CSP impact × likelihood grading).',
    `Impact: harm of the theme's offences from data/harm.csv (index ${cfg.harm.index}; fallbacks ${cfg.harm.fallbackIndices.join(', ') || 'none'}), ` +
      'on a log scale 1 + 4 × (ln w − ln floor) / (ln ceiling − ln floor); ' +
      `several offences combined by ${cfg.harm.combine}; target groups take the ${cfg.harm.linkCombine} of their linked crime themes; ` +
      `analyst-set values where no index weights a theme; default ${cfg.harm.default}.`,
    `Prevalence: Σ over citing partners of their best citation weight (named ${l.namedWeight}, mention ${l.mentionWeight}; ` +
      `× ${l.otherThemeWeight} when the theme is secondary) ÷ partners scanned, plus ${l.surveyWeight} × survey share, capped at 1.`,
    'Likelihood = 1 + 4 × prevalence.',
    `Breadth = 1 + ${cfg.breadth.weight} × share of partner areas citing the theme.`,
    `Trend = 1 + ${cfg.trend.weight} × (prevalence now − prevalence in the previous year), change clamped to ±1; 1 when there is no previous year.`,
    `Range: 1 to ${round2(25 * (1 + cfg.breadth.weight) * (1 + cfg.trend.weight))}.`,
  ].join(' ');
}
