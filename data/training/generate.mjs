// Generates data/training/statements.csv from the project's own templates and phrases.
// Written for planscan from domain knowledge (not from any evaluation document).
// Run: node data/training/generate.mjs   (deterministic; the CSV is committed)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ----------------------------------------------------------------- business themes: phrases
const crime = {
  domestic_abuse: ['domestic abuse', 'domestic violence', 'coercive and controlling behaviour', 'violence against women and girls', 'repeat domestic abuse', 'abuse by partners and family members', 'domestic abuse perpetrators'],
  sexual_offences: ['rape and serious sexual offences', 'sexual violence', 'sexual assault', 'serious sexual offending', 'rape'],
  child_sexual_exploitation: ['child sexual exploitation', 'child sexual abuse', 'online child sexual abuse', 'the grooming of children', 'CSE', 'peer on peer sexual abuse'],
  child_abuse_neglect: ['child neglect', 'neglect', 'the abuse and neglect of children', 'physical and emotional abuse of children', 'children suffering significant harm'],
  adult_abuse_neglect: ['self-neglect', 'financial abuse of adults at risk', 'abuse of adults with care and support needs', 'elder abuse', 'organisational abuse in care settings'],
  fgm_honour_based_abuse: ['female genital mutilation', 'honour-based abuse', 'forced marriage', 'FGM and forced marriage', 'harmful practices'],
  stalking_harassment: ['stalking', 'stalking and harassment', 'harassment', 'malicious communications and harassment'],
  anti_social_behaviour: ['anti-social behaviour', 'ASB', 'nuisance behaviour', 'fly-tipping and graffiti', 'environmental anti-social behaviour', 'youth nuisance'],
  drugs_alcohol: ['drug and alcohol misuse', 'substance misuse', 'alcohol-related harm', 'drug-related deaths', 'harmful drinking', 'problematic drug use'],
  violent_crime: ['serious violence', 'violent crime', 'violence with injury', 'assaults', 'homicide', 'youth violence'],
  knife_weapons: ['knife crime', 'the carrying of knives and weapons', 'gun crime', 'firearms offences', 'weapon-enabled violence', 'the use of knives and guns', 'possession of offensive weapons'],
  gangs_county_lines: ['county lines', 'gang activity', 'criminal exploitation of children', 'cuckooing', 'drug dealing by organised networks', 'the exploitation of young people', 'exploitation'],
  serious_organised_crime: ['serious and organised crime', 'organised crime groups', 'money laundering', 'OCG activity', 'people smuggling networks', 'corruption and illicit finance'],
  terrorism_extremism: ['terrorism', 'radicalisation', 'violent extremism', 'the risk of radicalisation', 'extremist activity'],
  cybercrime: ['cyber crime', 'online crime', 'ransomware attacks', 'cyber-enabled crime', 'online harms'],
  fraud: ['fraud', 'scams', 'doorstep crime and rogue traders', 'romance fraud', 'economic crime'],
  modern_slavery_trafficking: ['modern slavery', 'human trafficking', 'labour exploitation', 'forced labour and servitude'],
  burglary: ['burglary', 'dwelling burglary', 'domestic burglary', 'burglary of homes and businesses', 'distraction burglary'],
  acquisitive_crime: ['acquisitive crime', 'theft and robbery', 'vehicle crime', 'shoplifting', 'business and retail crime', 'bicycle theft', 'personal robbery'],
  criminal_damage_arson: ['criminal damage', 'arson', 'deliberate fires', 'vandalism and criminal damage', 'deliberate fire-setting'],
  hate_crime: ['hate crime', 'hate incidents', 'racist and religious hate crime', 'community tensions', 'disability hate crime'],
  night_time_economy: ['violence in the night-time economy', 'alcohol-related disorder in the town centre', 'night-time economy crime', 'disorder around licensed premises'],
  rural_crime: ['rural crime', 'wildlife crime', 'farm and agricultural crime', 'heritage crime', 'hare coursing'],
  prostitution_sex_work: ['on-street prostitution', 'kerb crawling', 'the sexual exploitation of adults through prostitution', 'sex work'],
  metal_theft: ['metal theft', 'theft of scrap metal', 'cable and lead theft'],
  road_safety: ['road traffic collisions', 'people killed or seriously injured on our roads', 'speeding', 'drink and drug driving', 'road crime', 'KSI casualties'],
  reoffending: ['reoffending', 're-offending by adult offenders', 'offending by prolific offenders', 'reoffending by prison leavers', 'offending'],
};
const groups = {
  vulnerable_people: ['vulnerable people', 'vulnerable adults', 'people who are vulnerable', 'those most at risk of harm', 'adults at risk', 'residents with complex needs'],
  children_young_people: ['children and young people', 'looked after children', 'young people at risk', 'children in care', 'care leavers', 'young people'],
  young_offenders: ['young offenders', 'young people who offend', 'first time entrants to the youth justice system', 'children in the youth justice system', 'youth offending'],
  older_people: ['older people', 'elderly residents', 'older adults living alone', 'people living with dementia'],
  mental_health: ['people in mental health crisis', 'people with poor mental health', 'suicide and self-harm', 'mental health', 'mental wellbeing'],
  missing_persons: ['missing children', 'people who go missing', 'children missing from home and care', 'missing adults', 'runaways'],
  victims_witnesses: ['victims and witnesses', 'victims of crime', 'repeat victims', 'vulnerable victims', 'witnesses', 'survivors'],
  disability: ['people with learning disabilities', 'disabled people', 'autistic adults', 'people with disabilities'],
  homelessness: ['homeless people', 'rough sleepers', 'people who are homeless', 'homelessness', 'people without stable accommodation'],
  families: ['families with complex needs', 'troubled families', 'parents', 'families', 'whole families'],
  communities_cohesion: ['community cohesion', 'public confidence', 'new and emerging communities', 'BME communities', 'migrants and refugees', 'cohesive and resilient communities'],
  health_wellbeing: ['health and wellbeing', 'health inequalities', 'healthy lifestyles', 'obesity', 'physical activity', 'healthy life expectancy'],
};

