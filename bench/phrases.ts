/**
 * Phrase bank and content model for the synthetic benchmark corpus: partner documents of the kind an
 * OPCC scans (community safety strategic assessments, safeguarding board annual reports, health and
 * wellbeing strategies, youth justice plans …). Text is assembled from templates so that the
 * extract stage sees the real shapes: priority headings, "Priority N:" blocks, numbered and bulleted
 * priority lists, "our priorities are a, b and c" sentences, passing mentions ("X remains a
 * priority"), narrative paragraphs, tables and page furniture.
 */
import type { Rng } from './rng.js';

export const AREA = 'Northvale';
export const DISTRICTS = ['Ashby Vale', 'Brindlecombe', 'Carrow', 'Dunmere', 'Eastholme', 'Fenwick', 'Garston', 'Harlow Moor'];

export type PartnerTypeId = 'CSP' | 'LSCB' | 'SAB' | 'HWB' | 'POLICE' | 'YOT' | 'PROBATION' | 'FIRE' | 'HEALTH' | 'NATIONAL';
export type DocTypeId = 'strategic_assessment' | 'partnership_plan' | 'annual_report' | 'business_plan' | 'other';

export interface PartnerKind {
  type: PartnerTypeId;
  names: (district: string) => string;
  docTypes: Array<{ docType: DocTypeId; title: (partner: string, year: number) => string }>;
  /** Priority themes this kind of body tends to state. */
  focus: string[];
}

const fy = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;

export const PARTNER_KINDS: PartnerKind[] = [
  {
    type: 'CSP', names: (d) => `${d} Community Safety Partnership`,
    docTypes: [
      { docType: 'strategic_assessment', title: (p, y) => `${p} Strategic Assessment ${fy(y)}` },
      { docType: 'partnership_plan', title: (p, y) => `${p} Partnership Plan ${y}–${y + 3}` },
    ],
    focus: ['domestic', 'asb', 'violence', 'knife', 'drugs', 'county', 'burglary', 'acquisitive', 'hate', 'nte', 'rural', 'reoffending', 'road'],
  },
  {
    type: 'LSCB', names: (d) => `${d} Safeguarding Children Partnership`,
    docTypes: [{ docType: 'annual_report', title: (p, y) => `${p} Annual Report ${fy(y - 1)}` }],
    focus: ['cse', 'neglect', 'missing', 'cyp', 'domestic', 'county', 'mental', 'families', 'online'],
  },
  {
    type: 'SAB', names: (d) => `${d} Safeguarding Adults Board`,
    docTypes: [
      { docType: 'business_plan', title: (p, y) => `${p} Strategic Business Plan ${y}–${y + 2}` },
      { docType: 'annual_report', title: (p, y) => `${p} Annual Report ${fy(y - 1)}` },
    ],
    focus: ['adultabuse', 'selfneglect', 'slavery', 'fraud', 'mental', 'domestic', 'homeless', 'older'],
  },
  {
    type: 'HWB', names: (d) => `${d} Health and Wellbeing Board`,
    docTypes: [{ docType: 'partnership_plan', title: (p, y) => `${p} Joint Health and Wellbeing Strategy ${y}–${y + 4}` }],
    focus: ['mental', 'drugs', 'health', 'older', 'cyp', 'homeless', 'domestic'],
  },
  {
    type: 'YOT', names: (d) => `${d} Youth Justice Service`,
    docTypes: [{ docType: 'partnership_plan', title: (p, y) => `${p} Youth Justice Plan ${fy(y)}` }],
    focus: ['youth', 'knife', 'county', 'reoffending', 'cyp', 'restorative', 'violence', 'mental'],
  },
  {
    type: 'POLICE', names: () => `${AREA} Police`,
    docTypes: [{ docType: 'business_plan', title: (p, y) => `${p} Force Management Statement ${y}` }],
    focus: ['violence', 'sexual', 'domestic', 'soc', 'cyber', 'fraud', 'road', 'knife', 'vawg', 'terror'],
  },
  {
    type: 'PROBATION', names: () => `Probation Service ${AREA} Region`,
    docTypes: [{ docType: 'business_plan', title: (p, y) => `${p} Reducing Reoffending Plan ${fy(y)}` }],
    focus: ['reoffending', 'domestic', 'drugs', 'homeless', 'mental', 'sexual'],
  },
  {
    type: 'FIRE', names: () => `${AREA} Fire and Rescue Service`,
    docTypes: [{ docType: 'business_plan', title: (p, y) => `${p} Community Risk Management Plan ${y}–${y + 3}` }],
    focus: ['arson', 'road', 'older', 'asb', 'vulnerable'],
  },
  {
    type: 'HEALTH', names: () => `${AREA} Integrated Care Board`,
    docTypes: [{ docType: 'strategic_assessment', title: (p, y) => `${p} Serious Violence Needs Assessment ${y}` }],
    focus: ['violence', 'mental', 'drugs', 'domestic', 'cyp', 'sexual'],
  },
];

