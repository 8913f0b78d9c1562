import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext, defaultModel, extractPriorities, generateCandidates } from '../../src/extract/index.js';
import { featurise, itemVectors } from '../../src/extract/score.js';
import { writtenDocs } from '../../src/extract/train.js';
import { normaliseText } from '../../src/extract/text.js';
import { dataPath } from '../../src/util/package.js';
import type { Document } from '../../src/schema/index.js';
import { docFromText, docOf } from './helpers.js';

/** The candidates of a document with the group each belongs to and that group's lead-in text. */
function candidates(doc: Document) {
  const ctx = buildContext(doc);
  const { groups, items } = generateCandidates(ctx);
  return items.map((c) => ({ text: c.text, source: c.source, group: c.group, lead: ctx.blocks[groups[c.group]!.leadIn]?.text ?? '' }));
}

/** Item features of the candidate whose text is `text` (its first occurrence). */
function featuresOf(doc: Document, text: string) {
  const { scored } = featurise(doc);
  const s = scored.find((x) => x.candidate.text === text);
  if (!s) throw new Error(`no candidate "${text}" among ${scored.map((x) => x.candidate.text).join(' | ')}`);
  return s.features;
}

describe('heading groups (candidates.ts)', () => {
  it('lines read as headings under a lead-in ending ";" form their own group introduced by it', () => {
    const doc = docOf([
      { kind: 'paragraph', text: 'The unit supervises people on licence. The main aims of the unit are;' },
      { kind: 'heading', text: 'Keeping the public safe', level: 2 },
      { kind: 'heading', text: 'Reducing reoffending', level: 2 },
      { kind: 'paragraph', text: 'The unit has three offices across the district, each with a manager.' },
      { kind: 'heading', text: 'Northtown office', level: 2 },
    ]);
    const cs = candidates(doc).filter((c) => c.source === 'heading');
    const aims = cs.filter((c) => c.text === 'Keeping the public safe' || c.text === 'Reducing reoffending');
    expect(new Set(aims.map((c) => c.group)).size).toBe(1);
    expect(aims[0]!.lead).toMatch(/main aims of the unit are;$/);
    expect(cs.find((c) => c.text === 'Northtown office')!.group).not.toBe(aims[0]!.group);
  });

  it('a sibling heading announcing priorities introduces the headings after it, with text between', () => {
    const doc = docOf([
      { kind: 'heading', text: 'About the board', level: 2 },
      { kind: 'paragraph', text: 'The board meets four times a year.' },
      { kind: 'heading', text: 'Our strategic priorities', level: 2 },
      { kind: 'paragraph', text: 'We will focus on three areas over the next three years.' },
      { kind: 'heading', text: 'Prevention and early help', level: 2 },
      { kind: 'paragraph', text: 'Help is offered before harm happens.' },
      { kind: 'heading', text: 'Safeguarding in care homes', level: 2 },
    ]);
    const cs = candidates(doc).filter((c) => c.source === 'heading');
    const items = cs.filter((c) => c.text === 'Prevention and early help' || c.text === 'Safeguarding in care homes');
    expect(new Set(items.map((c) => c.group)).size).toBe(1);
    expect(items[0]!.lead).toBe('Our strategic priorities');
    expect(cs.find((c) => c.text === 'About the board')!.group).not.toBe(items[0]!.group);
  });
});

describe('clauses of a priority sentence (candidates.ts)', () => {
  it('"We are committed to X." and "Our main aim is to X." give X as a candidate of its own', () => {
    const doc = docFromText('Commitment 3\n\nWe are committed to minimising our impact on the environment.\n\nOur main aim is to reduce harm from drugs. We will meet in May.');
    const cs = candidates(doc).filter((c) => c.source === 'clause').map((c) => c.text);
    expect(cs).toEqual(['minimising our impact on the environment', 'reduce harm from drugs']);
  });
});

describe('nested list items (candidates.ts)', () => {
  it('siblings under the same parent item form one group introduced by that item', () => {
    const doc = docOf([
      { kind: 'list_item', text: 'Our priorities', marker: '1.', level: 1 },
      { kind: 'list_item', text: 'Engagement with residents', marker: '1.', level: 2 },
      { kind: 'list_item', text: 'Public awareness of abuse', marker: '1.', level: 3 },
      { kind: 'list_item', text: 'Financial abuse', marker: '2.', level: 2 },
      { kind: 'list_item', text: 'Budget', marker: '2.', level: 1 },
    ]);
    const cs = candidates(doc);
    const group = (t: string) => cs.find((c) => c.text === t)!;
    expect(group('Engagement with residents').group).toBe(group('Financial abuse').group);
    expect(group('Engagement with residents').lead).toBe('Our priorities');
    expect(group('Public awareness of abuse').group).not.toBe(group('Financial abuse').group);
    expect(group('Public awareness of abuse').lead).toBe('Engagement with residents');
  });
});

