// Welsh public-sector English (well-being goals, public services boards, VAWDASV).
import { caseTable } from './table.js';

caseTable('welsh public sector', {
  valid: [
    { text: 'Tackle violence against women, domestic abuse and sexual violence across the region', kind: 'crime', theme: 'domestic_abuse' },
    { text: 'Work with the public services board to deliver the well-being plan', kind: 'mechanism', theme: 'partnership_information_sharing' },
    { text: 'Reduce adverse childhood experiences and build resilience in children', kind: 'crime', theme: 'child_abuse_neglect' },
    { text: 'Involve citizens in decisions that affect their well-being', kind: 'mechanism', theme: 'community_engagement' },
    { text: 'A Wales of more cohesive communities', kind: 'target_group', theme: 'communities_cohesion' },
  ],
});
