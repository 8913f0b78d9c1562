import type { CorpusDoc } from './types.js';
import { P } from './partners.js';

/**
 * Scan year 2024: partners broadly match the 2021 plan. Universal themes: domestic abuse,
 * anti-social behaviour, drugs and alcohol, vulnerable people. Some cite violent crime and
 * reoffending. County lines is cited by one CSP only (Southbrook). Rural crime is cited by
 * Safer Eastfield and Example Valley Police. No partner names knife crime, fraud against older
 * people or modern slavery. See corpus/README.md.
 */
const Y = 2024;

export const DOCS_2024: CorpusDoc[] = [
  // ------------------------------------------------------------------ CSP Northmere (PDF)
  {
    id: 'csp-northmere-2024', role: 'partner', ...P.cspNorth, doc_type: 'strategic_assessment', year: Y,
    format: 'pdf', path: 'corpus/2024/safer-northmere-strategic-assessment-2024.pdf',
    title: 'Safer Northmere Partnership Strategic Assessment', subtitle: 'Strategic Assessment 2024/25',
    published: 'March 2024', contents: true,
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Crime and Disorder Act 1998 requires the responsible authorities in Northmere \u2013 the council, Example Valley Police, the fire and rescue service, the probation service and the integrated care board \u2013 to work together to reduce crime and disorder, substance misuse and reoffending. Each year the Partnership prepares a strategic assessment to understand the issues affecting the borough and to set its priorities for the year ahead.' },
      { p: 'This assessment covers the period October 2022 to September 2023. It draws on police recorded crime, anti-social behaviour incidents, council enforcement data, hospital admissions, treatment data and the results of the Northmere Residents\u2019 Survey.' },
      { h: 2, text: 'Methodology' },
      { p: 'Issues were scored using the MoRiLE matrix for threat, harm and risk, then tested with partners at a workshop in January 2024. Volume, trend, public concern and the partnership\u2019s ability to make a difference were all taken into account.' },
      { h: 1, text: 'Crime and disorder in Northmere' },
      { p: 'Total recorded crime in Northmere fell by 3% to 31,950 offences. Violence against the person accounts for 38% of all crime. Violence with injury is concentrated in the town centre between 10pm and 4am on Friday and Saturday nights, and around a third of assaults involve alcohol.' },
      { p: 'Domestic abuse related crime rose by 6% and now makes up 17% of recorded crime. Repeat victimisation at MARAC is 34%, above the national benchmark. Anti-social behaviour incidents fell by 8%, but remain the issue most often raised at ward panels, particularly in Kingsgate and the Riverside estate.' },
      { p: 'Drug related offences rose by 11%, largely as a result of proactive operations, and drug-related deaths in the borough remain above the regional average. Residential burglary continued its long-term fall.' },
      { pagebreak: true },
      { h: 1, text: 'Our Priorities for 2024/25' },
      { p: 'Having considered the evidence the Partnership Board agreed five priorities for 2024/25.' },
      { h: 2, text: 'Priority 1: Reducing domestic abuse' },
      { p: 'Improve the response to high-risk victims, reduce repeat victimisation and expand the perpetrator programme to all of Northmere.' },
      { h: 2, text: 'Priority 2: Tackling anti-social behaviour' },
      { p: 'Use the community trigger and problem-solving plans to reduce persistent anti-social behaviour in the town centre and on the Riverside estate.' },
      { h: 2, text: 'Priority 3: Reducing violent crime in the night-time economy' },
      { p: 'Deliver our duties under the Serious Violence Duty, working with licensed premises, street pastors and the hospital emergency department to reduce violence with injury.' },
      { h: 2, text: 'Priority 4: Reducing the harm caused by drugs and alcohol' },
      { p: 'Increase the number of people entering treatment from the criminal justice system and reduce drug-related deaths.' },
      { h: 2, text: 'Priority 5: Protecting vulnerable people' },
      { p: 'Identify and support people at risk of harm, including people with mental ill health and those who are repeatedly reported missing.' },
      { p: 'Burglary remains a priority for neighbourhood policing, and the Partnership will keep levels under review through the quarterly performance report.' },
      { h: 1, text: 'Delivery and governance' },
      { p: 'Each priority has a lead officer and a delivery group reporting to the Partnership Board. The action plan will be refreshed in April 2024 and progress reported to the council\u2019s Overview and Scrutiny Committee in the autumn.' },
      { p: 'The Partnership will also share this assessment with the Office of the Police and Crime Commissioner to inform the annual review of the Police and Crime Plan.' },
    ],
  },

  // ------------------------------------------------------------------ CSP Southbrook (HTML)
  {
    id: 'csp-southbrook-2024', role: 'partner', ...P.cspSouth, doc_type: 'partnership_plan', year: Y,
    format: 'html', path: 'corpus/2024/southbrook-csp-community-safety-plan-2024.html',
    title: 'Community Safety Partnership Plan 2024 to 2027', subtitle: 'Southbrook Community Safety Partnership',
    published: '14 May 2024',
    blocks: [
      { p: 'The Southbrook Community Safety Partnership brings together Southbrook District Council, Example Valley Police, Example Valley Fire and Rescue Service, the Probation Service and the NHS to keep Southbrook a safe place to live, work and visit.' },
      { p: 'Our plan is informed by the annual strategic assessment and by what residents told us in the 2023 community safety survey, which received 1,140 responses.' },
      { h: 1, text: 'Our priorities for 2024/25' },
      { ul: [
        'Domestic abuse \u2013 supporting victims and holding perpetrators to account',
        'Anti-social behaviour, including off-road bikes and nuisance in parks',
        'County lines drug dealing and the exploitation of young people by gangs',
        'Drug and alcohol misuse',
        'Safeguarding vulnerable people',
      ] },
      { h: 1, text: 'Why these priorities matter' },
      { p: 'Domestic abuse incidents reported to the police in Southbrook increased by 9% last year. Anti-social behaviour remains the top concern in our residents\u2019 survey. Police intelligence shows that at least three county lines are operating into Southbrook from outside the county, using local young people and the homes of vulnerable adults to deal drugs.' },
      { h: 2, text: 'How we will deliver the plan' },
      { p: 'Each priority has a multi-agency delivery group. The Partnership meets quarterly and publishes its minutes on this website.' },
      { h: 2, text: 'Get involved' },
      { p: 'If you would like to help shape the work of the Partnership, join our residents\u2019 panel or contact the community safety team.' },
    ],
  },

  // ------------------------------------------------------------------ CSP Eastfield (TXT)
  {
    id: 'csp-eastfield-2024', role: 'partner', ...P.cspEast, doc_type: 'partnership_plan', year: Y,
    format: 'txt', path: 'corpus/2024/safer-eastfield-partnership-plan-2024.txt',
    title: 'Safer Eastfield Partnership Plan 2024-25', subtitle: 'Partnership Plan refresh',
    published: 'April 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'Eastfield is one of the safest districts in the country, but crime still affects our residents, many of whom live in small villages and isolated farmsteads. This refresh of the Partnership Plan sets out what the Safer Eastfield Partnership will focus on in 2024-25.' },
      { p: 'The plan has been agreed by the responsible authorities and endorsed by Eastfield District Council\u2019s Cabinet on 18 April 2024.' },
      { h: 1, text: 'What the strategic assessment told us' },
      { p: 'Recorded crime rose by 2% to 9,870 offences. Domestic abuse accounts for one in five crimes. Theft of agricultural vehicles, quad bikes and GPS units from farms cost local businesses an estimated \u00a31.2 million, and fly-tipping on farmland increased by 14%. Anti-social behaviour in the market towns of Eastfield and Kelby, particularly by groups of young people, generated 2,310 calls.' },
      { h: 1, text: 'Our priorities' },
      { p: 'Our priorities are: domestic abuse, rural crime, anti-social behaviour, drug and alcohol misuse and protecting vulnerable and isolated residents.' },
      { p: 'Under each priority we will agree an action plan with named leads. Our rural crime work will be delivered with the police Rural Crime Team, the National Farmers\u2019 Union and Farmwatch.' },
      { h: 1, text: 'Measuring success' },
      { ul: [
        'Reduction in repeat domestic abuse victims referred to MARAC',
        'Fewer thefts from farms and rural businesses',
        'Reduction in anti-social behaviour incidents in Eastfield and Kelby town centres',
        'More people in treatment for drug and alcohol misuse',
      ] },
      { h: 1, text: 'Contact' },
      { p: 'Community Safety Team, Eastfield District Council, Council Offices, Market Street, Eastfield. Email: communitysafety@eastfield.example.gov.uk' },
    ],
  },

  // ------------------------------------------------------------------ CSP Westhaven (MD)
  {
    id: 'csp-westhaven-2024', role: 'partner', ...P.cspWest, doc_type: 'strategic_assessment', year: Y,
    format: 'md', path: 'corpus/2024/westhaven-csp-strategic-assessment-summary-2024.md',
    title: 'Westhaven Community Safety Partnership: Strategic Assessment Summary 2024', subtitle: 'Public summary',
    published: 'February 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'This is the public summary of the Westhaven Community Safety Partnership strategic assessment. The full restricted assessment is shared with partner agencies. Westhaven is a coastal district of 182,000 residents, with a working port, a large seasonal visitor population and pockets of high deprivation in the old town.' },
      { h: 1, text: 'Key findings' },
      { ul: [
        'Total crime fell by 4%, but remains higher in the summer months when visitor numbers peak.',
        'Domestic abuse accounts for 19% of recorded crime; most victims are women aged 18 to 35.',
        'Anti-social behaviour on the seafront and in the old town is the most common complaint to councillors.',
        'Around 40% of adults supervised by probation in Westhaven are assessed as having a drug or alcohol need.',
        'A small number of prolific offenders are responsible for a large share of shop theft.',
      ] },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'Domestic abuse',
        'Anti-social behaviour',
        'Drug and alcohol misuse',
        'Reducing reoffending by prolific and priority offenders',
        'Safeguarding vulnerable people',
      ] },
      { h: 1, text: 'Next steps' },
      { p: 'The Partnership will refresh its action plan by June 2024 and will report progress to the Westhaven Overview and Scrutiny Panel.' },
    ],
  },

  // ------------------------------------------------------------------ LSCB (DOCX, table)
  {
    id: 'lscb-2024', role: 'partner', ...P.lscb, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2024/ev-safeguarding-children-partnership-business-plan-2024.docx',
    title: 'Example Valley Safeguarding Children Partnership Business Plan', subtitle: 'Business Plan 2024\u20132025',
    published: 'June 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Example Valley Safeguarding Children Partnership (EVSCP) is led by the four local authorities, the Integrated Care Board and Example Valley Police. Under Working Together to Safeguard Children 2023 the safeguarding partners must publish arrangements setting out how they will work together with relevant agencies to safeguard and promote the welfare of children.' },
      { p: 'This business plan sets out our priorities for 2024\u20132025 and the actions we will take through our subgroups.' },
      { h: 1, text: 'Our priorities for 2024\u20132025' },
      { table: [
        ['Priority', 'What we want to achieve', 'Lead subgroup'],
        ['Child sexual exploitation', 'Children at risk of sexual exploitation are identified early and protected', 'Exploitation and Missing subgroup'],
        ['Neglect', 'Practitioners use the neglect toolkit consistently across the four areas', 'Practice Development subgroup'],
        ['Children living with domestic abuse', 'The impact of domestic abuse on children is recognised and responded to in every referral', 'Domestic Abuse subgroup'],
        ['Parental drug and alcohol misuse', 'Families affected by substance misuse are offered joined-up support', 'Early Help subgroup'],
        ['Vulnerable adolescents', 'Teenagers who go missing or are excluded from school get a coordinated response', 'Exploitation and Missing subgroup'],
      ] },
      { h: 1, text: 'How we will know we have made a difference' },
      { ul: [
        'Multi-agency audits show improved quality of assessment and planning',
        'Children and families tell us that help made a difference',
        'Learning from local child safeguarding practice reviews is embedded in practice',
      ] },
      { h: 2, text: 'Governance' },
      { p: 'The Executive Group meets quarterly and is advised by the Independent Scrutineer. Progress on this plan will be reported in the annual report.' },
    ],
  },

  // ------------------------------------------------------------------ SAB (PDF)
  {
    id: 'sab-2024', role: 'partner', ...P.sab, doc_type: 'annual_report', year: Y,
    format: 'pdf', path: 'corpus/2024/ev-safeguarding-adults-board-annual-report-2023-24.pdf',
    title: 'Example Valley Safeguarding Adults Board Annual Report', subtitle: 'Annual Report 2023\u201324',
    published: 'September 2024',
    blocks: [
      { h: 1, text: 'Foreword from the Independent Chair' },
      { p: 'I am pleased to present the annual report of the Example Valley Safeguarding Adults Board for 2023\u201324. The Board is a statutory partnership under the Care Act 2014. Its job is to make sure that local agencies work together to protect adults with care and support needs from abuse and neglect.' },
      { p: 'This year we received 6,420 safeguarding concerns, an increase of 7%. Neglect and acts of omission, self-neglect and domestic abuse were the most common types of abuse recorded, and the home of the adult remained the most common location.' },
      { h: 1, text: 'Safeguarding activity in 2023\u201324' },
      { p: 'Of the 1,980 enquiries completed under section 42 of the Care Act, 71% of adults were asked what outcomes they wanted and 94% of those who expressed an outcome had it fully or partly achieved. The Board commissioned two Safeguarding Adults Reviews, both concerning adults who self-neglected and who had repeated contact with police and ambulance services.' },
      { pagebreak: true },
      { h: 1, text: 'Our strategic priorities for 2024\u201325' },
      { p: 'Following a development day in March 2024, the Board agreed the following priorities:' },
      { ol: [
        'Protecting adults at risk \u2013 vulnerable people who are unable to protect themselves from abuse or neglect',
        'Self-neglect and hoarding',
        'Domestic abuse affecting older and disabled adults',
        'Making safeguarding personal',
      ] },
      { p: 'Anti-social behaviour targeted at adults with learning disabilities remains a concern for the Board, and the Board will work with the Community Safety Partnerships on this.' },
      { h: 1, text: 'Learning from Safeguarding Adults Reviews' },
      { p: 'Both reviews found that agencies did not always share information about escalating risk, and that mental capacity was not always assessed. The Board has published seven-minute briefings and run four learning events attended by 310 practitioners.' },
      { h: 2, text: 'Partner contributions' },
      { p: 'The Board is funded by the four local authorities, the Integrated Care Board, Example Valley Police and the Office of the Police and Crime Commissioner.' },
    ],
  },

  // ------------------------------------------------------------------ HWB Northmere (HTML)
  {
    id: 'hwb-northmere-2024', role: 'partner', ...P.hwbNorth, doc_type: 'partnership_plan', year: Y,
    format: 'html', path: 'corpus/2024/northmere-health-and-wellbeing-strategy-2024.html',
    title: 'Northmere Joint Local Health and Wellbeing Strategy', subtitle: 'Joint Local Health and Wellbeing Strategy 2024\u20132028',
    published: '2 July 2024',
    blocks: [
      { p: 'The Northmere Health and Wellbeing Board brings together the council, the NHS, Healthwatch and the voluntary sector to improve health and reduce health inequalities. Our strategy is based on the Joint Strategic Needs Assessment.' },
      { p: 'Healthy life expectancy in the most deprived parts of Northmere is 14 years lower than in the least deprived areas. Around 2,900 adults are in structured treatment for drug or alcohol dependence, and alcohol-related hospital admissions are among the highest in the region.' },
      { h: 1, text: 'Our priorities' },
      { p: 'Our priorities are: giving every child the best start in life, reducing harm from drugs and alcohol, improving mental health and wellbeing, and tackling domestic abuse.' },
      { h: 2, text: 'Reducing harm from drugs and alcohol' },
      { p: 'Through the Combating Drugs Partnership we will increase treatment numbers and continuity of care on release from prison.' },
      { h: 2, text: 'Tackling domestic abuse' },
      { p: 'We will deliver the Domestic Abuse Act 2021 safe accommodation duty and train GP practices through the IRIS programme.' },
      { h: 2, text: 'Improving mental health and wellbeing' },
      { p: 'Vulnerable people in crisis should get help from health services rather than the police, in line with Right Care, Right Person.' },
    ],
  },

  // ------------------------------------------------------------------ HWB Westhaven (TXT)
  {
    id: 'hwb-westhaven-2024', role: 'partner', ...P.hwbWest, doc_type: 'annual_report', year: Y,
    format: 'txt', path: 'corpus/2024/westhaven-hwb-annual-report-2024.txt',
    title: 'Westhaven Health and Wellbeing Board Annual Report 2023/24', subtitle: 'Annual Report',
    published: 'July 2024',
    blocks: [
      { h: 1, text: 'Introduction from the Chair' },
      { p: 'Welcome to the annual report of the Westhaven Health and Wellbeing Board. This year the Board has focused on the wider determinants of health: housing, employment, and the safety of our communities.' },
      { h: 1, text: 'Our priorities for 2024/25' },
      { ul: [
        'Drug and alcohol misuse and recovery',
        'Supporting older and isolated residents and other vulnerable people to live independently',
        'Domestic abuse and its impact on health',
        'Healthy weight and physical activity',
      ] },
      { h: 1, text: 'Highlights' },
      { p: 'The seafront outreach service supported 410 people with alcohol problems. The Board agreed a new domestic abuse health pathway with the hospital trust. The Ageing Well programme reached 2,100 older residents.' },
    ],
  },

  // ------------------------------------------------------------------ POLICE (PDF)
  {
    id: 'police-2024', role: 'partner', ...P.police, doc_type: 'strategic_assessment', year: Y,
    format: 'pdf', path: 'corpus/2024/example-valley-police-control-strategy-2024.pdf',
    title: 'Example Valley Police Control Strategy', subtitle: 'Force Control Strategy 2024\u201325 (public version)',
    published: 'April 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Control Strategy sets out the threats that present the greatest risk of harm to the communities of Example Valley. It is derived from the Force Strategic Assessment, which uses the MoRiLE methodology to assess threat, harm and risk, and it directs the use of resources through the force tasking and coordination process.' },
      { p: 'This public version omits restricted intelligence material. It has been shared with the Police and Crime Commissioner and community safety partners.' },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'Violent crime, including violence with injury in the night-time economy',
        'Domestic abuse',
        'Child sexual exploitation',
        'Protecting vulnerable people, including missing people and those in mental health crisis',
        'Drug supply and drug-related harm',
        'Rural crime, including organised theft of plant and agricultural machinery',
        'Anti-social behaviour',
      ] },
      { pagebreak: true },
      { h: 1, text: 'Intelligence requirements' },
      { p: 'Each priority has a strategic lead at chief officer level and a set of intelligence requirements. Officers and staff are asked to submit intelligence on the people, places and methods associated with each priority.' },
      { h: 2, text: 'Areas of emerging concern' },
      { p: 'The strategic assessment notes a rise in the use of social media by young people to arrange fights and an increase in reports of online child abuse. These will be monitored by the Force Intelligence Bureau.' },
      { h: 1, text: 'Partnership working' },
      { p: 'Delivery depends on partners. Neighbourhood policing teams will work within the four Community Safety Partnerships, and the Public Protection Command will work with both Safeguarding Boards.' },
    ],
  },

  // ------------------------------------------------------------------ YOT (DOCX)
  {
    id: 'yot-2024', role: 'partner', ...P.yot, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2024/ev-youth-justice-plan-2024.docx',
    title: 'Example Valley Youth Justice Plan', subtitle: 'Youth Justice Plan 2024\u201325',
    published: 'June 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Youth Justice Service works with children aged 10 to 17 who have offended or are at risk of offending. Under section 40 of the Crime and Disorder Act 1998 the local authorities must publish an annual youth justice plan, which is overseen by the Youth Justice Management Board.' },
      { p: 'In 2023\u201324 the service worked with 412 children. First-time entrants to the youth justice system fell by 9%, but the reoffending rate rose slightly to 34%.' },
      { h: 1, text: 'Our priorities' },
      { h: 2, text: 'Priority 1: Reducing reoffending' },
      { p: 'Strengthen our desistance-based approach so that children on court orders are supported into education, training and positive activities.' },
      { h: 2, text: 'Priority 2: Preventing first-time entrants' },
      { p: 'Expand the Turnaround programme and out-of-court disposals so that children are diverted away from the formal system.' },
      { h: 2, text: 'Priority 3: Reducing violent crime by children' },
      { p: 'Violence against the person accounts for 41% of offences committed by children we work with. We will deliver violence reduction interventions with the Violence Reduction Unit.' },
      { h: 2, text: 'Priority 4: Substance misuse' },
      { p: 'Every child will be screened for drug and alcohol use and offered a specialist worker.' },
      { h: 1, text: 'Over-represented children' },
      { p: 'Children looked after and children with special educational needs remain over-represented in the cohort. These vulnerable children will be a focus of our disproportionality action plan.' },
    ],
  },

  // ------------------------------------------------------------------ PROBATION (DOCX)
  {
    id: 'probation-2024', role: 'partner', ...P.probation, doc_type: 'business_plan', year: Y,
    format: 'docx', path: 'corpus/2024/probation-example-valley-business-plan-2024.docx',
    title: 'Example Valley Probation Delivery Unit Business Plan', subtitle: 'Regional Reducing Reoffending Plan: local delivery 2024\u201325',
    published: 'May 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Probation Service in Example Valley supervises around 4,300 people on community orders, suspended sentences and licence. This local plan sets out how the Probation Delivery Unit will contribute to the regional Reducing Reoffending Plan.' },
      { h: 1, text: 'Strategic Priorities' },
      { ol: [
        'Reduce reoffending by people on probation',
        'Protect the public from serious harm, including domestic abuse perpetrators',
        'Increase engagement with drug and alcohol treatment through community sentence treatment requirements',
        'Secure settled accommodation and employment on release from custody',
      ] },
      { p: 'Domestic abuse remains a priority across all our work: around 30% of the people we supervise have a current or previous domestic abuse flag.' },
      { h: 1, text: 'Working with partners' },
      { p: 'We will work with the Police and Crime Commissioner, the Integrated Offender Management scheme and the four Community Safety Partnerships.' },
    ],
  },

  // ------------------------------------------------------------------ FIRE (HTML)
  {
    id: 'fire-2024', role: 'partner', ...P.fire, doc_type: 'partnership_plan', year: Y,
    format: 'html', path: 'corpus/2024/ev-fire-community-risk-management-plan-2024.html',
    title: 'Community Risk Management Plan 2024\u20132027', subtitle: 'Example Valley Fire and Rescue Service',
    published: '1 April 2024',
    blocks: [
      { p: 'Our Community Risk Management Plan (CRMP) explains the risks facing our communities and how we will use our firefighters, fire stations and resources to reduce them.' },
      { h: 1, text: 'Our priorities' },
      { ul: [
        'Preventing fires in the home, with safe and well visits for vulnerable people',
        'Reducing deliberate fires and anti-social behaviour involving fire',
        'Making our roads safer',
        'Protecting businesses through fire safety inspections',
      ] },
      { p: 'Road safety remains a priority for the Service: our crews attended 612 road traffic collisions last year.' },
      { h: 2, text: 'Have your say' },
      { p: 'We consulted on this plan for 12 weeks. You can read the consultation report on our publications page.' },
    ],
  },

  // ------------------------------------------------------------------ NATIONAL (MD)
  {
    id: 'national-spr-2024', role: 'national', ...P.homeOffice, doc_type: 'other', year: Y,
    format: 'md', path: 'corpus/2024/strategic-policing-requirement-summary-2024.md',
    title: 'Strategic Policing Requirement: summary for police and crime commissioners', subtitle: 'Summary of the Strategic Policing Requirement 2023',
    published: 'January 2024',
    blocks: [
      { h: 1, text: 'Introduction' },
      { p: 'The Strategic Policing Requirement (SPR) sets out the national threats that chief constables and police and crime commissioners must have regard to when exercising their functions. This summary was prepared for the Example Valley OPCC planning cycle.' },
      { h: 1, text: 'National threats' },
      { p: 'The SPR 2023 identifies the following national threats:' },
      { ul: [
        'Violence against women and girls',
        'Terrorism',
        'Serious and organised crime',
        'A national cyber event',
        'Child sexual abuse',
        'Public disorder',
        'Civil emergencies',
      ] },
      { h: 1, text: 'What this means locally' },
      { p: 'PCCs should show in their Police and Crime Plans how the force will contribute to the national response, including through regional organised crime units and counter-terrorism policing networks.' },
    ],
  },

  // ------------------------------------------------------------------ SURVEY (CSV)
  {
    id: 'survey-2024', role: 'survey', ...P.opcc, doc_type: 'survey', year: Y,
    format: 'csv', path: 'corpus/2024/partner-survey-2024.csv',
    title: 'OPCC partner survey 2024', published: 'November 2024', blocks: [],
    rows: [
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'Domestic abuse', 1],
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'Violent crime in the night-time economy', 2],
      ['Safer Northmere Partnership', 'CSP', 'Northmere', 'Anti-social behaviour', 3],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'Anti-social behaviour', 1],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'County lines and gangs', 2],
      ['Southbrook Community Safety Partnership', 'CSP', 'Southbrook', 'Domestic abuse', 3],
      ['Safer Eastfield Partnership', 'CSP', 'Eastfield', 'Rural crime', 1],
      ['Safer Eastfield Partnership', 'CSP', 'Eastfield', 'Domestic abuse', 2],
      ['Westhaven Community Safety Partnership', 'CSP', 'Westhaven', 'Drug and alcohol misuse', 1],
      ['Westhaven Community Safety Partnership', 'CSP', 'Westhaven', 'Reducing reoffending', 2],
      ['Example Valley Safeguarding Adults Board', 'SAB', 'Example Valley', 'Vulnerable adults at risk of abuse', 1],
      ['Example Valley Safeguarding Children Partnership', 'LSCB', 'Example Valley', 'Child sexual exploitation', 1],
      ['Example Valley Youth Justice Service', 'YOT', 'Example Valley', 'Reducing reoffending', 1],
      ['Northmere Health and Wellbeing Board', 'HWB', 'Northmere', 'Drugs and alcohol', 1],
      ['Example Valley Fire and Rescue Service', 'FIRE', 'Example Valley', 'Road safety', 1],
    ],
  },
];
