import { describe, expect, it } from 'vitest';
import { parseSource, parseSurveyCsv } from '../../src/ingest/index.js';
import { entry, expectDocError, raw } from './helpers.js';

const opts = { baseDir: '/' };
const survey = { id: 'survey-2025', role: 'survey' as const, path: 'survey.csv', doc_type: 'survey' as const };

const CSV = [
  'Partner,Partner_Type,Area,Priority,Rank,Comment',
  'Northshire CSP,CSP,North,Domestic abuse,1,"Rising, again"',
  'Northshire CSP,CSP,North,Anti-social behaviour,2,',
  'Southvale SAB,SAB,South,Financial abuse of older people,1,',
].join('\r\n');

describe('survey CSV', () => {
  it('returns one response per row with partner metadata, ignoring extra columns', () => {
    expect(parseSurveyCsv(Buffer.from(CSV), entry(survey))).toEqual([
      { partner: 'Northshire CSP', partner_type: 'CSP', area: 'North', priority: 'Domestic abuse', rank: 1 },
      { partner: 'Northshire CSP', partner_type: 'CSP', area: 'North', priority: 'Anti-social behaviour', rank: 2 },
      { partner: 'Southvale SAB', partner_type: 'SAB', area: 'South', priority: 'Financial abuse of older people', rank: 1 },
    ]);
  });

  it('parses to one list item per row for the pipeline: text = priority, marker = rank', async () => {
    const doc = await parseSource(raw(CSV, survey), opts);
    expect(doc.format).toBe('csv');
    expect(doc.blocks[1]).toEqual({ kind: 'list_item', text: 'Anti-social behaviour', page: 1, level: 1, marker: '2' });
    expect(doc.blocks).toHaveLength(3);
  });

  it('names the missing column or the bad row', async () => {
    const noRank = 'partner,partner_type,area,priority\nA,CSP,North,Burglary\n';
    expect((await expectDocError(parseSource(raw(noRank, survey), opts), 'csv-invalid')).message).toMatch(/missing column\(s\) rank/);
    const badRank = 'partner,partner_type,area,priority,rank\nA,CSP,North,Burglary,first\n';
    expect((await expectDocError(parseSource(raw(badRank, survey), opts), 'csv-invalid')).message).toMatch(/row 2, column rank/);
    const unclosed = 'partner,partner_type,area,priority,rank\n"A,CSP,North,Burglary,1\n';
    await expectDocError(parseSource(raw(unclosed, survey), opts), 'csv-invalid');
  });
});
