import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/config/index.js';
import { configErrorOf, writeSourcesYaml as write } from './helpers.js';

const good = `
scan:
  name: Test review
  area: Test Valley
  year: 2025
  current_plan: plan
sources:
  - id: plan
    role: current_plan
    partner: Office of the PCC
    partner_type: OPCC
    area: Test Valley
    doc_type: police_and_crime_plan
    year: 2021
    path: plan.pdf
  - id: csp-a
    partner: A Community Safety Partnership
    partner_type: CSP
    area: A
    year: 2025
    path: a.txt
  - id: csp-a-2024
    partner: A Community Safety Partnership
    partner_type: CSP
    area: A
    year: 2024
    url: http://127.0.0.1:1/a.html
`;

function problemsOf(yaml: string): string[] {
  return configErrorOf(() => loadSources(write(yaml))).problems;
}

describe('loadSources', () => {
  it('reads a valid file, defaults role, and picks the scan year', () => {
    const loaded = loadSources(write(good));
    expect(loaded.year).toBe(2025);
    expect(loaded.currentPlanId).toBe('plan');
    expect(loaded.sources.map((s) => s.id)).toEqual(['plan', 'csp-a']);
    expect(loaded.sources[1]?.role).toBe('partner');
    expect(loaded.years).toEqual([2024, 2025]);
  });

  it('--year selects another scan year from the same file', () => {
    const loaded = loadSources(write(good), { year: 2024 });
    expect(loaded.sources.map((s) => s.id)).toEqual(['plan', 'csp-a-2024']);
  });

  it('names the entry and the field of a bad value', () => {
    const problems = problemsOf(good.replace('partner_type: CSP\n    area: A\n    year: 2025', 'partner_type: CPSS\n    area: A\n    year: 2025'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sources\[1\] \(id: csp-a\) › partner_type: /);
  });

  it('names a missing required field', () => {
    const problems = problemsOf(good.replace('    partner: A Community Safety Partnership\n    partner_type: CSP\n    area: A\n    year: 2025', '    partner_type: CSP\n    area: A\n    year: 2025'));
    expect(problems.some((p) => p.startsWith('sources[1] (id: csp-a) › partner:'))).toBe(true);
  });

  it('rejects an entry with both path and url', () => {
    const problems = problemsOf(good.replace('    path: a.txt', '    path: a.txt\n    url: https://example.org/a'));
    expect(problems.join('\n')).toMatch(/sources\[1\] \(id: csp-a\) › path: give exactly one of `path` or `url`/);
  });

  it('rejects duplicate ids and an unknown current plan', () => {
    const problems = problemsOf(good.replace('id: csp-a-2024', 'id: csp-a').replace('current_plan: plan\n', 'current_plan: nope\n'));
    expect(problems.join('\n')).toMatch(/duplicate source id/);
    expect(problems.join('\n')).toMatch(/current_plan: no source has id "nope"/);
  });

  it('says which file has a YAML syntax error', () => {
    const file = write('scan: [unclosed\n');
    expect(() => loadSources(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 2: YAML syntax`));
  });

  it('says when the file is missing', () => {
    expect(() => loadSources('/nonexistent/sources.yaml')).toThrow(/sources\.yaml: no such file/);
  });

  it('says when a year has no sources', () => {
    expect(() => loadSources(write(good), { year: 2019 })).toThrow(/no sources for scan year 2019 \(years in the file: 2024, 2025; 2 listed but left out\)/);
  });

  it('one current document per partner: older superseded, later ones future, the office\'s own left out', () => {
    const yaml = `${good}  - id: csp-a-2026
    partner: A Community Safety Partnership
    partner_type: CSP
    area: A
    year: 2026
    path: a26.txt
  - id: opcc-annual
    partner: Office of the PCC
    partner_type: OPCC
    area: Test Valley
    year: 2025
    path: own.txt
`;
    const loaded = loadSources(write(yaml));
    expect(loaded.sources.map((s) => s.id)).toEqual(['plan', 'csp-a']);
    expect(loaded.leftOut.map((e) => [e.id, e.status, e.reason])).toEqual([
      ['csp-a-2024', 'superseded', 'superseded by csp-a (2025)'],
      ['csp-a-2026', 'future', 'dated 2026, after the scan year 2025'],
      ['opcc-annual', 'own_document', "the office's own document: not a partner's priorities"],
    ]);
    // --year 2024: the 2024 document is current; both later ones are future.
    const y24 = loadSources(write(yaml), { year: 2024 });
    expect(y24.sources.map((s) => s.id)).toEqual(['plan', 'csp-a-2024']);
    expect(y24.leftOut.filter((e) => e.status === 'future').map((e) => e.id)).toEqual(['csp-a', 'csp-a-2026']);
  });
});
