import type { ClassifiedPriority, Document, SourceEntry, ThemeSummary } from '../../src/schema/index.js';
import type { AnalysisInput, ThemeInfo, ThemeLexicon } from '../../src/analyse/index.js';

/** A tiny hand-made lexicon standing in for the real classifier. */
export const THEMES: ThemeInfo[] = [
  { id: 'domestic_abuse', label: 'Domestic abuse', group: 'business', defaultKind: 'crime' },
  { id: 'burglary', label: 'Burglary', group: 'business', defaultKind: 'crime' },
  { id: 'anti_social_behaviour', label: 'Anti-social behaviour', group: 'business', defaultKind: 'crime' },
  { id: 'violent_crime', label: 'Violent crime', group: 'business', defaultKind: 'crime' },
  { id: 'metal_theft', label: 'Metal theft', group: 'business', defaultKind: 'crime' },
  { id: 'terrorism_extremism', label: 'Terrorism and extremism', group: 'business', defaultKind: 'crime' },
  { id: 'rural_crime', label: 'Rural crime', group: 'business', defaultKind: 'crime' },
  { id: 'vulnerable_people', label: 'Vulnerable people', group: 'business', defaultKind: 'target_group', harmLinks: ['domestic_abuse', 'burglary'] },
  { id: 'older_people', label: 'Older people', group: 'business', defaultKind: 'target_group' },
  { id: 'public_awareness', label: 'Public awareness', group: 'method', defaultKind: 'mechanism' },
];

const TERMS: Record<string, string[]> = {
  domestic_abuse: ['domestic abuse'],
  burglary: ['burglary'],
  anti_social_behaviour: ['anti-social behaviour'],
  violent_crime: ['violence'],
  metal_theft: ['metal theft'],
  terrorism_extremism: ['terrorism'],
  rural_crime: ['rural crime'],
  vulnerable_people: ['vulnerable'],
};

export const lexicon: ThemeLexicon = {
  themeMentions(text: string) {
    const t = text.toLowerCase();
    const out: Array<{ theme: string; term: string }> = [];
    for (const [theme, terms] of Object.entries(TERMS)) for (const term of terms) if (t.includes(term)) out.push({ theme, term });
    return out;
  },
  taxonomy: { themes: THEMES },
};

export function source(id: string, partner: string, area: string, extra: Partial<SourceEntry> = {}): SourceEntry {
  return { id, role: 'partner', partner, partner_type: 'CSP', area, doc_type: 'partnership_plan', year: 2025, path: `${id}.pdf`, ...extra };
}

let n = 0;
export function pri(sourceId: string, theme: string | null, extra: Partial<ClassifiedPriority> = {}): ClassifiedPriority {
  n += 1;
  const text = extra.text ?? `${theme ?? 'process'} priority ${n}`;
  return {
    id: `p${n}`,
    sourceId,
    page: 1,
    section: 'Our priorities',
    text,
    quote: text,
    strength: 'named',
    rule: 'list-under-heading',
    reasons: [],
    kind: 'crime',
    theme,
    otherThemes: [],
    confidence: 0.9,
    cues: [],
    ...extra,
  };
}

export const PLAN_SOURCE: SourceEntry = {
  id: 'pcp',
  role: 'current_plan',
  partner: 'OPCC',
  partner_type: 'OPCC',
  area: 'Force area',
  doc_type: 'police_and_crime_plan',
  year: 2024,
  path: 'plan.pdf',
};

export function planDoc(blocks: Array<{ text: string; page?: number }>): Document {
  return {
    sourceId: PLAN_SOURCE.id,
    source: PLAN_SOURCE,
    format: 'pdf',
    pages: 10,
    blocks: blocks.map((b) => ({ kind: 'paragraph' as const, text: b.text, page: b.page ?? 1 })),
    contentHash: 'x',
    bytes: 1,
  };
}

export const SCAN = { name: 'Test scan', area: 'Testshire', year: 2025, runId: 'run-1', date: '2025-11-20' };

/** Four partners in four areas. */
export const PARTNERS: SourceEntry[] = [
  source('csp-a', 'CSP A', 'Area A'),
  source('csp-b', 'CSP B', 'Area B'),
  source('csp-c', 'CSP C', 'Area C'),
  source('lscb-d', 'LSCB D', 'Area D', { partner_type: 'LSCB' }),
];

export function input(over: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    scan: SCAN,
    sources: PARTNERS,
    priorities: [],
    plan: null,
    previous: null,
    classifier: lexicon,
    ...over,
  };
}

export function prevTheme(theme: string, partners: string[], prevalence: number, score: number): ThemeSummary {
  return {
    theme, label: theme, kind: 'crime', partners, partnerTypes: [], areas: [], priorityIds: [], namedCount: partners.length, mentionCount: 0,
    tier: 'local', harm: 3, prevalence, trend: 0, score, scoreParts: {}, planCoverage: 'none', planQuote: '', planPage: null, national: false, surveyMentions: 0,
  };
}
