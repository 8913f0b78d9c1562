// A theme term must match as the theme means it.
import { caseTable } from './table.js';

caseTable('word sense', {
  valid: [
    { text: 'Reduce deliberate fire setting on open land', kind: 'crime', theme: 'criminal_damage_arson' },
    { text: 'Cyber crime against small businesses', kind: 'crime', theme: 'cybercrime' },
    { text: 'More victims are offered restorative justice', kind: 'mechanism', theme: 'restorative_justice' },
    { text: 'People who use drugs stay engaged in treatment and recover', kind: 'crime', theme: 'drugs_alcohol' },
    { text: 'Embed Prevent in colleges and universities', kind: 'crime', theme: 'terrorism_extremism' },
    { text: 'Prevent burglary in student areas', kind: 'crime', theme: 'burglary' },
  ],
  invalid: [
    { text: 'Joint training with the fire and rescue service', nowhere: 'criminal_damage_arson' },
    { text: 'Shared premises with the fire and rescue service', notKind: 'crime' },
    { text: 'Let residents report issues through online channels', nowhere: 'cybercrime' },
    { text: 'Restoring trust between young people and the police', nowhere: 'restorative_justice' },
    { text: 'Improve engagement with alcohol treatment services', notTheme: 'community_engagement' },
    { text: 'Prevent burglary in student areas', notTheme: 'terrorism_extremism' },
  ],
});