export const NATIONAL_KIND: PartnerKind = {
  type: 'NATIONAL', names: () => 'Home Office',
  docTypes: [{ docType: 'other', title: (_p, y) => `Strategic Policing Requirement ${y}` }],
  focus: ['terror', 'soc', 'cyber', 'cse', 'vawg', 'fraud', 'violence'],
};

/** Priority phrasings per theme key: how partners actually word a stated priority. */
export const THEMES: Record<string, string[]> = {
  domestic: ['Reducing domestic abuse and supporting victims', 'Tackling domestic abuse, including coercive and controlling behaviour', 'Reducing repeat victims of domestic abuse', 'Challenging and changing the behaviour of domestic abuse perpetrators'],
  vawg: ['Tackling violence against women and girls', 'Making public spaces safer for women and girls'],
  sexual: ['Reducing rape and serious sexual offences', 'Improving the response to sexual violence'],
  cse: ['Protecting children from sexual exploitation', 'Tackling online child sexual abuse', 'Preventing child sexual exploitation and abuse'],
  neglect: ['Reducing the impact of neglect on children', 'Recognising and responding to child neglect early'],
  adultabuse: ['Preventing abuse and neglect of adults at risk', 'Tackling financial abuse of older and vulnerable adults'],
  selfneglect: ['Improving the multi-agency response to self-neglect and hoarding'],
  asb: ['Reducing anti-social behaviour', 'Tackling anti-social behaviour and environmental crime in our neighbourhoods', 'Supporting victims of persistent anti-social behaviour'],
  violence: ['Preventing and reducing serious violence', 'Reducing violent crime in public places', 'Delivering the Serious Violence Duty'],
  knife: ['Reducing knife crime and the carrying of weapons', 'Tackling knife and weapon-enabled crime among young people'],
  drugs: ['Reducing drug and alcohol related harm', 'Tackling substance misuse and its links to offending', 'Improving access to drug and alcohol treatment'],
  county: ['Disrupting county lines and drug dealing', 'Protecting young people from criminal exploitation and county lines', 'Tackling cuckooing of vulnerable residents'],
  soc: ['Disrupting serious and organised crime groups', 'Tackling serious and organised crime and money laundering'],
  terror: ['Preventing people being drawn into terrorism', 'Delivering the Prevent duty locally'],
  cyber: ['Tackling cyber crime and improving online safety', 'Protecting residents and businesses from online crime'],
  online: ['Keeping children safe online'],
  fraud: ['Protecting older residents from fraud and scams', 'Reducing fraud and economic crime'],
  slavery: ['Identifying and supporting victims of modern slavery and human trafficking', 'Tackling labour exploitation'],
  burglary: ['Reducing domestic burglary', 'Reducing burglary and repeat burglary'],
  acquisitive: ['Reducing shoplifting and business crime', 'Tackling vehicle crime and bike theft', 'Reducing theft and robbery in town centres'],
  arson: ['Reducing deliberate fires and arson', 'Tackling criminal damage and deliberate secondary fires'],
  hate: ['Tackling hate crime and supporting community cohesion', 'Increasing the reporting of hate crime'],
  nte: ['Keeping the night-time economy safe', 'Reducing alcohol-related disorder in town centres'],
  rural: ['Tackling rural, wildlife and heritage crime', 'Reducing farm and machinery theft'],
  road: ['Reducing the number of people killed or seriously injured on our roads', 'Improving road safety and tackling speeding'],
  reoffending: ['Reducing reoffending', 'Managing prolific offenders through Integrated Offender Management', 'Reducing reoffending by women and young adults'],
  youth: ['Reducing first-time entrants to the youth justice system', 'Reducing youth reoffending', 'Preventing youth violence'],
  cyp: ['Supporting children and young people at risk of harm', 'Improving outcomes for looked-after children', 'Protecting young people from exploitation'],
  mental: ['Improving the response to people in mental health crisis', 'Reducing suicide and self-harm', 'Supporting mental health and emotional wellbeing'],
  missing: ['Reducing the number of children who go missing from home and care', 'Improving the response to missing children'],
  families: ['Supporting families with multiple and complex needs', 'Strengthening parenting support'],
  homeless: ['Reducing homelessness and rough sleeping', 'Supporting people sleeping rough into accommodation'],
  older: ['Keeping older people safe and independent', 'Reducing falls and fire risk among older residents'],
  health: ['Reducing health inequalities', 'Helping people live healthier lives'],
  vulnerable: ['Protecting vulnerable people', 'Safeguarding vulnerable residents'],
  restorative: ['Expanding restorative justice and diversion'],
};

