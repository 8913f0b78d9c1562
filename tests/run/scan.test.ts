import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { preparedCorpus, runCli, type CliResult } from './helpers.js';

function csv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
}

describe('planscan run on the sample corpus (end to end, real CLI)', () => {
  let dir: string;
  let first2024: CliResult;
  let first2025: CliResult;
  let second2025: CliResult;
  let noteAfterFirst: string;
  let noteAfterSecond: string;
  const note = () => readFileSync(path.join(dir, 'output', '2025', 'briefing-note.md'), 'utf8');
  beforeAll(async () => {
    // 2024 then 2025 scanned once for the whole test run (shared with the analyst's-year test).
    const prepared = await preparedCorpus();
    dir = prepared.dir;
    first2024 = prepared.runs.run2024;
    first2025 = prepared.runs.run2025;
    noteAfterFirst = note();
    second2025 = await runCli(['run'], { cwd: dir });
    noteAfterSecond = note();
  }, 300_000);

  it('completes and writes every output', () => {
    expect(first2024.code, first2024.stderr).toBe(0);
    expect(first2025.code, first2025.stderr).toBe(0);
    for (const f of ['briefing-note.md', 'briefing-note.html', 'briefing-note.docx', 'priorities.csv', 'themes.csv', 'gaps.csv', 'errors.csv', 'scan.json']) {
      expect(existsSync(path.join(dir, 'output', '2025', f)), f).toBe(true);
    }
  });

  it('priorities.csv and themes.csv have the agreed columns and real rows', () => {
    const priorities = csv(path.join(dir, 'output', '2025', 'priorities.csv'));
    expect(priorities.length).toBeGreaterThan(30);
    for (const col of ['source_id', 'partner', 'partner_type', 'area', 'year', 'page', 'section', 'text', 'kind', 'theme', 'confidence']) {
      expect(Object.keys(priorities[0]!)).toContain(col);
    }
    // Cues are held in the store during the scan and read back for priorities-cues.csv: none lost.
    const cued = new Set(csv(path.join(dir, 'output', '2025', 'priorities-cues.csv')).filter((c) => /^(lexicon|model)$/.test(c.cue_source!)).map((c) => c.priority_id));
    expect(priorities.filter((p) => !cued.has(p.priority_id))).toEqual([]);
    const themes = csv(path.join(dir, 'output', '2025', 'themes.csv'));
    for (const col of ['theme', 'kind', 'partners', 'partner_types', 'areas', 'tier', 'in_plan', 'plan_quote', 'harm', 'prevalence', 'trend', 'score', 'plan_coverage', 'plan_page']) {
      expect(Object.keys(themes[0]!)).toContain(col);
    }
    const gaps = csv(path.join(dir, 'output', '2025', 'gaps.csv'));
    for (const col of ['theme', 'kind', 'tier', 'score', 'reason']) expect(Object.keys(gaps[0] ?? Object.fromEntries([[col, '']]))).toContain(col);
  });

  it('finds the story the corpus was written to tell: 2025 needs a refresh for county lines and knife crime', () => {
    const scan = JSON.parse(readFileSync(path.join(dir, 'output', '2025', 'scan.json'), 'utf8'));
    expect(scan.recommendation.decision).toBe('refresh');
    const reasons = scan.recommendation.reasons.map((r: { text: string }) => r.text).join(' ').toLowerCase();
    expect(reasons).toMatch(/county lines|gangs/);
    const gaps = csv(path.join(dir, 'output', '2025', 'gaps.csv')).map((g) => g.theme);
    expect(gaps).toContain('gangs_county_lines');
    expect(gaps).toContain('knife_weapons');
    const themes = csv(path.join(dir, 'output', '2025', 'themes.csv'));
    const da = themes.find((t) => t.theme === 'domestic_abuse');
    expect(da?.in_plan).toBe('yes');
  });

  it('2024 needs no refresh (the story in corpus/README.md)', () => {
    const scan = JSON.parse(readFileSync(path.join(dir, 'output', '2024', 'scan.json'), 'utf8'));
    expect(scan.recommendation.decision).not.toBe('refresh');
  });

  it('reports change since 2024: county lines new or rising, rural crime dropped', () => {
    const scan = JSON.parse(readFileSync(path.join(dir, 'output', '2025', 'scan.json'), 'utf8'));
    expect(scan.drift?.fromYear).toBe(2024);
    expect([...scan.drift.new, ...scan.drift.rising]).toContain('gangs_county_lines');
    expect(scan.drift.dropped).toContain('rural_crime');
  });

  it('a second run re-parses nothing', () => {
    expect(second2025.code, second2025.stderr).toBe(0);
    expect(second2025.stderr).toMatch(/\(0 parsed, \d+ unchanged\)/);
  });

  it('history does not list the unchanged rerun as a new run; --all does, naming the run it repeats', async () => {
    const listed = JSON.parse((await runCli(['history', '--json'], { cwd: dir })).stdout) as Array<{ id: string; year: number; unchangedReruns: number }>;
    expect(listed.map((r) => r.year)).toEqual([2024, 2025]);
    expect(listed[1]!.unchangedReruns).toBe(1);
    const all = JSON.parse((await runCli(['history', '--all', '--json'], { cwd: dir })).stdout) as Array<{ id: string; sameAs: string | null }>;
    expect(all).toHaveLength(3);
    expect(all[2]!.sameAs).toBe(listed[1]!.id);
    const table = await runCli(['history'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout.trim().split('\n')).toHaveLength(2 + 2);
  });

  it('an unchanged rerun keeps the reports of the run it matches; --force or a changed input rewrites them', async () => {
    const firstRun = /Scan 2025 \(run ([^)]+)\)/.exec(first2025.stderr)?.[1];
    expect(firstRun).toBeDefined();
    expect(second2025.stderr).toContain(`Nothing changed since run ${firstRun}`);
    expect(second2025.stderr).toMatch(/Recommendation: refresh/);
    expect(noteAfterSecond).toBe(noteAfterFirst); // same run id inside: not rewritten

    const forced = await runCli(['run', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).not.toContain('Nothing changed');
    const forcedRun = /Scan 2025 \(run ([^)]+)\)/.exec(forced.stderr)?.[1]!;
    expect(note()).toContain(forcedRun);

    // A changed sources.yaml (the scan renamed) changes the inputs: the reports are written again.
    const sources = path.join(dir, 'sources.yaml');
    const yaml = readFileSync(sources, 'utf8');
    const changed = yaml.replace('name: Example Valley Police and Crime Plan review', 'name: Example Valley plan review (renamed)');
    expect(changed).not.toBe(yaml);
    writeFileSync(sources, changed);
    const after = await runCli(['run'], { cwd: dir });
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).not.toContain('Nothing changed');
    expect(note()).toContain('Example Valley plan review (renamed)');
    writeFileSync(sources, yaml);
  }, 120_000);
});

