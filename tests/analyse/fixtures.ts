import type { ClassifiedPriority, Document, SourceEntry } from '../../src/schema/index.js';
import type { AnalysisInput, ThemeInfo, ThemeLexicon } from '../../src/analyse/index.js';
import { makeDocument, makeSource } from '../shared-fixtures.js';

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
  { id: 'criminal_damage_arson', label: 'Criminal damage and arson', group: 'business', defaultKind: 'crime' },
  { id: 'night_time_economy', label: 'Night-time economy', group: 'business', defaultKind: 'crime' },
  { id: 'modern_slavery_trafficking', label: 'Modern slavery and trafficking', group: 'business', defaultKind: 'crime' },
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

export const PLAN_SOURCE: SourceEntry = makeSource('pcp', {
  role: 'current_plan', partner: 'OPCC', partner_type: 'OPCC', area: 'Force area', doc_type: 'police_and_crime_plan', year: 2024, path: 'plan.pdf',
});

export function planDoc(blocks: Array<{ text: string; page?: number }>): Document {
  return makeDocument(PLAN_SOURCE, { pages: 10, blocks: blocks.map((b) => ({ kind: 'paragraph' as const, text: b.text, page: b.page ?? 1 })) });
}

export const SCAN = { name: 'Test scan', area: 'Testshire', year: 2025, runId: 'run-1', date: '2025-11-20' };

/** Four partners in four areas. */
export const PARTNERS: SourceEntry[] = [
  makeSource('csp-a', { partner: 'CSP A', area: 'Area A' }),
  makeSource('csp-b', { partner: 'CSP B', area: 'Area B' }),
  makeSource('csp-c', { partner: 'CSP C', area: 'Area C' }),
  makeSource('lscb-d', { partner: 'LSCB D', area: 'Area D', partner_type: 'LSCB' }),
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

/**
 * A plan written the way police and crime plans are: a title with its period, a list of strategic
 * priorities, then one section per priority with a "Key aims:" list, and any other text.
 */
export function structuredPlan(o: { title: string; priorities: Array<{ name: string; aims: string[] }>; other?: string[]; year?: number }): { source: SourceEntry; doc: Document; priorities: ClassifiedPriority[] } {
  const source = { ...PLAN_SOURCE, year: o.year ?? PLAN_SOURCE.year, title: o.title };
  const blocks: Document['blocks'] = [
    { kind: 'heading', text: o.title, page: 1, level: 1 },
    ...(o.other ?? []).map((text) => ({ kind: 'paragraph' as const, text, page: 2 })),
    { kind: 'paragraph', text: 'My strategic priorities for the term of this plan are:', page: 3 },
    ...o.priorities.map((p) => ({ kind: 'list_item' as const, text: p.name, page: 3, level: 1, marker: '•' })),
  ];
  o.priorities.forEach((p, k) => {
    blocks.push({ kind: 'heading', text: `${k + 1} ${p.name.toUpperCase()}`, page: 4 + k, level: 1 });
    blocks.push({ kind: 'paragraph', text: 'This priority matters to residents across the force area.', page: 4 + k });
    blocks.push({ kind: 'paragraph', text: 'Key aims:', page: 4 + k });
    for (const a of p.aims) blocks.push({ kind: 'list_item', text: a, page: 4 + k, level: 1, marker: '•' });
  });
  blocks.push({ kind: 'heading', text: 'How I will monitor success', page: 20, level: 2 });
  return { source, doc: makeDocument(source, { title: o.title, pages: 20, blocks }), priorities: [] };
}
