import type { Random } from './random.ts';
import {
  CORE_ORGS,
  OPTIONAL_POSTS,
  OTHER_ORGS,
  type Place,
  SUBGROUPS,
  fill,
  placeFor,
} from './vocabulary.ts';

export type Era = 'old' | 'new';

export interface BodyPlan {
  id: string;
  name: string;
  short: string;
  kind: string;
  function: string;
  statutory: string;
  /** The chair post, if the body has one. */
  chair?: string;
}

export interface PostPlan {
  id: string;
  name: string;
  kind: string;
  /** Organisation or body the post belongs to (POST_OF). */
  of?: string;
}

export interface DocPlan {
  id: string;
  era: Era;
  year: number;
  effectiveFrom: string;
  datePrecision: 'day' | 'year';
}

/** Everything an area is made of, decided before any text is written. */
export interface AreaPlan {
  areaId: string;
  place: Place;
  docs: DocPlan[];
  orgs: { id: string; name: string; kind: string }[];
  /** Main board per era: `scb` (old LSCB) and/or `partnership` (new arrangements). */
  boards: Partial<Record<Era, BodyPlan>>;
  subgroups: Partial<Record<Era, BodyPlan[]>>;
  trust?: BodyPlan;
  hwb?: BodyPlan;
  csp?: BodyPlan;
  sab?: BodyPlan;
  businessUnit?: BodyPlan;
  posts: Map<string, PostPlan>;
}

const pad = (n: number) => String(n).padStart(3, '0');
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

function docPlan(random: Random, areaId: string, era: Era): DocPlan {
  const year = era === 'old' ? random.int(2008, 2016) : random.int(2019, 2022);
  const day = random.chance(0.7);
  const effectiveFrom = day
    ? `${year}-${random.pick(MONTHS)}-${String(random.int(1, 28)).padStart(2, '0')}`
    : String(year);
  return { id: `${areaId}/${year}`, era, year, effectiveFrom, datePrecision: day ? 'day' : 'year' };
}

