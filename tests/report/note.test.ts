/** The brief and the note built from it: numeric refs, merged gaps, page 1, commentary, names never ids. */
import { describe, expect, test } from 'vitest';
import { buildBrief, buildNote, inlineText, parseCommentary, refGroups, refsText, weightName, type Block, type Note } from '../../src/report/index.js';
import { barChart, driftChart, escapeXml, heatMapChart, niceScale, STYLES, themesByPartnersChart, wrapLabel } from '../../src/report/charts.js';
import { makeInput } from './fixture.js';

const allText = (n: Note): string =>
  [...n.front, ...n.body, ...n.annexes]
    .flatMap((s) => [s.title, ...s.blocks.map(blockText)])
    .join('\n');
function blockText(b: Block): string {
  if (b.type === 'paragraph') return inlineText(b.content);
  if (b.type === 'list') return b.items.map(inlineText).join('\n');
  if (b.type === 'table') return [b.caption, ...b.header, ...[...b.rows].map((r) => r.map(inlineText).join(' | '))].join('\n');
  if (b.type === 'box') return [b.title, ...b.rows].join('\n');
  return b.caption;
}

describe('evidence refs', () => {
  test('are numbers, grouped into ranges of three or more', () => {
    expect(refGroups([7, 1, 2, 3, 9, 10])).toEqual([{ from: 1, to: 3 }, { from: 7 }, { from: 9 }, { from: 10 }]);
    expect(refsText([4, 5, 6, 8])).toBe('[4–6, 8]');
  });

  test('partner rows come first, then survey, national, plan; each reason cites its priorities', () => {
    const b = buildBrief(makeInput());
    const roles = b.evidence.map((e) => e.role);
    expect(roles.indexOf('survey')).toBeGreaterThan(roles.lastIndexOf('partner'));
    expect(roles.indexOf('current_plan')).toBe(roles.length - 1);
    expect(b.evidence.map((e) => e.ref)).toEqual(b.evidence.map((_, i) => i + 1));
    const n = buildNote(b);
    const reasons = n.front[1]!.blocks.find((x) => x.type === 'list')!;
    const first = (reasons as Extract<Block, { type: 'list' }>).items[0]!;
    const refs = first.flatMap((i) => (i.t === 'refs' ? i.refs : []));
    expect(refs.map((r) => b.evidence[r - 1]!.priorityId).sort()).toEqual(['p019', 'p028']);
  });
});

describe('brief', () => {
  test('business themes only in the tiers; methods apart; gaps merged by theme, highest score first', () => {
    const b = buildBrief(makeInput());
    const tiered = Object.values(b.tiers).flat().map((x) => x.kind);
    expect(tiered.every((k) => k === 'crime' || k === 'target_group')).toBe(true);
    expect(b.methods.map((x) => x.theme).sort()).toEqual(['public_awareness', 'quality_assurance']);
    expect(b.figures.themes).toBe(tiered.length);
    expect(new Set(b.gaps.map((g) => g.theme)).size).toBe(b.gaps.length);
    expect(b.gaps.map((g) => g.score)).toEqual([...b.gaps.map((g) => g.score)].sort((x, y) => y - x));
    expect(b.figures.failedDocuments).toBe(1);
    expect(b.figures.warnings).toBe(1);
  });

  test('an empty scan builds without throwing', () => {
    const input = makeInput({ drift: false });
    input.analysis = { ...input.analysis, themes: [], gaps: [], national: [], survey: [] };
    input.priorities = [];
    input.documents = [];
    expect(() => buildNote(buildBrief(input))).not.toThrow();
  });
});

describe('note', () => {
  const input = makeInput();
  const note = buildNote(buildBrief(input));
  const text = allText(note);

  test('page 1: cover from scan.note with defaults, long date, reasons and the decision box', () => {
    expect(note.cover.author).toBe('A. Analyst, OPCC');
    expect(note.cover.marking).toBe('OFFICIAL');
    expect(note.cover.date).toBe('23 November 2025');
    expect(note.front.map((s) => s.number)).toEqual(['1', '2']);
    expect(note.front[1]!.blocks.some((b) => b.type === 'box')).toBe(true);
    const summary = note.front[0]!.blocks.map(blockText).join(' ');
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(150);
    expect(summary).toContain('Reading CSP plan was a draft');
  });

  test('numbered paragraphs; annexes A–D', () => {
    const nums = note.body.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'paragraph' && b.num ? [b.num] : [])));
    expect(nums[0]).toBe('3.1');
    expect(note.annexes.map((s) => s.number)).toEqual(['Annex A', 'Annex B', 'Annex C', 'Annex D']);
  });

  test('no theme id and no config key or score-part debug anywhere in the text', () => {
    for (const t of input.analysis.themes) if (t.theme.includes('_')) expect(text).not.toContain(t.theme);
    const body = allText({ ...note, annexes: [] });
    expect(body).not.toMatch(/Score parts|partnerPrevalence|harm\.scales|\bw_harm\b/);
    expect(text).not.toMatch(/Score parts|partnerPrevalence|harm\.scales/);
  });

  test('commentary lands in its named section', () => {
    expect(note.body.find((s) => s.id === 'gaps')!.blocks.map(blockText).join(' ')).toContain('regional counter-terrorism unit');
  });

  test('timetable counts from the note date and the election', () => {
    const rows = [...(note.annexes[0]!.blocks[1] as Extract<Block, { type: 'table' }>).rows].map((r) => r.map(inlineText));
    expect(rows[0]).toEqual(['Briefing note to the PCC', '23 November 2025']);
    expect(rows.find((r) => r[0]!.startsWith('PCC decision'))![1]).toBe('7 December 2025');
    expect(rows.at(-1)![1]).toBe('31 March 2029');
  });
});

