/** The briefing note: page 1 (summary, recommendation), a short body as the 2015 note, four annexes. */
import type { Brief } from '../brief/index.js';
import { numberParagraphs, type Note } from './model.js';
import { evidenceAnnex, scoringAnnex, sourcesAnnex } from './sections/annexes.js';
import { timetableAnnex } from './sections/annex-timetable.js';
import { backgroundSection } from './sections/background.js';
import { changeSection } from './sections/change.js';
import { Figures } from './sections/figures.js';
import { recommendationSection, summarySection } from './sections/front.js';
import { gapsSection } from './sections/gaps.js';
import { methodologySection } from './sections/methodology.js';
import { nationalSection } from './sections/national.js';
import { outcomeSection } from './sections/outcome.js';
import { riskSection } from './sections/risk.js';

export * from './model.js';
export { reviewSentence } from './sections/methodology.js';
export { weightName } from './sections/annexes.js';

export function buildNote(b: Brief): Note {
  const fig = new Figures();
  const front = [summarySection(b), recommendationSection(b)];
  const body = [
    backgroundSection(b, '3'),
    outcomeSection(b, '4', fig),
    riskSection(b, '5'),
    nationalSection(b, '6'),
    gapsSection(b, '7'),
    changeSection(b, '8', fig),
    methodologySection(b, '9'),
  ];
  numberParagraphs([...front, ...body]);
  return { cover: b.cover, front, body, annexes: [timetableAnnex(b), scoringAnnex(b), evidenceAnnex(b), sourcesAnnex(b)] };
}