const crimeT = [
  'Tackle {x}', 'Reduce {x}', 'Reduce the harm caused by {x}', 'Tackling {x}', 'Reducing {x}', '{X}',
  'Reduce incidents of {x}', 'Bear down on {x}', 'Address {x} across the borough', 'Reduce the level of {x}',
  'Combat {x}', 'Disrupt and reduce {x}', 'Bring down {x}', '{X} remains a priority',
];
const groupT = [
  'Protect {x}', 'Protecting {x}', 'Support {x}', 'Supporting {x}', 'Safeguard {x}', '{X}', 'Improve outcomes for {x}',
  'Meet the needs of {x}', 'Improve the safety of {x}', 'Keep {x} safe from harm', 'Better support for {x}', 'Focus on {x}',
];
// Mechanism templates aimed at a business theme: [template, method theme]
const mechT = [
  ['Raise awareness of {x}', 'public_awareness'],
  ['Run campaigns on {x}', 'public_awareness'],
  ['Improve public understanding of {x}', 'public_awareness'],
  ['Share information between agencies on {x}', 'partnership_information_sharing'],
  ['Work in partnership to respond to {x}', 'partnership_information_sharing'],
  ['Intervene early to prevent {x}', 'prevention_early_intervention'],
  ['Early intervention to stop {x} escalating', 'prevention_early_intervention'],
  ['Prevention of {x} through education in schools', 'prevention_early_intervention'],
  ['Engage communities in tackling {x}', 'community_engagement'],
  ['Consult residents on their concerns about {x}', 'community_engagement'],
  ['Use data and intelligence to target {x}', 'technology_data'],
  ['Use CCTV and technology to deter {x}', 'technology_data'],
  ['Commission specialist services addressing {x}', 'commissioning_funding'],
  ['Fund interventions that address {x}', 'commissioning_funding'],
  ['Use restorative approaches in response to {x}', 'restorative_justice'],
];
const ipT = [
  ['Train staff to recognise and respond to {x}', 'workforce_training'],
  ['Ensure practitioners are trained to identify {x}', 'workforce_training'],
  ['Audit the quality of practice in cases of {x}', 'quality_assurance'],
  ['Ensure the Board receives assurance on the response to {x}', 'quality_assurance'],
  ['Monitor performance data on {x}', 'governance_performance'],
  ['Strengthen governance arrangements for {x}', 'governance_performance'],
  ['Learn lessons from case reviews involving {x}', 'learning_reviews'],
  ['Embed learning from reviews into practice on {x}', 'learning_reviews'],
];

