// Youth justice conventions (data/classify/README.md, "Labelling conventions"): offending and
// reoffending by children are the harm (crime); children entering or inside the justice system are
// the group (target_group, young_offenders); custody, remand and court disposals are the justice
// system's ways of responding (mechanism); assessment and report deadlines are the service's own
// performance (internal_process).
import { caseTable } from './table.js';

caseTable('youth justice', {
  valid: [
    { text: 'Reduce proven reoffending by children supervised by the youth offending service', kind: 'crime' },
    { text: 'Fewer first time entrants to the youth justice system', kind: 'target_group', theme: 'young_offenders' },
    { text: 'Looked after children who come into contact with the youth justice system', kind: 'target_group' },
    { text: 'Reduce the use of custody for young people', kind: 'mechanism' },
    { text: 'Restorative justice for the victims of young offenders', kind: 'mechanism', theme: 'restorative_justice' },
    { text: 'Pre-sentence reports completed on time for every court hearing', kind: 'internal_process' },
    { text: 'Serious youth violence and knife carrying', kind: 'crime' },
  ],
  invalid: [
    { text: 'Keep remands to youth detention accommodation to a minimum', notKind: 'crime' },
    { text: 'Reduce youth offending in the borough', notKind: 'internal_process' },
  ],
});