/** The plan of synthetic area number `index` (0-based) drawn from `random`. */
export function planArea(random: Random, index: number): AreaPlan {
  const areaId = `synthetic-${pad(index + 1)}`;
  const place = placeFor(random, index);
  const p = place.name;
  const roll = random.float();
  const eras: Era[] = roll < 0.45 ? ['old', 'new'] : roll < 0.75 ? ['old'] : ['new'];
  const docs = eras.map((era) => docPlan(random, areaId, era));
  const id = (slug: string) => `${areaId}/${slug}`;
  const latest = eras[eras.length - 1] === 'new' ? 'SCP' : 'SCB';
  const values = { p, la: place.localAuthority, b: `${place.initial}${latest}` };

  const orgs = [...CORE_ORGS, ...random.sample(OTHER_ORGS, random.int(2, 12))].map((o) => ({
    id: id(o.slug),
    name: fill(o.name, values),
    kind: o.kind,
  }));
  const posts = new Map<string, PostPlan>();
  const post = (slug: string, name: string, kind: string, of?: string) => {
    posts.set(id(slug), { id: id(slug), name: fill(name, values), kind, of });
    return id(slug);
  };
  post('dcs', "Director of Children's Services", 'dcs', id('council'));
  post('lead-member', "Lead Member for Children's Services", 'lead-member', id('council'));

  const boards: AreaPlan['boards'] = {};
  const subgroups: AreaPlan['subgroups'] = {};
  for (const era of eras) {
    const board: BodyPlan =
      era === 'old'
        ? {
            id: id('scb'),
            name: `${p} Safeguarding Children Board`,
            short: `${place.initial}SCB`,
            kind: 'safeguarding-children-board',
            function: 'scrutiny',
            statutory: 'statutory',
            chair: post(
              'scb-chair',
              `Independent Chair of the ${place.initial}SCB`,
              'independent-chair',
              id('scb'),
            ),
          }
        : {
            id: id('partnership'),
            name: `${p} Safeguarding Children Partnership`,
            short: `${place.initial}SCP`,
            kind: 'safeguarding-partnership',
            function: random.pick(['scrutiny', 'assurance', 'coordination']),
            statutory: random.pick(['statutory', 'not-stated']),
            chair: post(
              'partnership-chair',
              `Chair of the ${place.initial}SCP`,
              'chair',
              id('partnership'),
            ),
          };
    boards[era] = board;
    const pool = SUBGROUPS.filter((s) => s.era === 'both' || s.era === era);
    subgroups[era] = random.sample(pool, random.int(3, 6)).map((s) => ({
      id: `${board.id}-${s.slug}`,
      name: s.name,
      short: s.name,
      kind: s.kind,
      function: s.function,
      statutory: 'not-stated',
    }));
  }
  const body = (
    slug: string,
    name: string,
    short: string,
    kind: string,
    fn: string,
    chairName: string,
  ) => ({
    id: id(slug),
    name,
    short,
    kind,
    function: fn,
    statutory: random.pick(['statutory', 'not-stated', 'non-statutory']),
    chair: post(`${slug}-chair`, chairName, 'chair', id(slug)),
  });
  const plan: AreaPlan = { areaId, place, docs, orgs, boards, subgroups, posts };
  if (eras.includes('old') || random.chance(0.3)) {
    plan.trust = body(
      'childrens-trust',
      `${p} Children's Trust`,
      "Children's Trust",
      'childrens-trust',
      'strategy',
      "Chair of the Children's Trust",
    );
  }
  if (random.chance(0.85))
    plan.hwb = body(
      'hwb',
      `${p} Health and Wellbeing Board`,
      'HWB',
      'health-and-wellbeing-board',
      'strategy',
      'Chair of the Health and Wellbeing Board',
    );
  if (random.chance(0.75))
    plan.csp = body(
      'csp',
      `Safer ${p} Partnership`,
      'CSP',
      'community-safety-partnership',
      'delivery',
      'Chair of the Community Safety Partnership',
    );
  if (random.chance(0.7))
    plan.sab = body(
      'sab',
      `${p} Safeguarding Adults Board`,
      'SAB',
      'safeguarding-adults-board',
      'scrutiny',
      'Independent Chair of the Safeguarding Adults Board',
    );
  if (eras.includes('new') && random.chance(0.5)) {
    plan.businessUnit = {
      id: id('business-unit'),
      name: 'Safeguarding Business Unit',
      short: 'Business Unit',
      kind: 'business-support',
      function: 'not-stated',
      statutory: 'not-stated',
    };
  }
  // Fill up to 10-25 posts: sub-group chairs and optional posts in random order.
  const target = random.int(10, 25);
  const candidates = random.shuffle([
    ...Object.values(subgroups)
      .flat()
      .map((s) => ({
        slug: `${s.id.slice(areaId.length + 1)}-chair`,
        name: `Chair of the ${s.name}`,
        kind: 'chair',
        of: s.id,
        sub: s,
      })),
    ...OPTIONAL_POSTS.map((o) => ({ ...o, of: undefined, sub: undefined })),
  ]);
  for (const c of candidates) {
    if (posts.size >= target) break;
    const postId = post(c.slug, c.name, c.kind, c.of ?? ownerOf(c.slug, areaId, latest));
    if (c.sub) c.sub.chair = postId;
  }
  return plan;
}

const COUNCIL_POSTS = ['chief-executive', 'dass', 'dph', 'lado', 'head-of-safeguarding'];
const BOARD_POSTS = [
  'board-deputy-chair',
  'board-manager',
  'training-manager',
  'lay-member',
  'young-person-member',
];

/** The organisation or body an optional post belongs to (POST_OF), if any. */
function ownerOf(slug: string, areaId: string, latest: 'SCB' | 'SCP'): string | undefined {
  if (COUNCIL_POSTS.includes(slug)) return `${areaId}/council`;
  if (BOARD_POSTS.includes(slug)) return `${areaId}/${latest === 'SCB' ? 'scb' : 'partnership'}`;
  if (slug === 'chief-constable') return `${areaId}/police`;
  if (slug.startsWith('designated-')) return `${areaId}/ccg`;
  if (slug === 'trust-vice-chair') return undefined;
  return undefined;
}
