// Statements that are not priorities: no confident business theme is claimed for them.
import { describe, expect, it } from 'vitest';
import { loadClassifier } from '../../../src/classify/index.js';
import { caseTable } from './table.js';

const notPriorities = [
  'This note summarises the national priorities for tackling crime',
  'The figures in this section cover the twelve months to March',
  'Further copies of this plan can be requested from the council',
  'Chapter two describes how we consulted residents',
];

caseTable('not priorities', {
  invalid: [
    { text: notPriorities[0]!, notTheme: 'governance_performance' },
    { text: notPriorities[1]!, notKind: 'crime' },
    { text: notPriorities[2]!, notKind: 'crime' },
  ],
});

describe('not priorities: confidence', () => {
  it('gives them lower confidence than a plain priority', () => {
    const c = loadClassifier();
    const plain = c.classify('Reduce domestic burglary').confidence;
    for (const t of notPriorities) expect(c.classify(t).confidence, t).toBeLessThan(plain);
  });
});
