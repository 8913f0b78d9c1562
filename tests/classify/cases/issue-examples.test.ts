// The examples of issue 14, seen in real scans.
import { caseTable } from './table.js';

caseTable('issue 14 examples', {
  valid: [
    // the title names the crime; the detail is how
    { text: 'Serious Violence – Raising awareness of the risks among young people and parents', kind: 'crime', theme: 'violent_crime' },
    { text: 'Anti-social behaviour – Tackling repeat victimisation', kind: 'crime', theme: 'anti_social_behaviour' },
    { text: 'VAWG – Raising awareness of the support available', kind: 'crime', theme: 'domestic_abuse' },
    { text: 'Priority 1 – increasing the effectiveness of multi professional arrangements to encourage the reporting of domestic abuse', kind: 'crime', theme: 'domestic_abuse' },
    { text: 'Increase engagement with drug and alcohol treatment', kind: 'crime', theme: 'drugs_alcohol' },
    { text: 'Drug supply and drug-related harm', kind: 'crime', theme: 'drugs_alcohol' },
  ],
  invalid: [
    { text: 'Serious Violence – Raising awareness of the risks among young people and parents', notKind: 'mechanism' },
    { text: 'Priority 1 – increasing the effectiveness of multi professional arrangements to encourage the reporting of domestic abuse', notTheme: 'workforce_training' },
    { text: 'Restoring neighbourhood policing', notTheme: 'restorative_justice', nowhere: 'restorative_justice' },
    { text: 'Increase engagement with drug and alcohol treatment', notTheme: 'community_engagement' },
    { text: 'Drug supply and drug-related harm', notTheme: 'gangs_county_lines' },
    { text: 'This note summarises the national priorities for tackling crime', notTheme: 'governance_performance' },
  ],
});
