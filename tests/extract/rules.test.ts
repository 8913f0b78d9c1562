import { describe, expect, it } from 'vitest';
import {
  buildContext,
  inlineList,
  inlineListItems,
  listAfterIntro,
  listUnderHeading,
  mentionInSentence,
  mentionText,
  numberedFallback,
  priorityN,
} from '../../src/extract/index.js';
import type { Document } from '../../src/schema/index.js';
import { FALLBACK_RULES, normaliseText, RULES, statementText } from '../../src/extract/index.js';
import { docFromText, docOf } from './helpers.js';

/**
 * What the hand rules find together (first rule wins a statement). The rules are features of the
 * learned reader now (rule:<id>), so they are tested as rules; tests/extract/extract.test.ts tests
 * what extractPriorities keeps.
 */
function viaRules(doc: Document) {
  const ctx = buildContext(doc);
  let found = RULES.flatMap((r) => r.run(ctx));
  if (found.length === 0) found = FALLBACK_RULES.flatMap((r) => r.run(ctx));
  const seen = new Map<string, { text: string; quote: string; rule: string; strength: string; section: string; blockIndex: number }>();
  for (const c of [...found].sort((a, b) => a.blockIndex - b.blockIndex)) {
    const text = statementText(c.text);
    const key = normaliseText(text);
    if (!key || seen.has(key)) continue;
    seen.set(key, { text, quote: c.quote.trim(), rule: c.rule, strength: c.strength, section: ctx.sections[c.blockIndex] ?? '', blockIndex: c.blockIndex });
  }
  return [...seen.values()];
}

const texts = (xs: Array<{ text: string }>) => xs.map((x) => x.text);

describe('list-under-heading', () => {
  it('takes the list items under a priority heading, up to the next heading of the same level', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Our priorities', level: 2 },
      { kind: 'paragraph', text: 'The Board agreed these after the strategic assessment and a public survey of residents.' },
      { kind: 'list_item', text: 'Cutting burglary in rural villages', marker: '•', level: 1 },
      { kind: 'list_item', text: 'Working with schools on online safety', marker: '•', level: 1 },
      { kind: 'heading', text: 'Funding', level: 2 },
      { kind: 'list_item', text: 'Home Office grant', marker: '•', level: 1 },
    ]);
    const got = viaRules(doc);
    expect(texts(got)).toEqual(['Cutting burglary in rural villages', 'Working with schools on online safety']);
    expect(got.every((p) => p.rule === 'list-under-heading' && p.strength === 'named' && p.section === 'Our priorities')).toBe(true);
  });

  it('takes short paragraphs and sub-heading titles when the section has no list', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Key aims', level: 1 },
      { kind: 'paragraph', text: 'Reduce harm from gambling' },
      { kind: 'heading', text: 'Safer streets at night', level: 2 },
      { kind: 'paragraph', text: 'We will work with licensed premises and street pastors to reduce violence in the evening economy.' },
    ]);
    expect(texts(listUnderHeading.run(buildContext(doc)))).toEqual(['Reduce harm from gambling', 'Safer streets at night']);
  });

  it('ignores lists under headings that are not about priorities', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Membership of the partnership', level: 2 },
      { kind: 'list_item', text: 'Testshire Police', marker: '•' },
      { kind: 'list_item', text: 'Testshire District Council', marker: '•' },
    ]);
    expect(listUnderHeading.run(buildContext(doc))).toEqual([]);
    expect(viaRules(doc)).toEqual([]);
  });
});

describe('priority-n', () => {
  it('reads "Priority 1: …" and "Priority two – …" blocks', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Priority 1: Tackling rural crime', level: 2 },
      { kind: 'paragraph', text: 'Priority two – Keeping older people safe from scams. This covers doorstep and online fraud.' },
    ]);
    const got = priorityN.run(buildContext(doc));
    expect(texts(got)).toEqual(['Tackling rural crime', 'Keeping older people safe from scams.']);
    expect(texts(viaRules(doc))).toEqual(['Tackling rural crime', 'Keeping older people safe from scams.']);
  });

  it('does not read "priority" used as an ordinary word', () => {
    const doc = docOf([{ kind: 'paragraph', text: 'Priority lanes for buses will open in June on the ring road.' }]);
    expect(priorityN.run(buildContext(doc))).toEqual([]);
  });
});