describe('settings and words', () => {
  test('commentary.md: text before a heading is the summary; headings name sections', () => {
    expect(parseCommentary('Lead words.\n\n## Gaps against the plan\nGap words.\n## Change since last year\nMoved.')).toEqual({
      summary: 'Lead words.', gaps: 'Gap words.', change: 'Moved.',
    });
  });

  test('weights have plain names', () => {
    expect(weightName('harm.scales.ons_css.floor')).toBe('Lowest weight on the ONS Crime Severity Score harm index (impact 1)');
    expect(weightName('tiers.major.orPartners')).toMatch(/^Major tier/);
  });
});

/** Relative luminance of a #rrggbb colour (WCAG). */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

describe('charts', () => {
  const themes = [
    { label: 'Drugs <& "alcohol">', tier: 'universal' as const, partners: 5, score: 0.9 },
    { label: 'CSE', tier: 'major' as const, partners: 2, score: 0.6 },
    { label: 'Rural crime', tier: 'local' as const, partners: 1, score: 0.2 },
  ];

  test('escape text and carry title, desc and axis labels; "other" is one plain bar', () => {
    const svg = themesByPartnersChart(themes, { label: 'Other themes (12)', partners: 7 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Drugs &lt;&amp; &quot;alcohol&quot;&gt;');
    expect(svg).not.toContain('<& "');
    expect(svg).toMatch(/<title id="[^"]+-t">/);
    expect(svg).toMatch(/<desc id="[^"]+-d">/);
    expect(svg).toContain('Number of partners citing the theme');
    expect(svg).toContain('Other themes (12)');
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

  test('drift chart names the themes that moved; scales', () => {
    const dr = driftChart([{ label: 'Knife crime', change: 'new', partners: 6 }, { label: 'Rural crime', change: 'dropped', partners: 0 }], 2024, 2025);
    expect(dr).toContain('Themes that moved from 2024 to 2025');
    expect(dr).toContain('Knife crime');
    expect(dr).toContain('Partners citing the theme in 2025');
    expect(niceScale(7, 5, true)).toEqual({ max: 8, step: 2 });
    expect(niceScale(0.93)).toEqual({ max: 1, step: 0.2 });
    expect(barChart([], { id: 'x', title: 't', desc: 'd', xLabel: 'x', yLabel: 'y' })).toContain('No data');
  });

  test('labels wrap instead of being cut', () => {
    const lines = wrapLabel('Gangs, county lines and criminal exploitation of children', 20);
    expect(lines.join(' ')).toBe('Gangs, county lines and criminal exploitation of children');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(20);
  });

  test('heat map shows shares of each partner type, with the type sizes', () => {
    const svg = heatMapChart({ rows: ['Domestic abuse'], cols: ['CSP', 'SAB'], colTotals: [4, 1], shares: [[0.75, 1]] });
    expect(svg).toContain('75%');
    expect(svg).toContain('n=4');
  });
});

describe('commentary kept across reruns', () => {
  test('scan.note and commentary.md beside sources.yaml are read from the inputs, not the output', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadNoteSettings } = await import('../../src/report/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'planscan-commentary-'));
    const sources = join(dir, 'sources.yaml');
    const scan = { name: 'x', area: 'A', year: 2025, next_election: '2028-05-04', note: { owner: 'OPCC A', commentary: { gaps: 'From yaml.' } } };
    expect(loadNoteSettings(scan, sources)).toEqual({ owner: 'OPCC A', nextElection: '2028-05-04', commentary: { gaps: 'From yaml.' } });
    await writeFile(join(dir, 'commentary.md'), 'Summary words.\n\n## Change since last year\nMoved on.\n');
    const s = loadNoteSettings(scan, sources);
    expect(s.commentary).toEqual({ gaps: 'From yaml.', summary: 'Summary words.', change: 'Moved on.' });
    const n = buildNote(buildBrief({ ...makeInput(), note: s }));
    expect(n.body.find((x) => x.id === 'change')!.blocks.map(blockText).join(' ')).toContain('Moved on.');
  });
});
