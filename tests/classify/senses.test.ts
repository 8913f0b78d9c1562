import { describe, expect, it } from 'vitest';
import { loadSenses, markProperNames, prepare } from '../../src/classify/senses.js';
import { loadTaxonomy } from '../../src/classify/index.js';

describe('senses', () => {
  it('every sense names known themes', () => {
    const ids = new Set(loadTaxonomy().themes.map((t) => t.id));
    for (const s of loadSenses()) {
      for (const t of s.not) expect(ids.has(t), `${s.phrase}: ${t}`).toBe(true);
      if (s.theme) expect(ids.has(s.theme), `${s.phrase}: ${s.theme}`).toBe(true);
    }
  });

  it('tells Prevent the strategy from prevent the verb', () => {
    expect(markProperNames('Prevent')).toBe('Prevent strategy');
    expect(markProperNames('Embed Prevent in schools')).toBe('Embed Prevent strategy in schools');
    expect(markProperNames('Deliver the PREVENT programme')).toBe('Deliver the PREVENT programme');
    expect(markProperNames('Support PREVENT in colleges')).toBe('Support Prevent strategy in colleges');
    expect(markProperNames('Prevent burglary')).toBe('Prevent burglary');
    expect(markProperNames('Work to prevent harm')).toBe('Work to prevent harm');
    expect(markProperNames('PREVENT AND REDUCE CRIME')).toBe('PREVENT AND REDUCE CRIME');
  });

  it('drops numbered labels before the statement', () => {
    expect(prepare('Priority 1 – Reduce burglary')).toBe('Reduce burglary');
    expect(prepare('Objective 2: Tackle ASB')).toBe('Tackle ASB');
    expect(prepare('Aim 3. Support victims')).toBe('Support victims');
    expect(prepare('Priority areas for the board')).toBe('Priority areas for the board');
  });
});
