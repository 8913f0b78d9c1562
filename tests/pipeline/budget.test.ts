import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPipeline, makeScan, SAMPLE, tempDir } from './helpers.js';

/**
 * Issue 18 #2: every document is read under a budget. The built pipeline (dist/) reads each
 * document in a worker thread with a deadline; a document over it fails on its own (too-slow /
 * too-complex, with a hint) and the scan goes on.
 */
describe('documents over budget', () => {
  it('100,000 nested <div>s is too-complex at once; a 40 MB text is stopped by its deadline; the others are read', async () => {
    const { runScan } = await builtPipeline();
    const sentence = 'The partnership will reduce serious violence and knife crime in the town centre. ';
    let huge = '';
    while (huge.length < 40e6) huge += `Section ${huge.length}\n\n${sentence.repeat(4)}\n\n`;
    const dir = makeScan([
      ...SAMPLE.slice(0, 2),
      { id: 'deep-html', file: 'bad/deep.html' },
      { id: 'huge-text', file: 'bad/huge.txt' },
    ], {
      'bad/deep.html': `<html><body>${'<div>'.repeat(100_000)}Knife crime is a priority.${'</div>'.repeat(100_000)}</body></html>`,
      'bad/huge.txt': huge,
    });
    const out = tempDir('budget-out');
    const t0 = performance.now();
    const result = await runScan({ sources: path.join(dir, 'sources.yaml'), out, db: path.join(out, 'planscan.db'), concurrency: 2, documentTimeoutMs: 3000 });
    const elapsed = performance.now() - t0;
    const byId = new Map(result.failures.filter((f) => f.level === 'error').map((f) => [f.sourceId, f]));
    expect(byId.get('deep-html')).toMatchObject({ stage: 'parse', code: 'too-complex' });
    expect(byId.get('deep-html')?.message).toMatch(/nested more than 1000 levels deep/);
    expect(byId.get('huge-text')).toMatchObject({ code: 'too-slow' });
    expect(byId.get('huge-text')?.message).toMatch(/took longer than 3 s/);
    expect(byId.get('huge-text')?.hint).toMatch(/split it/);
    expect([...byId.keys()].sort()).toEqual(['deep-html', 'huge-text']);
    // The plan and both good partners were read; the scan finished with a decision.
    expect(result.documents).toBe(3);
    expect(result.decision).not.toBe('');
    // Bounded: the huge document cost its deadline, not its full reading time.
    expect(elapsed).toBeLessThan(60_000);
  }, 120_000);
});