export const MECHANISMS = [
  'Improve information sharing between partners through the Multi-Agency Safeguarding Hub',
  'Raise public awareness through targeted campaigns',
  'Invest in early intervention and prevention',
  'Engage communities and listen to the voice of residents',
  'Use data and analysis to target resources where harm is greatest',
  'Extend the use of CCTV and ANPR in hotspot locations',
  'Commission specialist support services for victims',
  'Deliver trauma-informed training to frontline staff',
  'Expand the use of restorative justice and out-of-court disposals',
  'Work with schools to deliver education on healthy relationships',
  'Develop a joint problem-solving approach to repeat locations',
  'Strengthen the multi-agency risk assessment conference (MARAC)',
  'Support the Violence Reduction Unit to deliver its response strategy',
  'Provide diversionary activities for young people in the school holidays',
  'Work with licensed premises to promote responsible retailing',
];

export const INTERNAL = [
  'Strengthen governance and accountability across the partnership',
  'Improve performance management and reporting to the board',
  'Embed learning from safeguarding practice reviews',
  'Carry out regular multi-agency case file audits',
  'Develop the skills of the partnership workforce',
  'Review the partnership’s budget and commissioning arrangements',
  'Improve the quality of data recorded by partner agencies',
];

const CONTEXT_SENTENCES = [
  'The assessment draws on police recorded crime, anti-social behaviour incidents, fire service data, health data and the views of residents collected through the annual community survey.',
  'Recorded crime in the district rose by {pct}% in the twelve months to March {y}, although the rate per 1,000 population remains below the average for the most similar group of partnerships.',
  'Levels of demand continue to place pressure on partner agencies, at a time when budgets remain under significant strain.',
  'The partnership has a statutory duty under the Crime and Disorder Act 1998 to formulate and implement a strategy for the reduction of crime and disorder in the area.',
  'Partners agreed the priorities at a development session held in {month} {y}, following consultation with residents, councillors and voluntary sector organisations.',
  'This document should be read alongside the Police and Crime Plan, the Joint Strategic Needs Assessment and the local Serious Violence Strategy.',
  'Analysis shows that a small number of locations, victims and offenders account for a disproportionate share of harm.',
  'The cost-of-living crisis is likely to increase vulnerability to exploitation, fraud and acquisitive crime over the coming year.',
  'Around {n} incidents were recorded during the period, of which {pct}% were flagged as repeat incidents.',
  'Feedback from the consultation showed that residents are most concerned about speeding, drug dealing and anti-social behaviour in their neighbourhood.',
  'Partners will continue to pool resources where this delivers better value for money and better outcomes for residents.',
  'The board received quarterly performance reports and held partners to account for progress against the delivery plan.',
  'Confidence in the police and council to deal with local issues fell slightly to {pct}% in the latest survey.',
  'Work with the voluntary and community sector remains central to how we reach people who do not engage with statutory services.',
  'The number of referrals to the Multi-Agency Safeguarding Hub increased by {pct}% compared with the previous year.',
  'There is a clear link between adverse childhood experiences and later involvement in offending, substance misuse and poor mental health.',
  'We will publish an annual update on progress and refresh the assessment each year in line with the statutory requirement.',
  'The local profile was informed by the Office for National Statistics Crime Survey for England and Wales and local hospital admissions data.',
];

