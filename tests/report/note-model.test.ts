import { describe, expect, test } from 'vitest';
import {
  barChart,
  buildNoteModel,
  driftChart,
  escapeXml,
  heatMapChart,
  refGroups,
  refsText,
  renderDocx,
  renderHtml,
  renderMarkdown,
  scoreRankingChart,
  themesByPartnersChart,
} from '../../src/report/index.js';
import { niceScale, STYLES } from '../../src/report/charts.js';
import type { ReportInput } from '../../src/report/index.js';
import { makeAnalysis, makeInput } from './fixture.js';

/** Relative luminance of a #rrggbb colour (for the greyscale check). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('evidence references', () => {
  test('groups runs of three or more into ranges', () => {
    expect(refsText(['E3', 'E1', 'E2', 'E7', 'E9', 'E10'])).toBe('[E1–E3, E7, E9, E10]');
    expect(refGroups(['E5'])).toEqual([{ from: 'E5' }]);
    expect(refGroups([])).toEqual([]);
  });

  test('every theme statement carries refs to evidence rows of that theme', () => {
    const m = buildNoteModel(makeInput());
    const byRef = new Map(m.evidence.map((e) => [e.ref, e]));
    const outcome = m.sections.find((s) => s.id === 'outcome')!;
    const lists = outcome.blocks.filter((b) => b.type === 'list');
    expect(lists).toHaveLength(3);
    for (const l of lists) {
      if (l.type !== 'list') continue;
      for (const item of l.items) {
        const label = item[0]!.t === 'text' ? item[0]!.text : '';
        const refs = item.find((i) => i.t === 'refs');
        expect(refs, label).toBeTruthy();
        if (refs?.t === 'refs') for (const r of refs.refs) expect(byRef.get(r)!.themeLabel).toBe(label);
      }
    }
  });

  test('gap rows refer to evidence, including national-only and plan-only themes', () => {
    const m = buildNoteModel(makeInput());
    const gaps = m.sections.find((s) => s.id === 'gaps')!.subsections.find((s) => s.id === 'gaps-list')!;
    const table = gaps.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no gaps table');
    const refsOf = (theme: string) => {
      const row = [...table.rows].find((r) => r[0]![0]!.t === 'text' && r[0]![0]!.text === theme)!;
      const last = row[row.length - 1]!;
      return last.flatMap((i) => (i.t === 'refs' ? i.refs : []));
    };
    const terror = refsOf('Terrorism');
    expect(terror).toHaveLength(1);
    expect(m.evidence.find((e) => e.ref === terror[0])!.document).toBe('Strategic Policing Requirement 2023');
    expect(refsOf('Modern slavery & trafficking').length).toBeGreaterThan(0);
  });

  test('partner evidence comes first, then survey, national and plan rows', () => {
    const m = buildNoteModel(makeInput());
    const roles = m.evidence.map((e) => makeInput().sources.find((s) => s.id === e.sourceId)!.role);
    const order = { partner: 0, survey: 1, national: 2, current_plan: 3 } as const;
    const ranks = roles.map((r) => order[r]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});

describe('note model', () => {
  test('counts what was scanned and lists expected partner types that are missing', () => {
    const m = buildNoteModel(makeInput());
    expect(m.keyFigures).toMatchObject({
      documentsScanned: 10,
      sourcesListed: 11,
      failedDocuments: 1,
      partners: 8,
      partnerTypes: ['CSP', 'HWB', 'LSCB', 'POLICE', 'SAB', 'YOT'],
      themes: 10,
      tiers: { universal: 3, major: 3, local: 4 },
      decision: 'vary the plan',
    });
    const md = renderMarkdown(m);
    expect(md).toContain('Expected partner types not covered by this scan: PROBATION (Probation Service), CPS (Crown Prosecution Service), PRISON (Prisons), FIRE (Fire and Rescue Services), AMBULANCE (Ambulance Services).');
    expect(md).toContain('Police Reform and Social Responsibility Act 2011');
    expect(md).toContain('score = w\\_harm × harm');
  });

  test('handles an empty scan without throwing (no themes, priorities, documents or plan)', async () => {
    const a = makeAnalysis({ drift: false });
    const input: ReportInput = {
      analysis: { ...a, themes: [], gaps: [], national: [], survey: [], methodology: { ...a.methodology, weights: {} } },
      priorities: [],
      sources: [],
      documents: [],
      failures: [],
    };
    const m = buildNoteModel(input);
    expect(m.keyFigures.documentsScanned).toBe(0);
    const html = renderHtml(m);
    expect(html).toContain('No current plan was supplied');
    expect(html).toContain('No priorities were extracted.');
    expect(renderMarkdown(m)).toContain('## 7 Change since the last scan');
    const docx = await renderDocx(m);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('charts', () => {
  const themes = [
    { label: 'Drugs <& "alcohol">', tier: 'universal' as const, partners: 5, score: 0.9 },
    { label: 'CSE', tier: 'major' as const, partners: 2, score: 0.6 },
    { label: 'Rural crime', tier: 'local' as const, partners: 1, score: 0.2 },
  ];

  test('escape text and carry title, desc and axis labels', () => {
    for (const svg of [themesByPartnersChart(themes), scoreRankingChart(themes)]) {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('Drugs &lt;&amp; &quot;alcohol&quot;&gt;');
      expect(svg).not.toContain('<& "');
      expect(svg).toMatch(/<title id="[^"]+-t">/);
      expect(svg).toMatch(/<desc id="[^"]+-d">/);
    }
    expect(themesByPartnersChart(themes)).toContain('Number of partners citing the theme');
    expect(scoreRankingChart(themes)).toContain('Weighted score');
    expect(escapeXml('a\u0001b')).toBe('ab');
  });

  test('tiers differ in lightness and pattern, so they read in greyscale', () => {
    const l = (['universal', 'major', 'local'] as const).map((t) => luminance(STYLES[t].fill));
    expect(l[0]!).toBeLessThan(l[1]! - 0.15);
    expect(l[1]!).toBeLessThan(l[2]! - 0.15);
    expect(STYLES.major.pattern).not.toBe(STYLES.local.pattern);
    const svg = themesByPartnersChart(themes);
    expect(svg).toContain('url(#fig-partners-p-major)');
    expect(svg).toContain('<pattern id="fig-partners-p-local"');
  });

  test('heat map, drift and scales', () => {
    const hm = heatMapChart({ rows: ['A & B'], cols: ['CSP', 'SAB'], values: [[3, 0]] });
    expect(hm).toContain('A &amp; B');
    expect(hm).toContain('Partner type');
    const dr = driftChart({ fromYear: 2024, toYear: 2025, new: ['X'], rising: [], falling: [], dropped: ['Y', 'Z'] });
    expect(dr).toContain('Change in themes from 2024 to 2025');
    expect(dr).toContain('Number of themes');
    expect(niceScale(7, 5, true)).toEqual({ max: 8, step: 2 });
    expect(niceScale(0.93)).toEqual({ max: 1, step: 0.2 });
    expect(barChart([], { id: 'x', title: 't', desc: 'd', xLabel: 'x', yLabel: 'y' })).toContain('No data');
  });
});
