// Headings used as priorities, and multi-theme statements (primary theme plus the others).
import { caseTable } from './table.js';

caseTable('headings and multi-theme', {
  valid: [
    { text: 'Neighbourhood crime', kind: 'crime', theme: 'acquisitive_crime' },
    { text: 'Safeguarding (crime related)', kind: 'target_group', theme: 'vulnerable_people' },
    { text: 'Business as usual', kind: 'internal_process' },
    { text: 'Youth violence and knife crime', kind: 'crime', theme: 'violent_crime', also: ['knife_weapons'] },
    { text: 'Hate crime and community tensions', kind: 'crime', theme: 'hate_crime' },
    { text: 'Drugs, alcohol and the night-time economy', kind: 'crime', theme: 'drugs_alcohol', also: ['night_time_economy'] },
    { text: 'Serious and organised crime', kind: 'crime', theme: 'serious_organised_crime' },
    { text: 'Quality assurance', kind: 'internal_process', theme: 'quality_assurance' },
  ],
});