// ----------------------------------------------------------------- hand-written method statements
const mech = {
  prevention_early_intervention: [
    'Early intervention', 'Prevention and early help', 'Invest in early help so problems are addressed before they escalate',
    'Intervene at the earliest opportunity', 'Prevent crime before it happens', 'A public health approach to prevention',
    'Preventative work with families at the first signs of difficulty', 'Target hardening and designing out crime',
    'Identify risk early and act quickly', 'Problem-solving to prevent repeat calls for service', 'Prevention',
    'Divert people away from the criminal justice system', 'Stop problems escalating through early support',
  ],
  public_awareness: [
    'Raise public awareness', 'Increase awareness of how to report concerns', 'Awareness raising campaigns',
    'Communicate with the public about staying safe', 'Provide safety advice to residents and businesses',
    'Help people recognise and report abuse', 'Promote the services available to residents', 'Improve communication with the public',
    'Encourage reporting of under-reported crime', 'Use social media to keep residents informed', 'Public education on staying safe online',
  ],
  partnership_information_sharing: [
    'Information sharing', 'Partnership working', 'Work with partners', 'Improve information sharing between agencies',
    'Joint working across the partnership', 'Multi-agency working', 'Strengthen the multi-agency safeguarding hub',
    'Work together across organisations to deliver shared outcomes', 'Collaborate with health, education and the voluntary sector',
    'Build joined-up responses across agencies', 'Share data between partners to identify risk', 'Co-locate services with partner agencies',
    'Work in partnership with neighbouring areas',
  ],
  community_engagement: [
    'Engage with local communities', 'Listen to residents', 'Community engagement', 'Hear the voice of the child',
    'Involve people with lived experience in designing services', 'Consult the public on policing priorities',
    'Visible neighbourhood policing', 'Reassure the public', 'Encourage volunteering and active citizens',
    'Co-produce services with the people who use them', 'Give residents a say in how their area is policed', 'Build trust through engagement',
  ],
  technology_data: [
    'Make better use of data', 'Invest in technology', 'Use intelligence to target resources', 'Improve data analysis and insight',
    'Expand the use of CCTV and ANPR', 'Develop digital tools for reporting', 'Use analysis to understand risk in our communities',
    'Produce an annual strategic assessment', 'Develop problem profiles', 'Better use of technology and data',
  ],
  restorative_justice: [
    'Restorative justice', 'Expand the use of restorative approaches', 'Offer victims restorative justice',
    'Use out of court disposals and community resolutions', 'Mediation between neighbours in dispute', 'Restorative practice in schools',
  ],
  commissioning_funding: [
    'Commission services for victims', 'Fund community safety projects', 'Commissioning of treatment services',
    'Grants to voluntary organisations', 'Invest in support services', 'Secure funding for specialist services',
    'Jointly commission services with health partners', 'Provide funding for local projects',
  ],
};
const ip = {
  quality_assurance: [
    'Quality assurance', 'Assurance of safeguarding practice', 'Multi-agency audits of case files', 'Improve the quality of practice',
    'Monitor compliance with national standards', 'Ensure assessments are completed within timescales', 'Section 11 audits',
    'Assure the Board that partners are meeting their duties', 'Consistent application of thresholds', 'Peer review and self-assessment',
    'Ensure a consistent and effective response to concerns', 'Scrutiny of practice',
  ],
  governance_performance: [
    'Governance', 'Performance management', 'Improve the effectiveness of the Board', 'Strong governance and accountability',
    'Value for money', 'Deliver efficiency savings', 'Hold partners to account for performance', 'Robust performance framework',
    'Effective leadership and strategic oversight', 'Review the partnership structure', 'Manage the budget effectively',
    'Ensure the Partnership meets its statutory duties', 'Publish an annual report', 'Develop a three year strategy',
    'Effective and efficient organisation', 'Sustainable use of resources',
  ],
  workforce_training: [
    'Workforce development', 'Training', 'Multi-agency training', 'Recruit and retain staff', 'Staff wellbeing',
    'Develop the skills of the workforce', 'Training for frontline practitioners', 'Recruitment of police officers',
    'Induction for new members of staff', 'A skilled and confident workforce', 'Supervision and support for practitioners',
  ],
  learning_reviews: [
    'Learning from case reviews', 'Learning lessons', 'Embed learning from serious case reviews', 'Safeguarding adult reviews',
    'Domestic homicide reviews', 'Share learning from reviews', 'Act on the findings of child safeguarding practice reviews',
    'Learning from practice', 'Ensure lessons are learned and acted upon', 'Continuous improvement through learning',
  ],
};
// Statements in other common styles ("We will ...", "To ...", "Ensure that ...").
const styled = [
  ['We will work with schools to teach young people about healthy relationships', 'mechanism', 'prevention_early_intervention'],
  ['We will offer support to families at the first sign of difficulty', 'mechanism', 'prevention_early_intervention'],
  ['To reduce demand on services by intervening sooner', 'mechanism', 'prevention_early_intervention'],
  ['Deliver targeted youth activities in hotspot areas', 'mechanism', 'prevention_early_intervention'],
  ['Provide diversionary activities for young people', 'mechanism', 'prevention_early_intervention'],
  ['We will tell residents what we are doing and what they can do to help', 'mechanism', 'public_awareness'],
  ['Deliver home fire safety visits and safety advice', 'mechanism', 'public_awareness'],
  ['To make the public aware of the signs of abuse', 'mechanism', 'public_awareness'],
  ['We will share intelligence across organisations', 'mechanism', 'partnership_information_sharing'],
  ['Align our plans with those of other partnerships', 'mechanism', 'partnership_information_sharing'],
  ['To coordinate the work of agencies through a single plan', 'mechanism', 'partnership_information_sharing'],
  ['We will involve residents in setting local priorities', 'mechanism', 'community_engagement'],
  ['Strengthen relationships between the police and the communities they serve', 'mechanism', 'community_engagement'],
  ['To seek the views of children and families on the services they receive', 'mechanism', 'community_engagement'],
  ['Regular neighbourhood meetings with local people', 'mechanism', 'community_engagement'],
  ['We will use mapping and analysis to direct patrols', 'mechanism', 'technology_data'],
  ['Make it easier to report crime online', 'mechanism', 'technology_data'],
  ['We will offer every victim the chance to meet the offender', 'mechanism', 'restorative_justice'],
  ['Use community resolutions for low-level offending', 'mechanism', 'restorative_justice'],
  ['We will fund the voluntary sector to provide support', 'mechanism', 'commissioning_funding'],
  ['To provide treatment and recovery services', 'mechanism', 'commissioning_funding'],
  ['Provide specialist support through independent advisors', 'mechanism', 'commissioning_funding'],
  ['Enforce the law through licensing and regulation', 'mechanism', ''],
  ['Pursue and prosecute offenders', 'mechanism', ''],
  ['Use civil powers and injunctions', 'mechanism', ''],
  ['Offender behaviour programmes', 'mechanism', 'reoffending'],
  ['Help offenders into education, training and employment', 'mechanism', 'reoffending'],
  ['Ensure that cases are reviewed within agreed timescales', 'internal_process', 'quality_assurance'],
  ['Ensure that all referrals receive a timely response', 'internal_process', 'quality_assurance'],
  ['Ensure that thresholds are understood and applied consistently', 'internal_process', 'quality_assurance'],
  ['To check that agencies are meeting required standards', 'internal_process', 'quality_assurance'],
  ['Ensure that the Partnership has the right membership and structure', 'internal_process', 'governance_performance'],
  ['We will publish performance information every quarter', 'internal_process', 'governance_performance'],
  ['To make best use of our resources and deliver value', 'internal_process', 'governance_performance'],
  ['Agree a shared budget for the partnership', 'internal_process', 'governance_performance'],
  ['Make sure decisions are open and transparent', 'internal_process', 'governance_performance'],
  ['Better coordination between the strategic boards', 'internal_process', 'partnership_information_sharing'],
  ['Clear arrangements for joint working between the boards', 'internal_process', 'partnership_information_sharing'],
  ['Support staff through good supervision', 'internal_process', 'workforce_training'],
  ['We will invest in our people and their development', 'internal_process', 'workforce_training'],
  ['To ensure staff have the knowledge they need', 'internal_process', 'workforce_training'],
  ['We will act on recommendations from reviews', 'internal_process', 'learning_reviews'],
  ['To ensure findings from reviews lead to change in practice', 'internal_process', 'learning_reviews'],
  ['We will support victims to cope and recover', 'target_group', 'victims_witnesses'],
  ['Victims receive the support they need', 'target_group', 'victims_witnesses'],
  ['We will make sure children are safe and thrive', 'target_group', 'children_young_people'],
  ['Giving every child a good start', 'target_group', 'children_young_people'],
  ['Adults at risk are safeguarded', 'target_group', 'vulnerable_people'],
  ['People whose circumstances make them vulnerable', 'target_group', 'vulnerable_people'],
  ['Residents living with long-term health conditions', 'target_group', 'health_wellbeing'],
  ['People with drug or alcohol problems in contact with the justice system', 'target_group', 'drugs_alcohol'],
  ['Offenders with multiple needs', 'target_group', 'reoffending'],
];