describe('list-after-intro', () => {
  it('takes the items after "identified five priorities:" and cleans markers, ";" and "and"', () => {
    const doc = docFromText(
      ['In 2024 the partnership identified three priorities:', '', '  • Reducing shoplifting;', '  • Tackling hate crime; and', '  • Supporting victims of fraud.', '', 'The plan will be reviewed annually.'].join('\n'),
    );
    const got = listAfterIntro.run(buildContext(doc));
    expect(got.map((c) => c.rule)).toEqual(['list-after-intro', 'list-after-intro', 'list-after-intro']);
    const ps = viaRules(doc);
    expect(texts(ps)).toEqual(['Reducing shoplifting', 'Tackling hate crime', 'Supporting victims of fraud.']);
    expect(ps[1]!.quote).toBe('Tackling hate crime; and');
  });

  it('stops at a list of another marker style and keeps to the stated count', () => {
    const doc = docFromText(
      ['  • The board set two priorities for the year:', '  1. Reduce knife crime', '  2. Improve support for carers', '  3. Extra item beyond the count', '  • The chair thanked officers.'].join('\n'),
    );
    expect(texts(viaRules(doc))).toEqual(['Reduce knife crime', 'Improve support for carers']);
  });

  it('ignores lists introduced without a priority word', () => {
    const doc = docFromText(['The partnership includes:', '', '- Testshire Police', '- Testshire Fire and Rescue Service', '- The district council'].join('\n'));
    expect(listAfterIntro.run(buildContext(doc))).toEqual([]);
  });
});

describe('inline-list', () => {
  it('splits "our priorities are a, b and c"', () => {
    expect(inlineListItems('Our priorities for 2025/26 are anti-social behaviour, rural crime and road safety.')).toEqual([
      'anti-social behaviour',
      'rural crime',
      'road safety',
    ]);
  });

  it('splits "a; b; and c" and "aims of a, b, and c, as well as …"', () => {
    expect(inlineListItems('The aims are: cutting violence; protecting children; and supporting victims.')).toEqual([
      'cutting violence',
      'protecting children',
      'supporting victims',
    ]);
    expect(inlineListItems('It sets out three strategic aims of prevention, partnership working, and assurance, as well as the budget.')).toEqual([
      'prevention',
      'partnership working',
      'assurance',
    ]);
  });

  it('reads "These are: …" after a sentence naming the priorities', () => {
    const doc = docOf([{ kind: 'paragraph', text: 'The plan sets four core aims. These are: reducing harm, catching offenders, supporting victims and listening to residents.' }]);
    const got = inlineList.run(buildContext(doc));
    expect(texts(got)).toEqual(['reducing harm', 'catching offenders', 'supporting victims', 'listening to residents']);
    expect(got[0]!.quote).toBe('These are: reducing harm, catching offenders, supporting victims and listening to residents.');
  });

  it('ignores clauses about the priorities', () => {
    expect(inlineListItems('Performance against these priorities was reported to the board, the cabinet and the panel.')).toBeNull();
    expect(inlineListItems('It sets priorities to ensure partners are working together, sharing data and pooling budgets.')).toBeNull();
    expect(inlineListItems('The priorities were agreed by the board in March.')).toBeNull();
  });
});

describe('mention-in-sentence', () => {
  it('reads priorities stated in passing as mentions', () => {
    expect(mentionText('Tackling fly-tipping remains a priority for the partnership.')).toBe('Tackling fly-tipping');
    expect(mentionText('Cyber-enabled fraud against older residents is a key priority for the force.')).toBe('Cyber-enabled fraud against older residents');
    expect(mentionText('Water safety has been identified as a priority following two drownings.')).toBe('Water safety');
    const doc = docOf([{ kind: 'paragraph', text: 'Response times improved. Road safety remains a top priority for residents.' }]);
    const ps = viaRules(doc);
    expect(texts(ps)).toEqual(['Road safety']);
    expect(ps[0]!.strength).toBe('mention');
    expect(ps[0]!.rule).toBe('mention-in-sentence');
    expect(ps[0]!.quote).toBe('Road safety remains a top priority for residents.');
  });

  it('ignores sentences without a stated subject', () => {
    expect(mentionText('This is a priority.')).toBeNull();
    expect(mentionText('It remains a priority for us all.')).toBeNull();
    expect(mentionText('We will consider how to prioritise actions next year.')).toBeNull();
    expect(mentionText('Shoplifting has risen but is not recommended as a priority.')).toBeNull();
    expect(mentionText('Councillor Jones asked whether parking was a priority for the council.')).toBeNull();
    const doc = docOf([{ kind: 'paragraph', text: 'The priority lane opened in May.' }]);
    expect(mentionInSentence.run(buildContext(doc))).toEqual([]);
  });
});

