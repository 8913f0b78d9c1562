// Services for a group (data/classify/README.md, convention 9): generic help or support for a
// named group of concern is about the group (target_group with the group's theme); a named method
// offered to a group stays a mechanism.
import { caseTable } from './table.js';

caseTable('services for a group', {
  valid: [
    { text: 'Better support for victims of crime to cope and recover', kind: 'target_group', theme: 'victims_witnesses' },
    { text: 'Help for people sleeping rough to find a settled home', kind: 'target_group', theme: 'homelessness' },
    { text: 'Improve outcomes for children in care', kind: 'target_group', theme: 'children_young_people' },
    { text: 'Support for adults with learning disabilities to stay safe', kind: 'target_group', theme: 'disability' },
    { text: 'Mentoring for young people at risk of exclusion', kind: 'mechanism' },
    { text: 'Restorative justice for victims who want to meet their offender', kind: 'mechanism', theme: 'restorative_justice' },
  ],
});