// How partnerships describe their own ways of working (internal_process), as opposed to what they
// do outwards (mechanism), and how they name groups of people (target_group).
const moreStyled = [
  // internal_process: the partnership's own arrangements and ways of working
  ['Working together as a partnership', 'internal_process', 'partnership_information_sharing'],
  ['Strengthen how partner agencies work together', 'internal_process', 'partnership_information_sharing'],
  ['Effective multi-agency arrangements', 'internal_process', 'partnership_information_sharing'],
  ['Review the multi-agency safeguarding arrangements', 'internal_process', 'governance_performance'],
  ['Clear and effective partnership arrangements', 'internal_process', 'governance_performance'],
  ['Develop a multi-agency process for escalating concerns', 'internal_process', 'partnership_information_sharing'],
  ['Agree shared processes between the partner agencies', 'internal_process', 'partnership_information_sharing'],
  ['Improve the way the subgroups of the board work together', 'internal_process', 'governance_performance'],
  ['Make the Partnership more effective', 'internal_process', 'governance_performance'],
  ['Increase the effectiveness of the Partnership', 'internal_process', 'governance_performance'],
  ['Board members hold each other to account', 'internal_process', 'governance_performance'],
  ['A robust assurance framework for the Board', 'internal_process', 'quality_assurance'],
  ['Develop a performance framework with clear indicators', 'internal_process', 'governance_performance'],
  ['Improve the quality of performance data', 'internal_process', 'governance_performance'],
  ['Monitor progress against the delivery plan', 'internal_process', 'governance_performance'],
  ['Measure the impact of our work', 'internal_process', 'governance_performance'],
  ['Partners commit the resources needed to deliver the plan', 'internal_process', 'governance_performance'],
  ['Agree partner contributions to the Board budget', 'internal_process', 'governance_performance'],
  ['Align the work of the strategic partnerships', 'internal_process', 'governance_performance'],
  ['Self-assessment and peer challenge across partner agencies', 'internal_process', 'quality_assurance'],
  ['Scrutinise frontline practice through case audits', 'internal_process', 'quality_assurance'],
  ['Ensure policies and procedures are up to date', 'internal_process', 'governance_performance'],
  ['Develop a competent and confident workforce', 'internal_process', 'workforce_training'],
  ['Deliver a multi-agency training programme', 'internal_process', 'workforce_training'],
  ['Support the wellbeing of our officers and staff', 'internal_process', 'workforce_training'],
  ['Recruit more officers and staff', 'internal_process', 'workforce_training'],
  ['Create a learning culture across the partnership', 'internal_process', 'learning_reviews'],
  ['Test that learning has changed practice', 'internal_process', 'learning_reviews'],
  ['Understand the demand on our services', 'internal_process', 'technology_data'],
  ['Improve our understanding of local risk through better analysis', 'internal_process', 'technology_data'],
  ['Modernise our systems and ways of working', 'internal_process', 'technology_data'],
  // mechanism: outward ways of tackling priorities
  ['Run awareness campaigns with local media', 'mechanism', 'public_awareness'],
  ['Awareness raising with schools and community groups', 'mechanism', 'public_awareness'],
  ['Provide early help to families before problems escalate', 'mechanism', 'prevention_early_intervention'],
  ['Offer early help through children\'s centres', 'mechanism', 'prevention_early_intervention'],
  ['Divert young people away from crime through sport and activities', 'mechanism', 'restorative_justice'],
  ['Use diversion schemes for first-time offenders', 'mechanism', 'restorative_justice'],
  ['Restorative justice for victims who want it', 'mechanism', 'restorative_justice'],
  ['Outreach work with people sleeping rough', 'mechanism', 'prevention_early_intervention'],
  ['Targeted patrols in hotspot areas', 'mechanism', 'prevention_early_intervention'],
  ['Use licensing powers to tackle problem premises', 'mechanism', ''],
  ['Signposting people to support services', 'mechanism', 'commissioning_funding'],
  ['Behaviour change programmes for perpetrators', 'mechanism', 'prevention_early_intervention'],
  ['Work with partners to reduce offending', 'mechanism', 'partnership_information_sharing'],
  ['Work jointly with health services to support people in crisis', 'mechanism', 'partnership_information_sharing'],
  ['Share information to protect people at risk', 'mechanism', 'partnership_information_sharing'],
  ['Engage young people in positive activities', 'mechanism', 'community_engagement'],
  ['Help people find and keep a home', 'mechanism', 'prevention_early_intervention'],
  ['Support offenders into housing and employment', 'mechanism', 'reoffending'],
  ['Evaluate whether our interventions make a difference', 'internal_process', 'governance_performance'],
  ['Monitor and evaluate the delivery of the strategy', 'internal_process', 'governance_performance'],
  ['Equality, diversity and inclusion in our organisation', 'internal_process', 'workforce_training'],
  ['Clear thresholds and referral pathways understood by all agencies', 'internal_process', 'quality_assurance'],
  ['Run evidence-based parenting programmes', 'mechanism', 'families'],
  ['Home fire safety checks for vulnerable households', 'mechanism', 'prevention_early_intervention'],
  ['Manage dangerous offenders through multi-agency public protection arrangements', 'mechanism', 'reoffending'],
  ['Provide a single point of contact for reporting concerns', 'mechanism', 'partnership_information_sharing'],
  // target_group: groups of people of concern
  ['People who are at risk of harm', 'target_group', 'vulnerable_people'],
  ['Those who are most vulnerable in our communities', 'target_group', 'vulnerable_people'],
  ['Adults who need care and support', 'target_group', 'vulnerable_people'],
  ['Children and young people at risk of harm', 'target_group', 'children_young_people'],
  ['Children and young people at risk of exclusion from school', 'target_group', 'children_young_people'],
  ['Young people who are not in education, employment or training', 'target_group', 'children_young_people'],
  ['Children who are looked after by the council', 'target_group', 'children_young_people'],
  ['Victims of crime, especially the most vulnerable', 'target_group', 'victims_witnesses'],
  ['People affected by crime', 'target_group', 'victims_witnesses'],
  ['Meet the needs of victims and witnesses', 'target_group', 'victims_witnesses'],
  ['Families who need extra help', 'target_group', 'families'],
  ['Families facing multiple difficulties', 'target_group', 'families'],
  ['Parents who are struggling', 'target_group', 'families'],
  ['People living with a mental illness', 'target_group', 'mental_health'],
  ['People with a learning disability', 'target_group', 'disability'],
  ['Older people living on their own', 'target_group', 'older_people'],
  ['Individuals who repeatedly come into contact with the police', 'target_group', 'vulnerable_people'],
  ['Residents who feel unsafe in their neighbourhood', 'target_group', 'communities_cohesion'],
  ['Young people who offend or are at risk of offending', 'target_group', 'young_offenders'],
  ['Reduce the number of young people entering custody', 'target_group', 'young_offenders'],
  ['People leaving prison without a home', 'target_group', 'homelessness'],
];
const mechNoTheme = ['Enforcement', 'Use all available powers', 'Target the most harmful offenders', 'Deliver effective interventions'];
const ipNoTheme = ['Review our policies and procedures', 'Effective processes', 'Develop the business plan'];
const crimeNoTheme = ['Reduce crime', 'Tackle crime', 'Reduce overall crime', 'Public order offences', 'Serious crime', 'Tackle criminality'];

