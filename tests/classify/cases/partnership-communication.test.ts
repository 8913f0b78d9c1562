// Joint practice vs partnership arrangements, and who hears it (data/classify/README.md,
// conventions 7 and 8): agencies working together on cases or with the public is a mechanism; how
// the partnership itself is organised is internal_process; telling the public is a mechanism,
// telling staff is internal_process.
import { caseTable } from './table.js';

caseTable('partnership and communication', {
  valid: [
    { text: 'Joint home visits by the police and housing officers to repeat victims', kind: 'mechanism' },
    { text: 'A multi-agency safeguarding hub that triages every referral', kind: 'mechanism', theme: 'partnership_information_sharing' },
    { text: 'Revise the terms of reference and membership of the partnership board', kind: 'internal_process', theme: 'governance_performance' },
    { text: 'A monthly bulletin for practitioners on changes to procedures', kind: 'internal_process' },
    { text: 'A campaign telling the public how to report modern slavery', kind: 'mechanism', theme: 'public_awareness' },
    { text: 'Young people’s views shape the services we commission', kind: 'mechanism' },
  ],
  invalid: [
    { text: 'Training for frontline staff on spotting coercive control', notKind: 'mechanism' },
  ],
});