describe('item features (features.ts, score.ts)', () => {
  it('item:priority-n-text: a candidate that itself reads "Priority 2: …" inside a longer block', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Contents', level: 1 },
      { kind: 'paragraph', text: 'Foreword 2 Priority 1: Safer streets 4 Priority 2: Protecting vulnerable people 7 Priority 3: Fewer repeat victims 9 Finance 12' },
    ]);
    const f = featuresOf(doc, 'Priority 2: Protecting vulnerable people');
    expect(f.get('item:priority-n-text')).toBe(1);
    expect(featuresOf(doc, 'Contents').get('item:priority-n-text')).toBeUndefined();
  });

  it('narrative shape: reporting verb, subject-verb start, several sentences, harm words in long text', () => {
    const doc = docFromText(
      'The Chair noted that burglary and fraud had risen across the district during the year and that the partnership was asked to look again at its funding. The board agreed.\n\nReducing burglary',
    );
    const long = featuresOf(doc, 'The Chair noted that burglary and fraud had risen across the district during the year and that the partnership was asked to look again at its funding. The board agreed.');
    expect(long.get('shape:reporting-verb')).toBe(1);
    expect(long.get('shape:subject-verb')).toBe(1);
    expect(long.get('shape:multi-sentence')).toBe(1);
    expect(long.get('x:harm&long')).toBe(1);
    const short = featuresOf(doc, 'Reducing burglary');
    for (const k of ['shape:reporting-verb', 'shape:subject-verb', 'shape:multi-sentence', 'x:harm&long']) expect(short.get(k)).toBeUndefined();
  });

  it('every item feature is also conjoined with the coarse kind of candidate', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Our priorities', level: 1 },
      { kind: 'list_item', text: 'Reducing serious violence', marker: '•' },
      { kind: 'list_item', text: 'Tackling domestic abuse', marker: '•' },
    ]);
    const { scored } = featurise(doc);
    const vectors = itemVectors(scored, defaultModel().group);
    const i = scored.findIndex((s) => s.candidate.text === 'Reducing serious violence');
    const h = scored.findIndex((s) => s.candidate.text === 'Our priorities');
    expect(vectors[i]!.get('cls:item&group:score')).toBe(vectors[i]!.get('group:score'));
    expect(vectors[i]!.get('cls:item&shape:action-start')).toBe(1);
    expect([...vectors[i]!.keys()].some((k) => k.startsWith('cls:heading&'))).toBe(false);
    expect([...vectors[h]!.keys()].some((k) => k.startsWith('cls:heading&'))).toBe(true);
  });

  it("a lead-in quoting another body's list is read as some other list, and its stated count completes nothing", () => {
    const lead = "The national agency's 2020 strategic assessment highlights the top 3 threats to the UK as:";
    const doc = docOf([
      { kind: 'paragraph', text: lead },
      { kind: 'list_item', text: 'Organised immigration crime', marker: '•' },
      { kind: 'list_item', text: 'Firearms', marker: '•' },
      { kind: 'list_item', text: 'Money laundering', marker: '•' },
    ]);
    const f = featuresOf(doc, 'Firearms');
    expect(f.get('lead:other-cue')).toBe(1);
    expect(f.get('lead:priority-only')).toBeUndefined();
    const own = docOf([{ kind: 'paragraph', text: 'Our three priorities are:' }, ...doc.blocks.slice(1)]);
    expect(featuresOf(own, 'Firearms').get('lead:priority-only')).toBe(1);
  });
});

describe('written training documents (data/extraction/documents)', () => {
  const docs = writtenDocs();

  it('every document has labels and every label is in its document', () => {
    const files = readFileSync(path.join(dataPath('extraction', 'documents'), 'labels.csv'), 'utf8');
    expect(docs.length).toBeGreaterThanOrEqual(12);
    for (const d of docs) {
      expect(d.labels.length, d.doc.sourceId).toBeGreaterThan(0);
      const text = normaliseText(d.doc.blocks.map((b) => b.text).join(' '));
      for (const l of d.labels) expect(text, `${d.doc.sourceId}: ${l}`).toContain(normaliseText(l));
      expect(files).toContain(`${d.doc.sourceId.replace(/^written-/, '')}.txt`);
    }
  });

  it('the committed model reads them: most labels found, few extra rows', () => {
    let labelled = 0, found = 0, extracted = 0;
    for (const d of docs) {
      const ps = extractPriorities(d.doc).map((p) => normaliseText(p.text));
      extracted += ps.length;
      labelled += d.labels.length;
      found += d.labels.filter((l) => ps.some((p) => p.includes(normaliseText(l)) || normaliseText(l).includes(p))).length;
    }
    expect(found / labelled).toBeGreaterThan(0.8);
    expect(extracted / labelled).toBeLessThan(1.5);
  });
});

describe('table header cells', () => {
  it('a header cell that only names the column ("Priority") is not a candidate; the cells under it are', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Our priorities for the year' },
      { kind: 'table_row', text: 'Priority | What we want to achieve | Lead' },
      { kind: 'table_row', text: 'Neglect | Earlier help for neglected children | Neglect subgroup' },
      { kind: 'table_row', text: 'Child exploitation | Fewer children exploited | Exploitation subgroup' },
    ]);
    const cells = candidates(doc).filter((c) => c.source === 'table-cell').map((c) => c.text);
    expect(cells).not.toContain('Priority');
    expect(cells).toEqual(expect.arrayContaining(['Neglect', 'Child exploitation', 'What we want to achieve']));
    // a one-row table has no header row: its cells stay candidates
    const single = docOf([{ kind: 'heading', text: 'Our priorities' }, { kind: 'table_row', text: 'Priorities | Domestic abuse' }]);
    expect(candidates(single).filter((c) => c.source === 'table-cell').map((c) => c.text)).toContain('Priorities');
  });
});