// Groups that plans aim to reduce or protect from harm.
const groupReduce = {
  homelessness: ['rough sleeping', 'homelessness', 'the number of people sleeping rough'],
  young_offenders: ['first time entrants', 'youth offending', 'the number of children entering the youth justice system'],
  mental_health: ['suicides', 'self-harm', 'the number of mental health crises'],
  missing_persons: ['missing episodes', 'the number of children going missing'],
  victims_witnesses: ['repeat victimisation', 'the number of repeat victims'],
  health_wellbeing: ['health inequalities', 'childhood obesity'],
  older_people: ['loneliness among older people'],
  children_young_people: ['the number of children in care', 'school exclusions'],
};
const protectWho = ['residents', 'children', 'older people', 'vulnerable adults', 'local communities', 'young people', 'businesses', 'people'];
const protectT = ['Protect {g} from {x}', 'Keep {g} safe from {x}', 'Safeguard {g} from {x}', 'Protecting {g} from {x}', 'Reduce the risk of {x} to {g}'];

// ----------------------------------------------------------------- head and qualifier
// A stated priority's kind is set by its head phrase; a crime or a group named after it only says
// what the head acts on ("training *on domestic abuse*" is a workforce matter, "early help *for
// families*" a mechanism). These templates pair every business phrase with varied mechanism and
// internal-process heads, so that the model learns the heads and not the business words.
const mechOnCrime = [
  ['Awareness sessions in schools about {x}', 'public_awareness'],
  ['Publicise how residents can report {x}', 'public_awareness'],
  ['Campaigns that help people spot the signs of {x}', 'public_awareness'],
  ['Joint operations with partner agencies against {x}', 'partnership_information_sharing'],
  ['Multi-agency meetings to manage cases of {x}', 'partnership_information_sharing'],
  ['A shared protocol between agencies for responding to {x}', 'partnership_information_sharing'],
  ['Specialist support services for people affected by {x}', 'commissioning_funding'],
  ['Fund local projects working on {x}', 'commissioning_funding'],
  ['Interventions with perpetrators of {x}', 'prevention_early_intervention'],
  ['Education programmes to stop {x} before it starts', 'prevention_early_intervention'],
  ['Mentoring and diversion for those on the edge of {x}', 'prevention_early_intervention'],
  ['Intelligence-led patrols in places affected by {x}', 'technology_data'],
  ['Cameras and crime analysis in areas with {x}', 'technology_data'],
  ['Restorative conferences for those involved in {x}', 'restorative_justice'],
  ['Ask communities about the impact of {x} on their lives', 'community_engagement'],
  ['Civil orders and enforcement powers against {x}', ''],
  ['Targeted enforcement operations on {x}', ''],
];
const ipOnCrime = [
  ['Improve the recording of {x}', 'technology_data'],
  ['Better quality data on {x}', 'technology_data'],
  ['Specialist training for officers on {x}', 'workforce_training'],
  ['Give frontline staff the skills to deal with {x}', 'workforce_training'],
  ['Review our policies and procedures on {x}', 'governance_performance'],
  ['Develop performance measures for {x}', 'governance_performance'],
  ['Dedicated resources and a named lead for {x}', 'governance_performance'],
  ['Quality assure the investigation of {x}', 'quality_assurance'],
  ['Check that investigations into {x} meet national standards', 'quality_assurance'],
  ['Scrutiny of case files involving {x}', 'quality_assurance'],
  ['Share the learning from reviews of {x} cases', 'learning_reviews'],
];
const mechForGroup = [
  ['Early help for {g}', 'prevention_early_intervention'],
  ['Mentoring schemes for {g}', 'prevention_early_intervention'],
  ['Positive activities for {g}', 'prevention_early_intervention'],
  ['Outreach work with {g}', 'prevention_early_intervention'],
  ['Specialist advice and advocacy for {g}', 'commissioning_funding'],
  ['Access to services for {g}', 'commissioning_funding'],
  ['Commission support services for {g}', 'commissioning_funding'],
  ['Housing and employment support for {g}', 'commissioning_funding'],
  ['Suitable accommodation for {g}', 'commissioning_funding'],
  ['Help {g} into settled housing and work', 'commissioning_funding'],
  ['Consult {g} about the services they receive', 'community_engagement'],
  ['Share information between agencies about {g}', 'partnership_information_sharing'],
  ['Targeted campaigns aimed at {g}', 'public_awareness'],
  ['Safety advice and home visits for {g}', 'public_awareness'],
];
const ipForGroup = [
  ['Train practitioners to work with {g}', 'workforce_training'],
  ['Improve the data we hold on {g}', 'technology_data'],
  ['Audit the quality of assessments for {g}', 'quality_assurance'],
  ['Monitor the performance of services for {g}', 'governance_performance'],
  ['Learn from reviews involving {g}', 'learning_reviews'],
  ['Assurance that agencies meet their duties to {g}', 'quality_assurance'],
];
// Crime and group heads with a mechanism or setting after them keep the head's kind.
const crimeWithTail = [
  'Reduce {x} by working with partners', 'Tackle {x} together with local agencies', 'Cut {x} in the areas worst affected',
  'Reduce {x} across the county', 'Tackling {x} where it causes most harm',
];
const groupWithTail = ['Help {g} to live safely and independently', 'Better lives for {g}', 'Improve the wellbeing of {g}', '{G} in our area'];
// Outward mechanisms and the organisation's own workings, stated without a business theme.
const mechMore = [
  ['Enforcement of licensing conditions', ''], ['Use closure orders on problem premises', ''], ['More visible patrols', 'community_engagement'],
  ['Make it easier for the public to contact us', 'community_engagement'], ['Mentoring schemes', 'prevention_early_intervention'],
  ['Advice and advocacy services', 'commissioning_funding'], ['A helpline for people who need support', 'commissioning_funding'],
  ['Positive activities in the school holidays', 'prevention_early_intervention'], ['Bystander programmes', 'public_awareness'],
  ['Disrupt offenders through proactive operations', ''], ['Deterrence and early intervention', 'prevention_early_intervention'],
  ['Crime prevention advice', 'prevention_early_intervention'], ['Social prescribing', 'prevention_early_intervention'],
];
const ipMore = [
  ['Improve call handling', 'governance_performance'], ['Answer emergency calls more quickly', 'governance_performance'],
  ['Faster response times', 'governance_performance'], ['Improve the quality of investigations', 'quality_assurance'],
  ['Accurate crime recording', 'technology_data'], ['Replace ageing IT systems', 'technology_data'],
  ['Better case management systems', 'technology_data'], ['Reduce sickness absence', 'workforce_training'],
  ['Manageable caseloads for social workers', 'workforce_training'], ['Support the health and wellbeing of our workforce', 'workforce_training'],
  ['Vetting and professional standards', 'quality_assurance'], ['Handle complaints fairly and promptly', 'quality_assurance'],
  ['Make the best use of our buildings and vehicles', 'governance_performance'], ['Deliver the savings required', 'governance_performance'],
  ['A dashboard of partnership performance', 'governance_performance'], ['Up to date information sharing protocols', 'partnership_information_sharing'],
];