describe('numbered-fallback', () => {
  it('reads a document that is only a numbered list of aims', () => {
    const doc = docFromText(['1. Prevention | Reduce first-time entrants by 10%', '2. Custody | Reduce the use of remand', '3. Victims | Offer restorative justice to all victims'].join('\n'));
    const ps = viaRules(doc);
    expect(ps).toHaveLength(3);
    expect(ps.every((p) => p.rule === 'numbered-fallback')).toBe(true);
  });

  it('is not used when other rules find priorities, nor for short lists', () => {
    const doc = docFromText(['Our priorities are:', '', '- Cutting burglary', '- Safer roads', '', '1. Contents', '2. Foreword', '3. Budget'].join('\n'));
    expect(viaRules(doc).map((p) => p.rule)).toEqual(['list-after-intro', 'list-after-intro']);
    expect(numberedFallback.run(buildContext(docFromText('1. One thing\n2. Another thing')))).toEqual([]);
  });
});

describe('table-column', () => {
  it('takes the "Priority" column of a table', () => {
    const doc = docFromText(['| Priority | Lead | Measure |', '|---|---|---|', '| Serious violence | Police | Hospital admissions |', '| Drug-related harm | Public Health | Numbers in treatment |'].join('\n'));
    const got = viaRules(doc);
    expect(texts(got)).toEqual(['Serious violence', 'Drug-related harm']);
    expect(got[0]!.rule).toBe('table-column');
  });
  it('ignores tables without a priority column', () => {
    const doc = docFromText(['| Crime type | 2023 | 2024 |', '| Burglary | 410 | 388 |', '| Robbery | 95 | 102 |'].join('\n'));
    expect(viaRules(doc)).toEqual([]);
  });
});

describe('layout cases', () => {
  it('reads an "Areas of focus" line over a run of unmarked short lines', () => {
    // (as blocks: how a parser lays out these lines is the ingest tests' business)
    const doc = docOf([
      { kind: 'paragraph', text: 'Some background on the strategy and the needs assessment that informed it.' },
      { kind: 'paragraph', text: 'Areas of focus' },
      { kind: 'paragraph', text: 'Healthy weight in childhood' },
      { kind: 'paragraph', text: 'Loneliness in later life' },
      { kind: 'paragraph', text: 'Housing and health' },
      { kind: 'paragraph', text: 'Each area of focus has a sponsor on the board.' },
    ]);
    expect(texts(viaRules(doc))).toEqual(['Healthy weight in childhood', 'Loneliness in later life', 'Housing and health']);
  });
  it('reads a bare "Priority 1" label with its statement on the next line', () => {
    const doc = docFromText(['Priority 1', 'Keeping children safe online', '', 'We will train every school in the county by 2026, working with the police and the council.'].join('\n'));
    expect(texts(viaRules(doc))).toEqual(['Keeping children safe online']);
  });
  it('stops a list of priority headings at ordinary sections (Governance, Contact us)', () => {
    const doc = docOf([
      { kind: 'heading', text: 'Our priorities', level: 1 },
      { kind: 'heading', text: 'Safer town centres', level: 2 },
      { kind: 'paragraph', text: 'We will work with licensed premises and the police to reduce violence in the evening economy across the county.' },
      { kind: 'heading', text: 'Governance', level: 2 },
      { kind: 'paragraph', text: 'The board meets four times a year and reports to the council scrutiny committee each spring.' },
    ]);
    expect(texts(viaRules(doc))).toEqual(['Safer town centres']);
  });
});
