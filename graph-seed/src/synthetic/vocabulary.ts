/**
 * Words the synthetic areas are made of, modelled on the real seed documents
 * (graph-seed/areas): place names, partner organisations, sub-groups, posts.
 */
import type { Random } from './random.ts';

const PLACE_STEMS = [
  'Ash',
  'Brack',
  'Cald',
  'Dun',
  'Elm',
  'Fern',
  'Gold',
  'Hart',
  'Ivel',
  'Kest',
  'Lang',
  'Marl',
  'Nor',
  'Oak',
  'Pen',
  'Quen',
  'Rad',
  'Stan',
  'Thorn',
  'Ulver',
  'Wal',
  'Wen',
  'Whit',
  'Yar',
];
const PLACE_ENDS = [
  'ford',
  'ham',
  'ley',
  'shire',
  'ton',
  'borough',
  'field',
  'wick',
  'bury',
  'mouth',
  'dale',
  'stow',
  'minster',
  'worth',
];
const PLACE_KINDS = ['County Council', 'Borough Council', 'City Council', 'Council'] as const;

export interface Place {
  name: string;
  localAuthority: string;
  /** Initial used in board abbreviations (`ASCB`). */
  initial: string;
}

/** A distinct place name per area index (unique for up to 336 areas per prefix). */
export function placeFor(random: Random, index: number): Place {
  const stem = PLACE_STEMS[index % PLACE_STEMS.length] as string;
  const end = PLACE_ENDS[Math.floor(index / PLACE_STEMS.length) % PLACE_ENDS.length] as string;
  const prefix = index >= PLACE_STEMS.length * PLACE_ENDS.length ? 'New ' : '';
  const name = `${prefix}${stem}${end}`;
  return { name, localAuthority: `${name} ${random.pick(PLACE_KINDS)}`, initial: name[0] ?? 'X' };
}

/** A kind-tagged organisation template; `{p}` is the place name. */
export interface OrgTemplate {
  slug: string;
  name: string;
  kind: string;
}

export const CORE_ORGS: readonly OrgTemplate[] = [
  { slug: 'council', name: '{la}', kind: 'local-authority' },
  { slug: 'police', name: '{p} Police', kind: 'police' },
  { slug: 'ccg', name: 'NHS {p} Clinical Commissioning Group', kind: 'ccg' },
];

export const OTHER_ORGS: readonly OrgTemplate[] = [
  { slug: 'acute-trust', name: '{p} Hospitals NHS Foundation Trust', kind: 'health-provider' },
  { slug: 'community-health', name: '{p} Community Health NHS Trust', kind: 'health-provider' },
  {
    slug: 'mental-health-trust',
    name: '{p} Partnership NHS Foundation Trust',
    kind: 'health-provider',
  },
  { slug: 'probation', name: 'National Probation Service ({p})', kind: 'other' },
  { slug: 'cafcass', name: 'Cafcass ({p})', kind: 'other' },
  { slug: 'fire-service', name: '{p} Fire and Rescue Service', kind: 'other' },
  { slug: 'schools', name: '{p} schools and colleges', kind: 'education' },
  { slug: 'college', name: '{p} College', kind: 'education' },
  { slug: 'cvs', name: '{p} Council for Voluntary Service', kind: 'voluntary' },
  { slug: 'youth-action', name: '{p} Youth Action', kind: 'voluntary' },
  { slug: 'housing', name: '{p} Housing Partnership', kind: 'other' },
  { slug: 'ambulance', name: 'South Western Ambulance Service ({p})', kind: 'health-provider' },
];

export interface SubgroupTemplate {
  slug: string;
  name: string;
  kind: 'sub-group' | 'panel' | 'forum';
  function: string;
  /** Era the name belongs to (old LSCB, new partnership) or both. */
  era: 'old' | 'new' | 'both';
}