// ----------------------------------------------------------------- assemble
const rows = [];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (t, x) => t.replace('{X}', cap(x)).replace('{x}', x);
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (arr, n) => {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
};

for (const [theme, xs] of Object.entries(crime)) {
  for (const x of xs) for (const t of pick(crimeT, 2)) rows.push([fill(t, x), 'crime', theme]);
  for (const x of pick(xs, 2)) {
    const [t, m] = pick(mechT, 1)[0];
    rows.push([fill(t, x), 'mechanism', m]);
    const [u, n] = pick(ipT, 1)[0];
    rows.push([fill(u, x), 'internal_process', n]);
  }
}
for (const [theme, xs] of Object.entries(groups)) {
  for (const x of xs) for (const t of pick(groupT, 3)) rows.push([fill(t, x), 'target_group', theme]);
  for (const x of pick(xs, 1)) {
    const [t, m] = pick(mechT, 1)[0];
    rows.push([fill(t, x), 'mechanism', m]);
    const [u, n] = pick(ipT, 1)[0];
    rows.push([fill(u, x), 'internal_process', n]);
  }
}
for (const [theme, xs] of Object.entries(groupReduce)) for (const x of xs) for (const t of pick(['Reduce {x}', 'Reducing {x}', 'Fewer {x}', 'Bring down {x}'], 2)) rows.push([fill(t, x), 'target_group', theme]);
for (const [theme, xs] of Object.entries(crime)) {
  for (const x of pick(xs, 2)) {
    const t = pick(protectT, 1)[0];
    const g = pick(protectWho, 1)[0];
    rows.push([t.replace('{g}', g).replace('{x}', x), 'crime', theme]);
  }
}
for (const [theme, xs] of Object.entries(mech)) for (const x of xs) rows.push([x, 'mechanism', theme]);
for (const [theme, xs] of Object.entries(ip)) for (const x of xs) rows.push([x, 'internal_process', theme]);
for (const x of mechNoTheme) rows.push([x, 'mechanism', '']);
for (const r of styled) rows.push(r);
for (const r of moreStyled) rows.push(r);
for (const x of ipNoTheme) rows.push([x, 'internal_process', '']);
for (const x of crimeNoTheme) rows.push([x, 'crime', '']);