describe('planscan classify', () => {
  it('--stdin --json prints one JSON object per statement', async () => {
    const input = 'Tackle domestic abuse and coercive control\nRaise public awareness of scams\n\nImprove the quality assurance of case files\n';
    const r = await runCli(['classify', '--stdin', '--json'], { input });
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['text', 'kind', 'theme', 'confidence', 'cues']));
      expect(row.cues.length).toBeGreaterThan(0);
    }
    expect(rows[0].theme).toBe('domestic_abuse');
    expect(rows[2].kind).toBe('internal_process');
  });

  it('--partner-type classifies as a scan does for a document of that type; an unknown type exits 2', async () => {
    const { loadClassifier } = await import('../../src/classify/index.js');
    const classifier = loadClassifier();
    const text = 'Reducing fires through education in schools';
    for (const type of ['FIRE', 'csp']) {
      const r = await runCli(['classify', '--json', '--partner-type', type, text]);
      expect(r.code, r.stderr).toBe(0);
      const want = classifier.classify(text, { partnerType: type.toUpperCase() });
      expect(JSON.parse(r.stdout)).toMatchObject({ kind: want.kind, theme: want.theme });
    }
    const bad = await runCli(['classify', '--partner-type', 'brigade', text]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--partner-type: 'brigade' is not a partner type/);
    expect(bad.stderr).toContain('FIRE');
  });

  it('a missing sources.yaml exits 2 naming the file and pointing to --sources and init', async () => {
    const r = await runCli(['run', '--sources', 'does-not-exist.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('planscan run: does-not-exist.yaml: no such file');
    expect(r.stderr).toMatch(/hint: pass --sources FILE, or draft one .* 'planscan init DIR'/);
  });
});
