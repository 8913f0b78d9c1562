// Abstract headings (data/classify/README.md, "Labelling conventions"): the principles of adult
// safeguarding and similar one-word headings are ways of working aimed at people (mechanism), except
// accountability, governance and performance, which are the body's own (internal_process).
import { caseTable } from './table.js';

caseTable('principles and abstract headings', {
  valid: [
    { text: 'Prevention', kind: 'mechanism', theme: 'prevention_early_intervention' },
    { text: 'Early help', kind: 'mechanism', theme: 'prevention_early_intervention' },
    { text: 'Accountability', kind: 'internal_process' },
    { text: 'Governance and performance', kind: 'internal_process', theme: 'governance_performance' },
    { text: 'Partnership working', kind: 'mechanism' },
    { text: 'Workforce development', kind: 'internal_process', theme: 'workforce_training' },
  ],
  invalid: [
    { text: 'Empowerment', notKind: 'crime' },
    { text: 'Protection', notKind: 'crime' },
  ],
});
