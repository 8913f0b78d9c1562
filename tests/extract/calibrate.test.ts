import { describe, expect, it } from 'vitest';
import { defaultModel, extractPriorities } from '../../src/extract/index.js';
import { referenceChars } from '../../src/extract/calibrate.js';
import { docOf } from './helpers.js';

const NARRATIVE = [
  'Reducing burglary remains a priority for the partnership, and officers visited every victim in the spring.',
  'The partnership met six times during the year and received reports from the analysts on violence and anti-social behaviour.',
  'We will continue to support victims of domestic abuse through the advocacy service, which saw more referrals than last year.',
  'Residents told the survey that they feel less safe in the town centre after dark, especially women and older people.',
];

/** A plan that introduces its priority list, followed by `paragraphs` paragraphs of narrative. */
function plan(paragraphs: number) {
  return docOf([
    { kind: 'heading', text: 'Our priorities for 2025 to 2028', level: 2 },
    { kind: 'paragraph', text: 'The partnership has agreed the following four priorities:' },
    { kind: 'list_item', text: 'Reducing serious violence', marker: '•' },
    { kind: 'list_item', text: 'Tackling domestic abuse', marker: '•' },
    { kind: 'list_item', text: 'Protecting children from exploitation', marker: '•' },
    { kind: 'list_item', text: 'Cutting anti-social behaviour in town centres', marker: '•' },
    { kind: 'heading', text: 'The year in review', level: 2 },
    ...Array.from({ length: paragraphs }, (_, k) => ({ kind: 'paragraph' as const, text: `${NARRATIVE[k % NARRATIVE.length]} (${k + 1})` })),
  ]);
}

describe('document-level calibration (src/extract/calibrate.ts)', () => {
  it('reads the reference length as the upper quartile of the training documents', () => {
    expect(referenceChars([100, 200, 300, 400, 500])).toBe(400);
    expect(referenceChars([])).toBe(0);
    expect(defaultModel().trainedOn.referenceChars).toBeGreaterThan(500);
  });

  it('leaves a document no longer than the training documents as the model scores it', () => {
    const ps = extractPriorities(plan(2));
    expect(ps.some((p) => p.reasons.some((r) => r.startsWith('doc-length:')))).toBe(false);
  });

  it('keeps the introduced priority list of a long document and drops the narrative around it, saying why', () => {
    const short = extractPriorities(plan(4)).filter((p) => /^learned:(?:paragraph|sentence|rule)$/.test(p.rule));
    const long = extractPriorities(plan(160));
    const texts = long.map((p) => p.text);
    for (const t of ['Reducing serious violence', 'Tackling domestic abuse', 'Protecting children from exploitation', 'Cutting anti-social behaviour in town centres']) expect(texts).toContain(t);
    // the same sentences that a short document yields are narrative in a long one
    expect(short.length).toBeGreaterThan(0);
    expect(long.filter((p) => /^learned:(?:paragraph|sentence|rule)$/.test(p.rule))).toEqual([]);
    expect(long.length).toBeLessThanOrEqual(6);
    expect(long.every((p) => p.reasons.length > 1)).toBe(true);
  });
});
