// Acronyms partner documents use without spelling them out.
import { caseTable } from './table.js';

caseTable('acronyms', {
  valid: [
    { text: 'Tackle VAWG', kind: 'crime', theme: 'domestic_abuse' },
    { text: 'ASB hotspots in the town centre', kind: 'crime', theme: 'anti_social_behaviour' },
    { text: 'Expand the IOM scheme to more offenders', kind: 'crime', theme: 'reoffending' },
    { text: 'MASH – quicker decisions on referrals', kind: 'mechanism', theme: 'partnership_information_sharing' },
    { text: 'CSE', kind: 'crime', theme: 'child_sexual_exploitation' },
    { text: 'Learning from DHRs is shared with all agencies', kind: 'internal_process', theme: 'learning_reviews' },
    { text: 'SARs: embedding the learning in practice', kind: 'internal_process', theme: 'learning_reviews' },
    { text: 'Identify potential victims and refer them to the NRM', kind: 'crime', theme: 'modern_slavery_trafficking' },
  ],
});
