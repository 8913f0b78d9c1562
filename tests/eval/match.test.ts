import { describe, expect, it } from 'vitest';
import { contentWords, coverage, matches, stem } from '../../src/eval/match.js';
import { parseEvalDoc, sourceFromHeader } from '../../src/eval/header.js';
import { SourceEntry } from '../../src/schema/index.js';

describe('eval matching rule', () => {
  it('drops stop words and short words and strips suffixes', () => {
    expect(contentWords('Reducing the harm of drugs in our towns')).toEqual(['reduc', 'harm', 'drug', 'town']);
    expect(stem('priorities')).toBe(stem('priority'));
    expect(stem('reduced')).toBe(stem('reduces'));
  });
  it('matches at 60% of the labelled words, or containment', () => {
    expect(matches('preventing and reducing crime', 'reducing crime')).toBe(true); // containment
    expect(matches('Reduce harm caused by domestic abuse', 'Reducing the harm caused by domestic abuse in Testshire')).toBe(true);
    expect(coverage('tackling knife crime and gangs', 'knife crime')).toBeCloseTo(0.5);
    expect(matches('tackling knife crime and youth gangs', 'knife crime in parks')).toBe(false);
    expect(matches('fraud', '')).toBe(false);
  });
});

describe('eval document header', () => {
  it('parses the header and builds a valid SourceEntry ("unknown" year from the file name)', () => {
    const { header, body } = parseEvalDoc('source: x\ntitle: T\npartner: P\npartner_type: csp\narea: A\nyear: unknown\n---\nText here.\n');
    expect(header).toMatchObject({ title: 'T', partner: 'P', partner_type: 'csp', year: 'unknown' });
    expect(body.trim()).toBe('Text here.');
    const s = sourceFromHeader('099-a-csp-2019.txt', header);
    expect(SourceEntry.safeParse(s).success).toBe(true);
    expect(s).toMatchObject({ id: '099-a-csp-2019', partner_type: 'CSP', year: 2019 });
  });
});
