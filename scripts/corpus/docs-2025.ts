import type { CorpusDoc } from './types.js';
import { P } from './partners.js';

/**
 * Scan year 2025: drift. County lines / child criminal exploitation is now named by three CSPs
 * (Northmere, Southbrook, Eastfield), the LSCB, Police and YOT; knife crime by three CSPs
 * (Northmere, Southbrook, Westhaven), the LSCB, Police and YOT. Fraud and scams against older
 * people is named by the SAB, the Northmere HWB and the Southbrook CSP. Rural crime is named by
 * nobody. Modern slavery appears as a local challenge in Westhaven only. See corpus/README.md.
 */
const Y = 2025;

export const DOCS_2025: CorpusDoc[] = [
  // ------------------------------------------------------------------ CSP Northmere (PDF)
  {
    id: 'csp-northmere-2025', role: 'partner', ...P.cspNorth, doc_type: 'strategic_assessment', year: Y,
    format: 'pdf', path: 'corpus/2025/safer-northmere-strategic-assessment-2025.pdf',
    title: 'Safer Northmere Partnership Strategic Assessment', subtitle: 'Strategic Assessment 2025/26',
    published: 'March 2025', contents: true,
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'This is the annual strategic assessment of the Safer Northmere Partnership, prepared under the Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007. It covers October 2023 to September 2024 and sets the Partnership\u2019s priorities for 2025/26.' },
      { p: 'For the first time the assessment incorporates the Northmere serious violence needs assessment produced with the Violence Reduction Unit, and data from the hospital emergency department on assault-related attendances.' },
      { h: 2, text: 'Methodology' },
      { p: 'Threat, harm and risk were scored with the MoRiLE matrix. The scores were tested with practitioners at a partnership workshop in January 2025, which also heard from young people supported by the youth work team.' },
      { h: 1, text: 'Crime and disorder in Northmere' },
      { p: 'Total recorded crime was stable at 31,700 offences. Possession of weapons offences rose by 27%, and knife-enabled robbery and assault among under-25s rose by 19%. Police intelligence identifies at least six county lines operating into the borough, with Northmere children recruited to carry drugs and cash to coastal towns.' },
      { p: 'Domestic abuse remains high, at 17% of recorded crime. Anti-social behaviour incidents fell by 5%. Drug-related deaths rose again and the use of synthetic opioids has been identified locally for the first time.' },
      { pagebreak: true },
      { h: 1, text: 'Our Priorities for 2025/26' },
      { p: 'The Partnership Board agreed the following priorities on 20 February 2025.' },
      { h: 2, text: 'Priority 1: Tackling county lines and child criminal exploitation' },
      { p: 'Identify children at risk of criminal exploitation earlier, disrupt county lines through Operation Cobalt, and support children to exit exploitation through the Navigators service.' },
      { h: 2, text: 'Priority 2: Reducing knife crime and serious violence' },
      { p: 'Deliver the serious violence strategy, including knife crime education in every secondary school, weapons sweeps and a hospital-based youth worker in the emergency department.' },
      { h: 2, text: 'Priority 3: Reducing domestic abuse' },
      { p: 'Reduce repeat victimisation and extend the whole-family approach to perpetrators.' },
      { h: 2, text: 'Priority 4: Tackling anti-social behaviour' },
      { p: 'Use problem-solving plans in the town centre and the Riverside estate, and pilot the new ASB case review process.' },
      { h: 2, text: 'Priority 5: Reducing the harm caused by drugs and alcohol' },
      { p: 'Increase treatment referrals from custody and respond to the emerging threat from synthetic opioids.' },
      { p: 'Burglary remains a priority for neighbourhood policing, although volumes continued to fall.' },
      { h: 1, text: 'Delivery and governance' },
      { p: 'Each priority has a lead officer and a delivery group reporting to the Partnership Board. The Partnership has shared this assessment with the Office of the Police and Crime Commissioner to inform the annual review of the Police and Crime Plan.' },
    ],
  },

  // ------------------------------------------------------------------ CSP Southbrook (HTML)
  {
    id: 'csp-southbrook-2025', role: 'partner', ...P.cspSouth, doc_type: 'partnership_plan', year: Y,
    format: 'html', path: 'corpus/2025/southbrook-csp-community-safety-plan-2025.html',
    title: 'Community Safety Partnership Plan 2024 to 2027: 2025 refresh', subtitle: 'Southbrook Community Safety Partnership',
    published: '12 May 2025',
    blocks: [
      { p: 'The Southbrook Community Safety Partnership refreshes its three-year plan every year in light of the strategic assessment. This page sets out the refreshed priorities agreed by the Partnership in April 2025.' },
      { p: 'The strategic assessment found that county lines activity has grown, that more young people are carrying knives, and that older residents are increasingly targeted by doorstep and telephone scams.' },
      { h: 1, text: 'Our priorities for 2025/26' },
      { ul: [
        'County lines and the criminal exploitation of children and young people',
        'Knife crime and serious youth violence',
        'Domestic abuse',
        'Anti-social behaviour',
        'Fraud and scams targeting older residents',
      ] },
      { h: 1, text: 'What we will do' },
      { p: 'We will run weapons amnesties with schools and youth clubs, fund detached youth workers in the three wards most affected by exploitation, and work with Trading Standards and the banks on a Banking Protocol and scam-awareness campaign for older people and their carers.' },
      { h: 2, text: 'Get involved' },
      { p: 'If you would like to help shape the work of the Partnership, join our residents\u2019 panel or contact the community safety team.' },
    ],
  },

  // ------------------------------------------------------------------ CSP Eastfield (TXT)
  {
    id: 'csp-eastfield-2025', role: 'partner', ...P.cspEast, doc_type: 'partnership_plan', year: Y,
    format: 'txt', path: 'corpus/2025/safer-eastfield-partnership-plan-2025.txt',
    title: 'Safer Eastfield Partnership Plan 2025-26', subtitle: 'Partnership Plan refresh',
    published: 'April 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'This refresh of the Partnership Plan sets out what the Safer Eastfield Partnership will focus on in 2025-26. It was endorsed by Eastfield District Council\u2019s Cabinet on 17 April 2025.' },
      { h: 1, text: 'What the strategic assessment told us' },
      { p: 'Recorded crime fell by 1% to 9,760 offences. Acquisitive crime fell by a third following two years of targeted work. The assessment found new evidence of county lines exploiting children and vulnerable adults in the market towns of Eastfield and Kelby, including the cuckooing of three council flats. Domestic abuse still accounts for one in five crimes.' },
      { h: 1, text: 'Our priorities' },
      { p: 'Our priorities are: county lines and the criminal exploitation of young people, domestic abuse, anti-social behaviour and protecting vulnerable and isolated residents.' },
      { h: 1, text: 'Measuring success' },
      { ul: [
        'More children at risk of exploitation referred to the Exploitation Hub',
        'Reduction in repeat domestic abuse victims referred to MARAC',
        'Reduction in anti-social behaviour incidents in Eastfield and Kelby town centres',
      ] },
      { h: 1, text: 'Contact' },
      { p: 'Community Safety Team, Eastfield District Council, Council Offices, Market Street, Eastfield. Email: communitysafety@eastfield.example.gov.uk' },
    ],
  },

  // ------------------------------------------------------------------ CSP Westhaven (MD)
  {
    id: 'csp-westhaven-2025', role: 'partner', ...P.cspWest, doc_type: 'strategic_assessment', year: Y,
    format: 'md', path: 'corpus/2025/westhaven-csp-strategic-assessment-summary-2025.md',
    title: 'Westhaven Community Safety Partnership: Strategic Assessment Summary 2025', subtitle: 'Public summary',
    published: 'February 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'This is the public summary of the Westhaven Community Safety Partnership strategic assessment for 2025. The full restricted assessment is shared with partner agencies.' },
      { h: 1, text: 'Key findings' },
      { ul: [
        'Knife-enabled offences in the old town and on the seafront rose by 22%, with a fatal stabbing in August 2024.',
        'Domestic abuse accounts for 18% of recorded crime.',
        'Anti-social behaviour on the seafront remains the most common complaint to councillors.',
        'Labour exploitation has been identified in hand car washes and seasonal work linked to the port, with 14 potential victims referred through the National Referral Mechanism.',
        'Prolific offenders continue to drive shop theft.',
      ] },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'Knife crime and serious violence',
        'Domestic abuse',
        'Anti-social behaviour',
        'Reducing reoffending by prolific and priority offenders',
        'Modern slavery and human trafficking',
      ] },
      { h: 1, text: 'Next steps' },
      { p: 'Modern slavery is a new priority for Westhaven and reflects a particular local challenge around the port. The Partnership will set up an anti-slavery network with the port authority, Border Force and the labour market enforcement agencies.' },
    ],
  },

  // ------------------------------------------------------------------ LSCB (DOCX, table)
  {
    id: 'lscb-2025', role: 'partner', ...P.lscb, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2025/ev-safeguarding-children-partnership-business-plan-2025.docx',
    title: 'Example Valley Safeguarding Children Partnership Business Plan', subtitle: 'Business Plan 2025\u20132026',
    published: 'June 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Example Valley Safeguarding Children Partnership (EVSCP) is led by the four local authorities, the Integrated Care Board and Example Valley Police. This business plan sets out our priorities for 2025\u20132026.' },
      { p: 'Two rapid reviews this year concerned teenagers who were criminally exploited by county lines networks, one of whom was seriously injured in a stabbing. Our priorities reflect the growing harm children face outside the family home.' },
      { h: 1, text: 'Our priorities for 2025\u20132026' },
      { table: [
        ['Priority', 'What we want to achieve', 'Lead subgroup'],
        ['Child criminal exploitation and county lines', 'Children exploited to move drugs are recognised as victims and protected through a contextual safeguarding approach', 'Exploitation and Missing subgroup'],
        ['Knife crime and serious youth violence', 'Fewer children carry knives or are harmed by them; schools and health services share concerns early', 'Exploitation and Missing subgroup'],
        ['Child sexual exploitation', 'Children at risk of sexual exploitation are identified early and protected', 'Exploitation and Missing subgroup'],
        ['Neglect', 'Practitioners use the neglect toolkit consistently across the four areas', 'Practice Development subgroup'],
        ['Children living with domestic abuse', 'The impact of domestic abuse on children is recognised in every referral', 'Domestic Abuse subgroup'],
      ] },
      { h: 1, text: 'How we will know we have made a difference' },
      { ul: [
        'Fewer children going missing repeatedly',
        'Multi-agency audits show improved quality of exploitation risk assessments',
        'Children and families tell us that help made a difference',
      ] },
      { h: 2, text: 'Governance' },
      { p: 'The Executive Group meets quarterly and is advised by the Independent Scrutineer. Progress on this plan will be reported in the annual report.' },
    ],
  },

  // ------------------------------------------------------------------ SAB (PDF)
  {
    id: 'sab-2025', role: 'partner', ...P.sab, doc_type: 'annual_report', year: Y,
    format: 'pdf', path: 'corpus/2025/ev-safeguarding-adults-board-annual-report-2024-25.pdf',
    title: 'Example Valley Safeguarding Adults Board Annual Report', subtitle: 'Annual Report 2024\u201325',
    published: 'September 2025',
    blocks: [
      { h: 1, text: 'Foreword from the Independent Chair' },
      { p: 'I am pleased to present the annual report of the Example Valley Safeguarding Adults Board for 2024\u201325. Safeguarding concerns rose again, to 6,910. The biggest change this year was in financial abuse: concerns about scams, fraud and financial exploitation of older people rose by 31%, and two older residents lost their life savings to courier and investment fraud.' },
      { h: 1, text: 'Safeguarding activity in 2024\u201325' },
      { p: 'Neglect and acts of omission remained the most common type of abuse, followed by financial abuse, which overtook self-neglect for the first time. The Board completed one Safeguarding Adults Review concerning a man who self-neglected and was repeatedly targeted by people who used his flat.' },
      { pagebreak: true },
      { h: 1, text: 'Our strategic priorities for 2025\u201326' },
      { p: 'The Board agreed the following priorities:' },
      { ol: [
        'Fraud and scams against older people, and other financial abuse',
        'Protecting adults at risk \u2013 vulnerable people who are unable to protect themselves from abuse or neglect',
        'Self-neglect and hoarding',
        'Domestic abuse affecting older and disabled adults',
      ] },
      { h: 1, text: 'Working with partners on financial abuse' },
      { p: 'With Example Valley Police, Trading Standards and the banks, the Board will promote the Banking Protocol, train care staff to recognise scams and support victims through the police Economic Crime Unit\u2019s vulnerability officers.' },
      { h: 2, text: 'Partner contributions' },
      { p: 'The Board is funded by the four local authorities, the Integrated Care Board, Example Valley Police and the Office of the Police and Crime Commissioner.' },
    ],
  },

  // ------------------------------------------------------------------ HWB Northmere (HTML)
  {
    id: 'hwb-northmere-2025', role: 'partner', ...P.hwbNorth, doc_type: 'annual_report', year: Y,
    format: 'html', path: 'corpus/2025/northmere-health-and-wellbeing-board-annual-report-2025.html',
    title: 'Northmere Health and Wellbeing Board: annual update 2025', subtitle: 'Joint Local Health and Wellbeing Strategy 2024\u20132028, year two',
    published: '8 July 2025',
    blocks: [
      { p: 'This page reports progress in the second year of our Joint Local Health and Wellbeing Strategy and sets out the Board\u2019s focus for 2025/26.' },
      { h: 1, text: 'Our priorities for 2025/26' },
      { ul: [
        'Reducing harm from drugs and alcohol',
        'Improving mental health and supporting vulnerable people in crisis',
        'Tackling domestic abuse',
        'Ageing well, including protecting older people from fraud and scams',
      ] },
      { h: 2, text: 'Why we have added fraud and scams' },
      { p: 'GPs, social prescribers and Age UK Northmere told the Board that scams are causing anxiety, isolation and financial hardship among older patients. Victims of fraud aged over 75 are more likely to move into residential care within a year.' },
      { h: 2, text: 'Progress in 2024/25' },
      { p: 'Treatment numbers rose by 8%, and 60 GP practices completed domestic abuse training.' },
    ],
  },

  // ------------------------------------------------------------------ HWB Westhaven (TXT)
  {
    id: 'hwb-westhaven-2025', role: 'partner', ...P.hwbWest, doc_type: 'annual_report', year: Y,
    format: 'txt', path: 'corpus/2025/westhaven-hwb-annual-report-2025.txt',
    title: 'Westhaven Health and Wellbeing Board Annual Report 2024/25', subtitle: 'Annual Report',
    published: 'July 2025',
    blocks: [
      { h: 1, text: 'Introduction from the Chair' },
      { p: 'Welcome to the annual report of the Westhaven Health and Wellbeing Board. The Board has continued to focus on the wider determinants of health.' },
      { h: 1, text: 'Our priorities for 2025/26' },
      { ul: [
        'Drug and alcohol misuse and recovery',
        'Supporting older and isolated residents and other vulnerable people to live independently',
        'Domestic abuse and its impact on health',
        'Healthy weight and physical activity',
      ] },
      { h: 1, text: 'Highlights' },
      { p: 'The seafront outreach service supported 455 people with alcohol problems, and the domestic abuse health pathway is now in place at Westhaven General Hospital.' },
    ],
  },

  // ------------------------------------------------------------------ POLICE (PDF)
  {
    id: 'police-2025', role: 'partner', ...P.police, doc_type: 'strategic_assessment', year: Y,
    format: 'pdf', path: 'corpus/2025/example-valley-police-control-strategy-2025.pdf',
    title: 'Example Valley Police Control Strategy', subtitle: 'Force Control Strategy 2025\u201326 (public version)',
    published: 'April 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Control Strategy sets out the threats that present the greatest risk of harm to the communities of Example Valley. It is derived from the Force Strategic Assessment 2025 and directs resources through the force tasking and coordination process.' },
      { p: 'The most significant change since 2024 is the growth of county lines drug supply and the criminal exploitation of children, and an associated increase in knife crime among young people.' },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'County lines and child criminal exploitation',
        'Knife crime and serious violence',
        'Violence against women and girls, including domestic abuse',
        'Child sexual exploitation',
        'Protecting vulnerable people, including missing people and those in mental health crisis',
        'Drug supply and drug-related harm',
        'Anti-social behaviour',
      ] },
      { pagebreak: true },
      { h: 1, text: 'Intelligence requirements' },
      { p: 'Each priority has a strategic lead at chief officer level. Officers and staff are asked to submit intelligence on deal lines, cuckooed addresses, and people carrying or supplying knives.' },
      { h: 2, text: 'Areas of emerging concern' },
      { p: 'The assessment notes the increasing use of encrypted messaging applications by drug supply networks. This will be monitored by the Force Intelligence Bureau and reviewed at the next strategic assessment.' },
      { h: 1, text: 'Partnership working' },
      { p: 'Delivery depends on partners. The force will work with the Violence Reduction Unit, the four Community Safety Partnerships, the Youth Justice Service and both Safeguarding Boards.' },
    ],
  },

  // ------------------------------------------------------------------ YOT (DOCX)
  {
    id: 'yot-2025', role: 'partner', ...P.yot, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2025/ev-youth-justice-plan-2025.docx',
    title: 'Example Valley Youth Justice Plan', subtitle: 'Youth Justice Plan 2025\u201326',
    published: 'June 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of offending. This plan is overseen by the Youth Justice Management Board.' },
      { p: 'In 2024\u201325 the service worked with 438 children. Knife possession offences by children rose by 35%, and almost a third of children on court orders had been identified as at risk of criminal exploitation.' },
      { h: 1, text: 'Our priorities' },
      { h: 2, text: 'Priority 1: Reducing knife crime' },
      { p: 'Every child arrested for a knife offence will be offered the Knife Crime Prevention Programme and a trusted adult mentor.' },
      { h: 2, text: 'Priority 2: Child criminal exploitation and county lines' },
      { p: 'Treat exploited children as victims, use the National Referral Mechanism where appropriate, and work with the Exploitation Hub to disrupt those who exploit them.' },
      { h: 2, text: 'Priority 3: Reducing reoffending' },
      { p: 'Strengthen our desistance-based approach and improve education, training and employment outcomes.' },
      { h: 2, text: 'Priority 4: Reducing violent crime by children' },
      { p: 'Continue violence reduction interventions with the Violence Reduction Unit.' },
      { h: 1, text: 'Over-represented children' },
      { p: 'Children looked after and Black children remain over-represented in the cohort, and this will be a focus of our disproportionality action plan.' },
    ],
  },

  // ------------------------------------------------------------------ PROBATION (DOCX)
  {
    id: 'probation-2025', role: 'partner', ...P.probation, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2025/probation-example-valley-business-plan-2025.docx',
    title: 'Example Valley Probation Delivery Unit Business Plan', subtitle: 'Regional Reducing Reoffending Plan: local delivery 2025\u201326',
    published: 'May 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Probation Service in Example Valley supervises around 4,450 people. This local plan sets out how the Probation Delivery Unit will contribute to the regional Reducing Reoffending Plan in 2025\u201326, including the impact of early release measures.' },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'Reduce reoffending by people on probation',
        'Protect the public from serious harm, including domestic abuse perpetrators',
        'Increase engagement with drug and alcohol treatment',
        'Secure settled accommodation and employment on release from custody',
      ] },
      { p: 'Domestic abuse remains a priority across all our work.' },
      { h: 1, text: 'Working with partners' },
      { p: 'We will work with the Police and Crime Commissioner, the Integrated Offender Management scheme and the four Community Safety Partnerships.' },
    ],
  },

  // ------------------------------------------------------------------ FIRE (HTML)
  {
    id: 'fire-2025', role: 'partner', ...P.fire, doc_type: 'annual_report', year: Y,
    format: 'html', path: 'corpus/2025/ev-fire-annual-performance-report-2025.html',
    title: 'Annual Performance Report 2024/25', subtitle: 'Example Valley Fire and Rescue Service',
    published: '30 June 2025',
    blocks: [
      { p: 'This report shows how we performed against the commitments in our Community Risk Management Plan 2024\u20132027 during the year.' },
      { h: 1, text: 'Our priorities' },
      { ul: [
        'Preventing fires in the home, with safe and well visits for vulnerable people',
        'Reducing deliberate fires and anti-social behaviour involving fire',
        'Making our roads safer',
        'Protecting businesses through fire safety inspections',
      ] },
      { p: 'Road safety remains a priority for the Service: crews attended 587 road traffic collisions in 2024/25.' },
      { h: 2, text: 'Performance highlights' },
      { p: 'We completed 9,800 safe and well visits, 62% of them to people aged over 65, and deliberate secondary fires fell by 12%.' },
    ],
  },

  // ------------------------------------------------------------------ NATIONAL (MD)
  {
    id: 'national-2025', role: 'national', ...P.homeOffice, doc_type: 'other', year: Y,
    format: 'md', path: 'corpus/2025/national-policing-priorities-summary-2025.md',
    title: 'National policing priorities: summary for police and crime commissioners', subtitle: 'Strategic Policing Requirement and Safer Streets mission, 2025',
    published: 'January 2025',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'This note summarises the national priorities that the Example Valley OPCC must have regard to in its 2025 planning cycle: the Strategic Policing Requirement (SPR) and the Government\u2019s Safer Streets mission.' },
      { h: 1, text: 'Strategic Policing Requirement' },
      { ul: [
        'Violence against women and girls',
        'Terrorism',
        'Serious and organised crime, including county lines and fraud',
        'A national cyber event',
        'Child sexual abuse',
        'Public disorder',
      ] },
      { h: 1, text: 'Safer Streets mission' },
      { p: 'The Government\u2019s priorities are: halving knife crime within a decade, halving violence against women and girls within a decade, and restoring neighbourhood policing to tackle anti-social behaviour and shop theft.' },
      { h: 1, text: 'What this means locally' },
      { p: 'PCCs should show in their Police and Crime Plans how local policing and partners will contribute to these national priorities, and should review their plans when the national picture changes.' },
    ],
  },

  // ------------------------------------------------------------------ SURVEY (CSV)
  {
    id: 'survey-2025', role: 'survey', ...P.opcc, doc_type: 'survey', year: Y,
    format: 'csv', path: 'corpus/2025/partner-survey-2025.csv',
    title: 'OPCC partner survey 2025', published: 'November 2025', blocks: [],
    rows: [
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'County lines and child criminal exploitation', 1],
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'Knife crime', 2],
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'Domestic abuse', 3],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'Knife crime and serious youth violence', 1],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'County lines', 2],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'Scams and fraud against older people', 3],
      ['Safer Eastfield Partnership', 'CSP', 'Eastfield', 'County lines exploitation', 1],
      ['Safer Eastfield Partnership', 'CSP', 'Eastfield', 'Domestic abuse', 2],
      ['Westhaven Community Safety Partnership', 'CSP', 'Westhaven', 'Knife crime', 1],
      ['Westhaven Community Safety Partnership', 'CSP', 'Westhaven', 'Modern slavery', 2],
      ['Example Valley Safeguarding Adults Board', 'SAB', 'Example Valley', 'Fraud and scams against older people', 1],
      ['Example Valley Safeguarding Children Partnership', 'LSCB', 'Example Valley', 'Child criminal exploitation', 1],
      ['Example Valley Youth Justice Service', 'YOT', 'Example Valley', 'Knife crime', 1],
      ['Northmere Health and Wellbeing Board', 'HWB', 'Northmere', 'Drugs and alcohol', 1],
      ['Example Valley Fire and Rescue Service', 'FIRE', 'Example Valley', 'Road safety', 1],
    ],
  },
];
