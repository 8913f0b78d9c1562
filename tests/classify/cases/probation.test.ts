// Probation and offender management (data/classify/README.md, convention 5): managing offenders is
// a way of tackling reoffending (mechanism); a group of offenders is a target group; caseload and
// assessment quality are the service's own workings; IOM named as a heading is the reoffending area.
import { caseTable } from './table.js';

caseTable('probation and offender management', {
  valid: [
    { text: 'Managing offenders in the community to cut reoffending', kind: 'mechanism', theme: 'reoffending' },
    { text: 'Electronic monitoring of high-risk offenders on licence', kind: 'mechanism' },
    { text: 'Women offenders with complex needs', kind: 'target_group' },
    { text: 'Integrated offender management', kind: 'crime', theme: 'reoffending' },
    { text: 'Reduce reoffending by adults on community orders', kind: 'crime', theme: 'reoffending' },
    { text: 'Sentence plans reviewed within the required timescales', kind: 'internal_process' },
  ],
  invalid: [
    { text: 'Manage offenders jointly with the police and the prison service', notKind: 'crime' },
  ],
});
