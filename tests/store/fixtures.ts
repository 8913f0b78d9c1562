import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Analysis, ClassifiedPriority, Document, ThemeSummary } from '../../src/schema/index.js';

export function tempDir(prefix = 'planscan-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function makeDoc(sourceId: string, year: number, contentHash = `hash-${sourceId}-${year}`): Document {
  return {
    sourceId,
    source: { id: sourceId, role: 'partner', partner: `${sourceId} partnership`, partner_type: 'CSP', area: 'North', doc_type: 'partnership_plan', year, path: `${sourceId}.pdf` },
    format: 'pdf',
    title: `${sourceId} plan ${year}`,
    pages: 2,
    blocks: [
      { kind: 'heading', text: 'Our priorities', page: 1, level: 1 },
      { kind: 'list_item', text: 'Tackling violence against women & girls.', page: 1, level: 1, marker: '•' },
      { kind: 'paragraph', text: 'Data sharing remains a priority.', page: 2 },
    ],
    contentHash,
    bytes: 1234,
  };
}

export function makePriority(sourceId: string, id: string, text: string, over: Partial<ClassifiedPriority> = {}): ClassifiedPriority {
  return {
    id,
    sourceId,
    page: 1,
    section: 'Our priorities',
    text,
    quote: text,
    strength: 'named',
    rule: 'list-under-heading',
    reasons: [],
    kind: 'crime',
    theme: 'vawg',
    otherThemes: [],
    confidence: 0.8,
    cues: [{ source: 'lexicon', term: 'violence against women', kind: 'crime', theme: 'vawg', weight: 1 }],
    ...over,
  };
}

export function themeSummary(theme: string, partners: string[], score: number, tier: ThemeSummary['tier'] = 'major'): ThemeSummary {
  return {
    theme, label: theme.toUpperCase(), kind: 'crime', partners, partnerTypes: ['CSP'], areas: ['North'], priorityIds: [],
    namedCount: partners.length, mentionCount: 0, tier, harm: 1, prevalence: partners.length, trend: 0, score, scoreParts: { harm: 1 },
    planCoverage: 'none', planQuote: '', planPage: null, national: false, surveyMentions: 0,
  };
}

export function makeAnalysis(year: number, runId: string, themes: ThemeSummary[]): Analysis {
  return {
    scan: { name: 'Test scan', area: 'North', year, runId, date: `${year}-06-01` },
    themes,
    gaps: [],
    recommendation: { decision: 'no refresh', reasons: ['nothing changed'] },
    national: [],
    survey: [],
    drift: null,
    methodology: { formula: 'harm * prevalence', weights: { harm: 1 }, tierRule: 'n/a' },
  };
}
