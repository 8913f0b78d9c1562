// Long outcome sentences and action-plan phrasing.
import { caseTable } from './table.js';

caseTable('outcomes and actions', {
  valid: [
    { text: 'People in the borough live longer, healthier lives', kind: 'target_group', theme: 'health_wellbeing' },
    { text: 'Fewer children are harmed by neglect', kind: 'crime', theme: 'child_abuse_neglect' },
    { text: 'Victims of crime get the help they need to recover', kind: 'target_group', theme: 'victims_witnesses' },
    { text: 'Fewer people sleep rough in the city centre', kind: 'target_group', theme: 'homelessness' },
    { text: 'Carry out an annual audit of child protection cases', kind: 'internal_process', theme: 'quality_assurance' },
    { text: 'Deliver a summer campaign on water safety and drink spiking', kind: 'mechanism', theme: 'public_awareness' },
    { text: 'Commission a new service for young people who use cannabis', kind: 'mechanism', theme: 'commissioning_funding' },
    { text: 'Agree a data sharing protocol with health partners', kind: 'internal_process' },
  ],
});