export const SUBGROUPS: readonly SubgroupTemplate[] = [
  {
    slug: 'quality-assurance',
    name: 'Quality Assurance and Performance Sub-group',
    kind: 'sub-group',
    function: 'assurance',
    era: 'both',
  },
  {
    slug: 'serious-case-review',
    name: 'Serious Case Review Sub-group',
    kind: 'sub-group',
    function: 'learning',
    era: 'old',
  },
  {
    slug: 'practice-review',
    name: 'Child Safeguarding Practice Review Group',
    kind: 'sub-group',
    function: 'learning',
    era: 'new',
  },
  {
    slug: 'learning-development',
    name: 'Learning and Development Sub-group',
    kind: 'sub-group',
    function: 'learning',
    era: 'both',
  },
  {
    slug: 'policy-procedures',
    name: 'Policy and Procedures Sub-group',
    kind: 'sub-group',
    function: 'delivery',
    era: 'both',
  },
  {
    slug: 'exploitation',
    name: 'Child Exploitation and Missing Sub-group',
    kind: 'sub-group',
    function: 'delivery',
    era: 'both',
  },
  {
    slug: 'cdop',
    name: 'Child Death Overview Panel',
    kind: 'panel',
    function: 'learning',
    era: 'both',
  },
  {
    slug: 'communications',
    name: 'Communications and Engagement Sub-group',
    kind: 'sub-group',
    function: 'voice',
    era: 'both',
  },
  {
    slug: 'education-safeguarding',
    name: 'Education Safeguarding Forum',
    kind: 'forum',
    function: 'coordination',
    era: 'both',
  },
  {
    slug: 'health-safeguarding',
    name: 'Health Safeguarding Group',
    kind: 'sub-group',
    function: 'coordination',
    era: 'both',
  },
  {
    slug: 'neglect',
    name: 'Neglect Strategy Group',
    kind: 'sub-group',
    function: 'strategy',
    era: 'both',
  },
  {
    slug: 'early-help',
    name: 'Early Help Sub-group',
    kind: 'sub-group',
    function: 'delivery',
    era: 'both',
  },
  {
    slug: 'voice-of-the-child',
    name: 'Voice of the Child Group',
    kind: 'forum',
    function: 'voice',
    era: 'new',
  },
  {
    slug: 'performance-data',
    name: 'Performance and Data Group',
    kind: 'sub-group',
    function: 'assurance',
    era: 'new',
  },
];

/** Optional posts; `{b}` is the main board's short name. */
export const OPTIONAL_POSTS: readonly { slug: string; name: string; kind: string }[] = [
  { slug: 'board-deputy-chair', name: 'Deputy Chair of the {b}', kind: 'chair' },
  { slug: 'chief-executive', name: 'Chief Executive of {la}', kind: 'chief-executive' },
  { slug: 'chief-constable', name: 'Chief Constable', kind: 'chief-constable' },
  { slug: 'dass', name: 'Director of Adult Social Services', kind: 'dass' },
  { slug: 'dph', name: 'Director of Public Health', kind: 'director-public-health' },
  { slug: 'board-manager', name: '{b} Business Manager', kind: 'board-manager' },
  { slug: 'training-manager', name: '{b} Training Manager', kind: 'training-manager' },
  { slug: 'lay-member', name: 'Lay Member of the {b}', kind: 'lay-member' },
  {
    slug: 'young-person-member',
    name: 'Young Person Member of the {b}',
    kind: 'young-person-member',
  },
  { slug: 'designated-doctor', name: 'Designated Doctor for Safeguarding', kind: 'other' },
  { slug: 'designated-nurse', name: 'Designated Nurse for Safeguarding', kind: 'other' },
  { slug: 'lado', name: 'Local Authority Designated Officer', kind: 'other' },
  { slug: 'trust-vice-chair', name: "Vice-Chair of the Children's Trust", kind: 'chair' },
  { slug: 'head-of-safeguarding', name: 'Head of Safeguarding', kind: 'other' },
];

const FIRST = [
  'Alex',
  'Sam',
  'Priya',
  'Tom',
  'Ruth',
  'Kwame',
  'Helen',
  'Imran',
  'Claire',
  'Owen',
  'Maya',
  'David',
  'Sian',
  'Chloe',
];
const LAST = [
  'Harper',
  'Okafor',
  'Patel',
  'Whitfield',
  'Morgan',
  'Hughes',
  'Clarke',
  'Nash',
  'Begum',
  'Rees',
  'Turner',
  'Lowe',
];

export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}
