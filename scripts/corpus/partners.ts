import type { CorpusDoc } from './types.js';

/** The partners of Example Valley (one record per organisation, reused in both years). */
export const P = {
  cspNorth: { partner: 'Safer Northmere Partnership', partner_type: 'CSP', area: 'Northmere' },
  cspSouth: { partner: 'Southbrook Community Safety Partnership', partner_type: 'CSP', area: 'Southbrook' },
  cspEast: { partner: 'Safer Eastfield Partnership', partner_type: 'CSP', area: 'Eastfield' },
  cspWest: { partner: 'Westhaven Community Safety Partnership', partner_type: 'CSP', area: 'Westhaven' },
  lscb: { partner: 'Example Valley Safeguarding Children Partnership', partner_type: 'LSCB', area: 'Example Valley' },
  sab: { partner: 'Example Valley Safeguarding Adults Board', partner_type: 'SAB', area: 'Example Valley' },
  hwbNorth: { partner: 'Northmere Health and Wellbeing Board', partner_type: 'HWB', area: 'Northmere' },
  hwbWest: { partner: 'Westhaven Health and Wellbeing Board', partner_type: 'HWB', area: 'Westhaven' },
  police: { partner: 'Example Valley Police', partner_type: 'POLICE', area: 'Example Valley' },
  yot: { partner: 'Example Valley Youth Justice Service', partner_type: 'YOT', area: 'Example Valley' },
  probation: { partner: 'Probation Service \u2013 Example Valley', partner_type: 'PROBATION', area: 'Example Valley' },
  fire: { partner: 'Example Valley Fire and Rescue Service', partner_type: 'FIRE', area: 'Example Valley' },
  homeOffice: { partner: 'Home Office', partner_type: 'NATIONAL', area: 'England and Wales' },
  opcc: { partner: 'Office of the Police and Crime Commissioner for Example Valley', partner_type: 'OPCC', area: 'Example Valley' },
} as const satisfies Record<string, Pick<CorpusDoc, 'partner' | 'partner_type' | 'area'>>;
