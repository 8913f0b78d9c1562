// Fire and rescue conventions (data/classify/README.md, "Labelling conventions"): a hazard named as
// the priority is a harm (kind crime, like an offence); what the service does about it, aimed at the
// public (prevention, protection, response), is a mechanism; its own people, kit and money are
// internal_process. "Fire" inside "fire and rescue service" or "fire safety" is not arson.
import { caseTable } from './table.js';

caseTable('fire and rescue', {
  valid: [
    { text: 'Deliberate fires in derelict buildings and wheelie bins', kind: 'crime', theme: 'criminal_damage_arson' },
    { text: 'Reduce arson in the most deprived wards', kind: 'crime', theme: 'criminal_damage_arson' },
    { text: 'Fewer people killed or seriously injured on the county’s roads', kind: 'crime', theme: 'road_safety' },
    { text: 'Home fire safety visits for households at highest risk', kind: 'mechanism' },
    { text: 'Firefighters trained and equipped to deal with any incident', kind: 'internal_process', theme: 'workforce_training' },
    { text: 'Value for money in how the fire authority spends its budget', kind: 'internal_process', theme: 'governance_performance' },
    { text: 'Fire safety education for primary school pupils', kind: 'mechanism' },
  ],
  invalid: [
    { text: 'Work with the fire and rescue service on joint community safety visits', nowhere: 'criminal_damage_arson' },
    { text: 'Fire safety advice for people who live alone', notKind: 'crime' },
    { text: 'Recruit and retain on-call firefighters', notKind: 'mechanism' },
  ],
});