// Head-and-qualifier statements (a second random stream keeps the rows above unchanged).
{
  let seed2 = 11;
  const rnd2 = () => ((seed2 = (seed2 * 1103515245 + 12345) % 2147483648) / 2147483648);
  const one = (arr) => arr[Math.floor(rnd2() * arr.length)];
  const capG = (t, g) => t.replace('{G}', cap(g)).replace('{g}', g);
  for (const xs of Object.values(crime)) {
    for (const x of xs) {
      const [t, m] = one(mechOnCrime);
      rows.push([fill(t, x), 'mechanism', m]);
      const [u, n] = one(ipOnCrime);
      rows.push([fill(u, x), 'internal_process', n]);
    }
  }
  for (const [theme, xs] of Object.entries(crime)) for (const x of xs.slice(0, 2)) rows.push([fill(one(crimeWithTail), x), 'crime', theme]);
  // "Prevent X" with a named crime states the crime as the priority (prevention in general is a mechanism).
  for (const [theme, xs] of Object.entries(crime)) rows.push([fill(one(['Prevent {x}', 'Preventing {x}']), xs[0]), 'crime', theme]);
  for (const [theme, xs] of Object.entries(groups)) {
    for (const g of xs) {
      const [t, m] = one(mechForGroup);
      rows.push([capG(t, g), 'mechanism', m]);
      const [u, n] = one(ipForGroup);
      rows.push([capG(u, g), 'internal_process', n]);
    }
    rows.push([capG(one(groupWithTail), xs[0]), 'target_group', theme]);
  }
  for (const [x, m] of mechMore) rows.push([x, 'mechanism', m]);
  for (const [x, m] of ipMore) rows.push([x, 'internal_process', m]);
}

const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const seen = new Set();
const out = ['text,kind,theme'];
for (const r of rows) {
  if (seen.has(r[0].toLowerCase())) continue;
  seen.add(r[0].toLowerCase());
  out.push(r.map(q).join(','));
}
const file = join(dirname(fileURLToPath(import.meta.url)), 'statements.csv');
writeFileSync(file, out.join('\n') + '\n');
console.error(`wrote ${out.length - 1} statements to ${file}`);
