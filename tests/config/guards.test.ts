import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/config/index.js';
import { configErrorOf, writeSourcesYaml as write } from './helpers.js';

/** The error as presented: the file, then each problem with its line and entry. */
const problems = (file: string): string => configErrorOf(() => loadSources(file)).message;

const head = `scan: { name: T, area: Testshire, year: 2025 }\n`;

describe('sources.yaml guards', () => {
  it('allows an anchor reused 150 times', () => {
    const ok = `${head}sources:\n  - &one { id: csp-0, partner: CSP 0, partner_type: CSP, area: A0, year: 2025, path: a.txt }\n${Array.from({ length: 150 }, (_, i) => `  - { <<: *one, id: csp-${i + 1} }\n`).join('')}`;
    const loaded = loadSources(write(ok));
    expect(loaded.config.sources).toHaveLength(151);
  });

  it('rejects a billion-laughs expansion with a clear message', () => {
    let yaml = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 8; i++) yaml += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    expect(problems(write(yaml))).toMatch(/expansion attack/);
  });

  it('refuses a file that is not UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([Buffer.from(`${head}sources:\n  - { id: a, partner: "Caf`), Buffer.from([0xe9]), Buffer.from(`", partner_type: CSP, area: A, year: 2025, path: a.txt }\n`)]);
    expect(problems(write(latin1))).toMatch(/sources\.yaml: line 3: not UTF-8 text \(invalid byte 0xe9\)/);
  });

  it('refuses /dev/zero and a folder without reading them', () => {
    expect(problems('/dev/zero')).toMatch(/not a regular file/);
    expect(problems(tmpdir())).toMatch(/a folder, not a sources file/);
  });

  it('refuses a file over the size cap', () => {
    expect(problems(write(Buffer.alloc(5 * 1024 * 1024, 0x20)))).toMatch(/over the 1024 KB limit for a sources file/);
  });

  it('reports an invalid scan.scoring when the file is loaded, before any document is read', () => {
    const yaml = `scan: { name: T, area: Testshire, year: 2025, scoring: { tiers: { universal: { partnerShare: 7 } } } }\nsources:\n  - { id: a, partner: A, partner_type: CSP, area: A, year: 2025, path: a.txt }\n`;
    expect(problems(write(yaml))).toMatch(/scan › scoring › tiers\.universal\.partnerShare/);
  });
});
