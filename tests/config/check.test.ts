import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSourcesText, ConfigError, loadSources } from '../../src/config/index.js';
import { runScan } from '../../src/pipeline/index.js';
import { cli } from '../cli/helpers.js';
import { tempDir } from '../shared-fixtures.js';
import { configErrorOf as errorOf, writeSourcesYaml as write } from './helpers.js';

const lines = [
  'scan:',
  '  name: Test review',
  '  area: Test Valley',
  '  year: 2025',
  'sources:',
  '  - id: csp-a',
  '    partner: A Community Safety Partnership',
  '    partner_type: CSP',
  '    area: A',
  '    year: 2025',
  '    path: a.txt',
  '  - id: csp-b',
  '    partner: B Community Safety Partnership',
  '    partner_type: CSP',
  '    area: B',
  '    year: 2025',
  '    path: b.txt',
];
const yamlWith = (edit: (l: string[]) => void): string => {
  const copy = [...lines];
  edit(copy);
  return `${copy.join('\n')}\n`;
};
/** 1-based line of the first line starting with `start` after line `after`. */
const lineOf = (text: string, start: string, after = 0): number => text.split('\n').findIndex((l, i) => i >= after && l.startsWith(start)) + 1;

describe('one checker for sources.yaml: each problem names the file, the entry and the line', () => {
  it('a bad value: the entry by id, the field, and the line the value is on', () => {
    const text = yamlWith((l) => (l[13] = '    partner_type: CPSS'));
    const file = write(text);
    const err = errorOf(() => loadSources(file));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ where: 'sources[1] (id: csp-b) › partner_type', line: lineOf(text, '    partner_type: CPSS') });
    expect(err.message).toBe(`${file}: line 14: sources[1] (id: csp-b) › partner_type: ${err.issues[0]!.message}`);
  });

  it('a missing field: the line of the entry it is missing from', () => {
    const text = yamlWith((l) => l.splice(12, 1)); // csp-b loses its partner
    const { problems } = checkSourcesText(text);
    expect(problems).toEqual([expect.objectContaining({ where: 'sources[1] (id: csp-b) › partner', line: lineOf(text, '  - id: csp-b') })]);
  });

  it('a duplicate id: the line of the second use', () => {
    const text = yamlWith((l) => (l[11] = '  - id: csp-a'));
    const { problems } = checkSourcesText(text);
    expect(problems).toEqual([{ where: 'sources[1] (id: csp-a) › id', message: 'duplicate source id (first used at sources[0])', line: 12 }]);
  });

  it('every current_plan is checked, a per-year one too, whichever year is scanned', () => {
    const text = yamlWith((l) => l.splice(4, 0, '  years:', '    "2024": { current_plan: plan-2024 }'));
    const err = errorOf(() => loadSources(write(text)));
    expect(err.problems).toEqual(['scan.years.2024 › current_plan: no source has id "plan-2024"']);
    expect(err.issues[0]!.line).toBe(6);
  });

  it('a YAML syntax error and an invalid scan.scoring are located too', () => {
    const broken = checkSourcesText('scan:\n  name: x\n  area: [y\nsources: []\n').problems;
    expect(broken[0]!.message).toMatch(/^YAML syntax: /);
    expect(broken[0]!.line).toBeGreaterThanOrEqual(3);
    const text = yamlWith((l) => l.splice(4, 0, '  scoring:', '    tiers:', '      universal: { partnerShare: 7 }'));
    const err = errorOf(() => loadSources(write(text)));
    expect(err.issues).toEqual([expect.objectContaining({ where: 'scan › scoring › tiers.universal.partnerShare', line: 7 })]);
  });

  it('several problems: one line each, under the file', () => {
    const text = yamlWith((l) => {
      l[7] = '    partner_type: NOPE';
      l[13] = '    partner_type: CPSS';
    });
    const file = write(text);
    const err = errorOf(() => loadSources(file));
    const shown = err.message.split('\n');
    expect(shown[0]).toBe(`${file}: 2 problems`);
    expect(shown.slice(1).map((s) => /^ {2}- line (\d+): (sources\[\d\])/.exec(s)?.slice(1))).toEqual([['8', 'sources[0]'], ['14', 'sources[1]']]);
  });
});

describe('the CLI, the pipeline and the config loader say the same about a sources path', () => {
  const dir = tempDir('config');
  const big = path.join(dir, 'big.yaml');
  writeFileSync(big, `# ${'x'.repeat(1024 * 1024)}\n`);
  const notUtf8 = write(Buffer.from([0x73, 0x63, 0x61, 0x6e, 0x3a, 0x20, 0xe9, 0x0a]));

  it.each([
    ['missing', path.join(dir, 'nowhere.yaml'), /: no such file$/],
    ['a folder', dir, /: a folder, not a sources file$/],
    ['a device', '/dev/zero', /: not a regular file \(a device, pipe or socket\)$/],
    ['too large', big, /: \d+ bytes, over the 1024 KB limit for a sources file$/],
  ])('%s', async (_what, sources, message) => {
    const fromConfig = errorOf(() => loadSources(sources));
    expect(fromConfig.message).toMatch(message);
    expect(fromConfig.hint).toBeTruthy();
    const fromPipeline = await runScan({ sources, out: path.join(dir, 'out'), db: path.join(dir, 'out', 'planscan.db') }).catch((e: unknown) => e);
    expect(fromPipeline).toBeInstanceOf(ConfigError);
    expect((fromPipeline as ConfigError).message).toBe(fromConfig.message);
    const r = await cli(['run', '--sources', sources, '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`planscan run: ${fromConfig.message}\nhint: ${fromConfig.hint}\n`);
  });

  it('a file that is not UTF-8 reaches the loader, which names the line', () => {
    expect(errorOf(() => loadSources(notUtf8)).message).toBe(`${notUtf8}: line 1: not UTF-8 text (invalid byte 0xe9)`);
  });
});
