import { describe, expect, it } from 'vitest';
import { Priority } from '../../src/schema/index.js';
import { cleanItem, extractPriorities, priorityId, splitInlineList, splitSentences, statedCount } from '../../src/extract/index.js';
import { docFromText, docOf } from './helpers.js';

describe('priorityId', () => {
  it('is 16 hex digits, stable under case, spacing and outer punctuation, and depends on the source', () => {
    const a = priorityId('csp-a', 'Tackling domestic abuse');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(priorityId('csp-a', '  tackling   DOMESTIC abuse; ')).toBe(a);
    expect(priorityId('csp-b', 'Tackling domestic abuse')).not.toBe(a);
    expect(priorityId('csp-a', 'Tackling domestic violence')).not.toBe(a);
  });
});

describe('extractPriorities', () => {
  it('returns valid Priority records with page, section and quote, deduplicated', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Our priorities', level: 1, page: 3 },
      { kind: 'list_item', text: 'Reducing reoffending;', marker: '•', page: 3 },
      { kind: 'list_item', text: 'Safer roads', marker: '•', page: 4 },
      { kind: 'heading', text: 'Priority 1: Reducing reoffending', level: 2, page: 5 },
    ]);
    const ps = extractPriorities(doc);
    expect(ps.map((p) => p.text)).toEqual(['Reducing reoffending', 'Safer roads']);
    for (const p of ps) expect(Priority.safeParse(p).success).toBe(true);
    expect(ps[0]).toMatchObject({ page: 3, section: 'Our priorities', quote: 'Reducing reoffending;', sourceId: 'test-doc' });
    expect(ps[1]!.page).toBe(4);
    expect(ps[0]!.id).toBe(priorityId('test-doc', 'Reducing reoffending'));
  });

  it('is pure: same input, same output, input untouched', () => {
    const doc = docFromText('Our priorities are burglary, fraud and road safety.');
    const before = JSON.stringify(doc);
    expect(extractPriorities(doc)).toEqual(extractPriorities(doc));
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('finds nothing in narrative without stated priorities', () => {
    const doc = docFromText('The meeting opened at 7pm.\n\nMembers noted the minutes of the last meeting and the budget.');
    expect(extractPriorities(doc)).toEqual([]);
  });
});

describe('text helpers', () => {
  it('cleanItem strips markers, trailing ";" and "and"', () => {
    expect(cleanItem('  • – those who exploit the vulnerable; and')).toBe('those who exploit the vulnerable');
    expect(cleanItem('1.   Improving practice;')).toBe('Improving practice');
    expect(cleanItem('and quality assurance')).toBe('quality assurance');
  });
  it('splitInlineList keeps "preventing and reducing crime" together', () => {
    expect(splitInlineList('protecting the vulnerable, preventing and reducing crime and delivering value for money')).toEqual([
      'protecting the vulnerable',
      'preventing and reducing crime',
      'delivering value for money',
    ]);
  });
  it('splitInlineList ends "A, B, C and D" at the first "and" with two words or more on each side, else at the last', () => {
    expect(splitInlineList('county lines, domestic abuse, anti-social behaviour and protecting vulnerable and isolated residents')).toEqual([
      'county lines', 'domestic abuse', 'anti-social behaviour', 'protecting vulnerable and isolated residents',
    ]);
    expect(splitInlineList('knife crime, drug and alcohol misuse and domestic abuse')).toEqual(['knife crime', 'drug and alcohol misuse', 'domestic abuse']);
    expect(splitInlineList('burglary, theft and robbery')).toEqual(['burglary', 'theft', 'robbery']);
    expect(splitInlineList('hate crime, rural crime or road safety')).toEqual(['hate crime', 'rural crime', 'road safety']);
  });
  it('splitSentences keeps "e.g." inside a sentence', () => {
    expect(splitSentences('We tackle crimes e.g. fraud. Next one.')).toEqual(['We tackle crimes e.g. fraud.', 'Next one.']);
  });
  it('statedCount reads number words and digits', () => {
    expect(statedCount('identified five priorities')).toBe(5);
    expect(statedCount('have 4 key priorities for 2018 to 2021')).toBe(4);
    expect(statedCount('our priorities')).toBeUndefined();
  });
});