const MENTION_TEMPLATES = [
  '{T} remains a priority for the partnership and will be monitored through the delivery group.',
  'Although it is not one of our headline priorities this year, {t} continues to be a concern for residents.',
  '{T} remains a key priority for partners across {d}.',
  'The board agreed that {t} should continue to be a priority area for joint working.',
  'Partners also highlighted {t} as an emerging issue that will be kept under review.',
  'Tackling {t} is a priority for the police and for our health partners.',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'September', 'October', 'November'];

export type Inline =
  | { kind: 'p'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'priority'; n: number; title: string; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface Section {
  heading: string;
  level: 1 | 2;
  body: Inline[];
}

export interface DocMeta {
  id: string;
  title: string;
  partner: string;
  district: string;
  year: number;
  kind: PartnerKind;
}

const lc = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function fill(rng: Rng, tpl: string, meta: DocMeta, theme?: string): string {
  return tpl
    .replaceAll('{pct}', String(rng.int(2, 38)))
    .replaceAll('{n}', rng.int(120, 9400).toLocaleString('en-GB'))
    .replaceAll('{y}', String(meta.year))
    .replaceAll('{month}', rng.pick(MONTHS))
    .replaceAll('{d}', meta.district)
    .replaceAll('{T}', theme ?? '')
    .replaceAll('{t}', theme ? lc(theme) : '');
}

export function paragraph(rng: Rng, meta: DocMeta, sentences = rng.int(3, 6)): string {
  return rng.sample(CONTEXT_SENTENCES, sentences).map((s) => fill(rng, s, meta)).join(' ');
}

function themePhrase(rng: Rng, key: string): string {
  return rng.pick(THEMES[key] ?? THEMES.vulnerable ?? ['Protecting vulnerable people']);
}

function mention(rng: Rng, meta: DocMeta): string {
  const key = rng.pick(Object.keys(THEMES));
  const noun = themePhrase(rng, key).replace(/^(Reducing|Tackling|Improving|Preventing|Protecting|Supporting|Keeping|Disrupting|Delivering|Increasing|Identifying and supporting|Managing|Expanding|Strengthening|Helping|Making|Challenging and changing|Recognising and responding to|Safeguarding)\s+/i, '');
  return fill(rng, rng.pick(MENTION_TEMPLATES), meta, noun.charAt(0).toUpperCase() + noun.slice(1));
}

/** The document's stated priorities (3–7, themes drawn from the partner's focus). */
export function choosePriorities(rng: Rng, kind: PartnerKind): string[] {
  const keys = rng.sample(kind.focus, rng.int(3, Math.min(7, kind.focus.length)));
  return keys.map((k) => themePhrase(rng, k));
}

/** Front matter: foreword, introduction, the priorities statement in one of the shapes partners use. */
export function frontSections(rng: Rng, meta: DocMeta, priorities: string[]): Section[] {
  const sections: Section[] = [];
  sections.push({
    heading: rng.pick(['Foreword', 'Foreword from the Chair', 'Introduction from the Chair']), level: 1,
    body: [
      { kind: 'p', text: `Welcome to the ${meta.title}. ${paragraph(rng, meta, 3)}` },
      { kind: 'p', text: paragraph(rng, meta, 4) },
    ],
  });
  sections.push({
    heading: 'Introduction', level: 1,
    body: [
      { kind: 'p', text: paragraph(rng, meta) },
      { kind: 'list', ordered: false, items: rng.sample(MECHANISMS, 4) },
      { kind: 'p', text: paragraph(rng, meta, 2) },
    ],
  });
  const shape = rng.int(0, 2);
  const heading = rng.pick([`Our priorities for ${fy(meta.year)}`, 'Our priorities', 'Strategic priorities', 'Priorities for the coming year']);
  if (shape === 0) {
    sections.push({
      heading, level: 1,
      body: [
        { kind: 'p', text: `Following the assessment, partners agreed the following priorities for ${meta.district}:` },
        { kind: 'list', ordered: true, items: priorities },
        { kind: 'p', text: paragraph(rng, meta, 2) },
      ],
    });
  } else if (shape === 1) {
    sections.push({
      heading, level: 1,
      body: priorities.map((t, i) => ({ kind: 'priority' as const, n: i + 1, title: t, text: paragraph(rng, meta, 2) })),
    });
  } else {
    const last = priorities[priorities.length - 1] ?? '';
    const head = priorities.slice(0, -1).map(lc).join(', ');
    sections.push({
      heading, level: 1,
      body: [
        { kind: 'p', text: `${paragraph(rng, meta, 2)} Our priorities are ${head} and ${lc(last)}. ${paragraph(rng, meta, 2)}` },
      ],
    });
  }
  return sections;
}

/** One body section: either a deep dive on a priority or a context section with passing mentions. */
export function bodySection(rng: Rng, meta: DocMeta, priorities: string[], i: number): Section {
  const roll = rng.next();
  if (roll < 0.45 && priorities.length > 0) {
    const t = priorities[i % priorities.length] ?? '';
    return {
      heading: t, level: 2,
      body: [
        { kind: 'p', text: paragraph(rng, meta) },
        { kind: 'p', text: `What we will do`, },
        { kind: 'list', ordered: false, items: rng.sample([...MECHANISMS, ...INTERNAL], rng.int(3, 6)) },
        { kind: 'p', text: `${paragraph(rng, meta, 3)} ${mention(rng, meta)}` },
        ...(rng.chance(0.4)
          ? [{
            kind: 'table' as const,
            header: ['Measure', `${meta.year - 1}`, `${meta.year}`, 'Change'],
            rows: Array.from({ length: rng.int(3, 6) }, () => {
              const a = rng.int(40, 2400);
              const b = Math.max(1, Math.round(a * (0.7 + rng.next() * 0.6)));
              return [rng.pick(['Recorded offences', 'Repeat victims', 'Referrals', 'Incidents reported', 'Arrests', 'Cases closed', 'Hospital admissions']), String(a), String(b), `${b >= a ? '+' : ''}${Math.round(((b - a) / a) * 100)}%`];
            }),
          }]
          : []),
      ],
    };
  }
  const heading = rng.pick(['Strategic context', 'Crime and disorder trends', 'What residents told us', 'Partnership working', 'Governance and accountability', 'Resources and funding', 'Emerging issues', 'Progress over the last year', 'Performance overview', 'Equality and diversity', 'Learning from reviews', 'Community engagement']);
  return {
    heading, level: rng.chance(0.5) ? 1 : 2,
    body: [
      { kind: 'p', text: paragraph(rng, meta) },
      { kind: 'p', text: `${paragraph(rng, meta, 2)} ${mention(rng, meta)} ${paragraph(rng, meta, 2)}` },
      ...(rng.chance(0.35) ? [{ kind: 'list' as const, ordered: false, items: rng.sample(INTERNAL, rng.int(2, 4)) }] : []),
      { kind: 'p', text: paragraph(rng, meta, rng.int(2, 5)) },
    ],
  };
}

/** Rough word count, used to size formats without pages (≈ 430 words a printed page). */
export function sectionWords(s: Section): number {
  let n = s.heading.split(/\s+/).length;
  for (const b of s.body) {
    if (b.kind === 'p') n += b.text.split(/\s+/).length;
    else if (b.kind === 'list') n += b.items.join(' ').split(/\s+/).length;
    else if (b.kind === 'priority') n += (b.title + ' ' + b.text).split(/\s+/).length;
    else n += (b.rows.length + 1) * 4;
  }
  return n;
}
export const WORDS_PER_PAGE = 430;
