import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSource, closeIngest } from '../../src/ingest/index.js';
import { extractPriorities } from '../../src/extract/index.js';
import { classifyPriorities, loadClassifier } from '../../src/classify/index.js';
import { analyse } from '../../src/analyse/index.js';
import type { SourceEntry } from '../../src/schema/source.js';
import type { Priority } from '../../src/schema/priority.js';
import type { Document } from '../../src/schema/document.js';
import { coverage, matches } from '../../src/eval/match.js';
import { sharedPath } from '../shared-path.js';

const fixture = sharedPath('fixtures', 'tvp-plan-2017-2021.pdf');
const present = existsSync(fixture);
if (!present) console.warn(`skipping the Thames Valley plan integration test: ${fixture} is absent (it lives in ../shared/fixtures)`);

const plan: SourceEntry = {
  id: 'tvp-plan', role: 'current_plan', partner: 'OPCC Thames Valley', partner_type: 'OPCC', area: 'Thames Valley',
  doc_type: 'police_and_crime_plan', year: 2017, path: fixture,
};

function partner(id: string, area: string, texts: string[]): { entry: SourceEntry; priorities: Priority[] } {
  const entry: SourceEntry = { id, role: 'partner', partner: `${area} CSP`, partner_type: 'CSP', area, doc_type: 'partnership_plan', year: 2025, path: `${id}.txt` };
  return {
    entry,
    priorities: texts.map((text, i) => ({ id: `${id}-${i}`, sourceId: id, page: 1, section: 'Our priorities', text, quote: text, strength: 'named', rule: 'test', reasons: [] })),
  };
}

const STRATEGIC = ['Vulnerability', 'Prevention and Early Intervention', 'Reducing Reoffending', 'Serious Organised Crime and Terrorism', 'Police Ethics and Reform'];

describe.skipIf(!present)('gap analysis against the real Thames Valley Police and Crime Plan 2017–2021', () => {
  let doc: Document;
  beforeAll(async () => {
    const bytes = readFileSync(fixture);
    doc = await parseSource({ entry: plan, bytes, contentHash: createHash('sha256').update(bytes).digest('hex') }, { baseDir: path.dirname(fixture), allowOutside: true });
    await closeIngest();
  });

  it("extracts the plan's own structure: its five strategic priorities and their key aims", () => {
    const found = extractPriorities(doc);
    // the plan's five strategic priorities, as its introduction lists them
    for (const sp of STRATEGIC) {
      expect(found.some((p) => matches(sp, p.text)), sp).toBe(true);
    }
    // every "Key aims:" list of the plan: its top-level items come out (read from the document's own blocks)
    const lists = doc.blocks.flatMap((b, i) => {
      if (!/^key aims:?$/i.test(b.text.trim())) return [];
      const items: string[] = [];
      for (let j = i + 1; j < doc.blocks.length && doc.blocks[j]!.kind === 'list_item'; j++) if ((doc.blocks[j]!.level ?? 1) === 1) items.push(doc.blocks[j]!.text);
      return [items];
    });
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const items of lists) {
      expect(items.length).toBeGreaterThan(0);
      const kept = items.filter((it) => found.some((p) => matches(it, p.text)));
      expect(kept.length / items.length, items[0]).toBeGreaterThanOrEqual(0.8);
    }
    expect(found.every((p) => p.reasons.length > 0)).toBe(true);

    // precise on the whole 22-page document, not only complete: the narrative, the PCC's duties, the
    // sources and the monitoring methods around the structure are not priorities. The bound is the
    // project's agreed extraction noise target (<= 1.5 extracted per real priority, the dev-set
    // acceptance): an analyst checking the plan accepts one doubtful row for every two real ones,
    // not the ~4 per real one that a reader calibrated on short excerpts gives here.
    const real = [...STRATEGIC, ...lists.flat()];
    expect(found.length).toBeLessThanOrEqual(Math.floor(1.5 * real.length));
    const isReal = (text: string) => real.some((r) => matches(r, text) && coverage(text, r) >= 0.6);
    expect(found.filter((p) => isReal(p.text)).length / found.length).toBeGreaterThanOrEqual(2 / 3);
  });

  it('finds the themes the plan names and not one it does not', async () => {
    expect(doc.pages).toBe(22);
    const classifier = loadClassifier();
    const planPriorities = classifyPriorities(extractPriorities(doc), classifier);
    const statements = ['Tackle domestic abuse', 'Protect children from child sexual exploitation', 'Tackle modern slavery and human trafficking',
      'Prevent female genital mutilation', 'Reduce metal theft'];
    const partners = ['North', 'South', 'East'].map((a) => partner(`csp-${a}`, a, statements));
    const analysis = analyse({
      scan: { name: 'TVP test', area: 'Thames Valley', year: 2025, runId: 'test', date: '2025-01-01' },
      sources: [plan, ...partners.map((p) => p.entry)],
      priorities: partners.flatMap((p) => classifyPriorities(p.priorities, classifier)),
      plan: { source: plan, doc, priorities: planPriorities },
      previous: null,
      classifier,
    });
    const coverage = (theme: string) => analysis.themes.find((t) => t.theme === theme);
    for (const theme of ['domestic_abuse', 'child_sexual_exploitation', 'modern_slavery_trafficking', 'fgm_honour_based_abuse']) {
      const t = coverage(theme);
      expect(t, theme).toBeDefined();
      expect(t!.planCoverage, theme).not.toBe('none');
      expect(t!.planQuote.length, theme).toBeGreaterThan(10);
      expect(t!.planPage, theme).toBeGreaterThanOrEqual(1);
    }
    expect(coverage('metal_theft')?.planCoverage).toBe('none');
    expect(analysis.gaps.map((g) => g.theme)).toContain('metal_theft');
  });
});
