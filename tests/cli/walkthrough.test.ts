/**
 * The README's "An analyst's year", run as written (every `planscan` line of its code block, in
 * order) on a copy of the sample corpus's documents: it must scan those documents, from the
 * sources.yaml that init wrote beside them.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempDir } from '../run/helpers.js';

/** The `planscan …` command lines of the first sh block under "## An analyst's year", comments removed. */
function walkthrough(): string[][] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## An analyst's year"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('planscan '))
    .map((l) => l.split(/\s+/).slice(1));
}

describe("the README's analyst walkthrough, as written", () => {
  it('scans the documents in partner-docs/ that init listed, and every later step works on them', async () => {
    const steps = walkthrough();
    expect(steps.map((s) => s[0])).toEqual(['init', 'run', 'review', 'review', 'eval', 'train', 'run', 'drift', 'history']);
    const dir = tempDir('walkthrough');
    const docs = path.join(dir, 'partner-docs');
    mkdirSync(docs);
    for (const sub of ['2025', 'plan']) cpSync(path.join(repoRoot, 'corpus', sub), docs, { recursive: true });
    const files = readdirSync(docs).sort();

    for (const args of steps) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, `planscan ${args.join(' ')}\n${r.stderr}`).toBe(0);
    }

    // init wrote partner-docs/sources.yaml listing every document; nothing else could be scanned.
    expect(existsSync(path.join(dir, 'sources.yaml'))).toBe(false);
    const listed = parseYaml(readFileSync(path.join(docs, 'sources.yaml'), 'utf8')) as { sources: Array<{ id: string; path: string }> };
    expect(listed.sources.map((s) => s.path).sort()).toEqual(files.filter((f) => f !== 'sources.yaml'));

    // The scan read those documents: scan.json counts them, and its priorities come from them.
    const scan = JSON.parse(readFileSync(path.join(dir, 'output', '2025', 'scan.json'), 'utf8')) as { counts?: { documents?: number } };
    const ids = new Set(listed.sources.map((s) => s.id));
    const priorities = parseCsv(readFileSync(path.join(dir, 'output', '2025', 'priorities.csv'), 'utf8'), { bom: true, columns: true }) as Array<{ source_id: string }>;
    expect(priorities.length).toBeGreaterThan(30);
    expect(priorities.filter((p) => !ids.has(p.source_id))).toEqual([]);
    expect(new Set(priorities.map((p) => p.source_id)).size).toBeGreaterThanOrEqual(listed.sources.length - 3);
    expect(JSON.stringify(scan)).not.toContain('corpus/2025/');

    // The review round trip and the rerun used the same database, output/planscan.db.
    expect(existsSync(path.join(dir, 'output', '2025', 'review.csv'))).toBe(true);
    expect(existsSync(path.join(dir, 'output', 'drift.csv'))).toBe(true);
    const history = await runCli(['history', '--all', '--json'], { cwd: dir });
    expect(JSON.parse(history.stdout)).toHaveLength(2);
  }, 180_000);
});
