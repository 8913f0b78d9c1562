// "Title – detail" and "Title: detail" items: the title states the priority, the detail says how.
import { caseTable } from './table.js';

caseTable('title – detail', {
  valid: [
    { text: 'Hate crime – more third party reporting centres in libraries and mosques', kind: 'crime', theme: 'hate_crime' },
    { text: 'Burglary: marking property and fitting better locks for households burgled before', kind: 'crime', theme: 'burglary' },
    { text: 'Domestic abuse – a campaign for workplaces so colleagues know how to help', kind: 'crime', theme: 'domestic_abuse' },
    { text: 'Knife crime: weapons sweeps and education in schools', kind: 'crime', theme: 'knife_weapons' },
    { text: 'Fraud – advice sessions for older residents on phone and courier scams', kind: 'crime', theme: 'fraud' },
    { text: 'Road safety – speed enforcement on routes with the most collisions', kind: 'crime', theme: 'road_safety' },
    { text: 'Mental health: street triage and a crisis line staffed by nurses', kind: 'target_group', theme: 'mental_health' },
    { text: 'Workforce – a training programme on professional curiosity', kind: 'internal_process', theme: 'workforce_training' },
    { text: 'Governance: a refreshed board structure with clear lines of accountability', kind: 'internal_process', theme: 'governance_performance' },
  ],
  invalid: [
    { text: 'Hate crime – more third party reporting centres in libraries and mosques', notKind: 'mechanism' },
    { text: 'Knife crime: weapons sweeps and education in schools', notKind: 'mechanism' },
  ],
});
