import { dutyTypeId } from '@accgraph/schema';
import type { AreaWriter } from './area-writer.ts';
import type { Random } from './random.ts';
import { SourceText } from './source-text.ts';
import { slugify } from './vocabulary.ts';

/** The taxonomy the obligations are classified by (from schema/taxonomy). */
export interface DutyCatalogue {
  /** code -> { label, category } */
  duties: Map<string, { label: string; category: string }>;
  /** provision id -> title */
  provisions: Map<string, string>;
}

const NEW_ONLY = [
  'LOCAL_CSPR',
  'RAPID_REVIEW',
  'RELEVANT_AGENCY_ENGAGEMENT',
  'SAFEGUARDING_ARRANGEMENTS',
  'INDEPENDENT_SCRUTINY',
];
const OLD_ONLY = ['SERIOUS_CASE_REVIEW', 'CYPP', 'CYPP_CONSULTATION', 'COOPERATION_ARRANGEMENTS'];

const VERBS: Record<string, string[]> = {
  planning: ['contribute to', 'agree', 'keep under review', 'lead on', 'align its work with'],
  standards: ['develop and publish', 'maintain', 'review', 'agree and promote'],
  assurance: ['monitor', 'scrutinise', 'provide assurance on', 'evaluate'],
  learning: ['commission', 'oversee', 'disseminate learning from', 'act on the findings of'],
  'reporting-and-voice': ['publish', 'promote', 'ensure effective', 'support'],
  leadership: ['exercise', 'retain', 'demonstrate'],
};
const FOCUS = [
  'children in care',
  'care leavers',
  'disabled children',
  'children missing education',
  'young carers',
  'children at risk of exploitation',
  'children living with domestic abuse',
  'families needing early help',
  'unaccompanied asylum-seeking children',
  'children in private fostering arrangements',
  'young people in custody',
  'children affected by parental mental ill health',
  'babies under one',
  'adolescents at risk',
];
const QUALIFIER = [
  'across {p}',
  'with partner agencies',
  'and report progress to the {b}',
  'in line with statutory guidance',
  'within the agreed timescales',
  'through its annual work plan',
  'using multi-agency data',
];
const MODALITY: [string, string, number][] = [
  ['will', 'will', 55],
  ['responsible', 'is responsible to', 22],
  ['must', 'must', 8],
  ['should', 'should', 5],
  ['may', 'may', 4],
  ['intends', 'intends to', 3],
  ['expected', 'is expected to', 2],
  ['shall', 'shall', 1],
];
const CODE_PROVISION: Record<string, [string, string]> = {
  CHILD_DEATH_REVIEW: ['law/lscb-regs-2006/reg6', 'law/ca2004/s16m'],
  SERIOUS_CASE_REVIEW: ['law/lscb-regs-2006/reg5', 'law/lscb-regs-2006/reg5'],
  LOCAL_CSPR: ['law/ca2004/s16f', 'law/ca2004/s16f'],
  RAPID_REVIEW: ['law/wt2018/ch4', 'law/wt2018/ch4'],
  S11_ASSURANCE: ['law/ca2004/s11', 'law/ca2004/s11'],
  SAFEGUARDING_ADULTS_REVIEW: ['law/care-act-2014/s44', 'law/care-act-2014/s44'],
  HEALTH_WELLBEING_STRATEGY: ['law/hsca2012/s195', 'law/hsca2012/s195'],
  COMMUNITY_SAFETY_STRATEGY: ['law/cda1998/s6', 'law/cda1998/s6'],
  DOMESTIC_HOMICIDE_REVIEW: ['law/dvcva2004/s9', 'law/dvcva2004/s9'],
};
const ERA_PROVISIONS = {
  old: ['law/ca2004/s14', 'law/lscb-regs-2006', 'law/wt2013'],
  new: ['law/ca2004/s16e', 'law/ca2004/s16g', 'law/wt2018'],
};

function weighted<T>(random: Random, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random.float() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}

/**
 * 120-250 obligations for one document, grouped by holder under "The role of
 * X is to:" headings. Each area leaves some duty types out entirely and
 * weights the rest unevenly, so some duty types recur many times.
 */
export function writeObligations(
  w: AreaWriter,
  catalogue: DutyCatalogue,
  profile: Map<string, number>,
): void {
  const { graph, doc, random } = w;
  const era = w.docPlan.era;
  const codes = [...profile].filter(([c]) => !(era === 'old' ? NEW_ONLY : OLD_ONLY).includes(c));
  const area = w.plan.areaId;
  const holders: [string, number][] = [
    [w.board.id, 30],
    ...w.subgroups.map((s): [string, number] => [s.id, 4]),
    ...w.partners.map((p): [string, number] => [p.id, 8]),
    [`${area}/dcs`, 6],
    [`${area}/lead-member`, 3],
    ...w.plan.orgs.filter((o) => graph.has(o.id)).map((o): [string, number] => [o.id, 2]),
    ...[...w.plan.posts.keys()]
      .filter((id) => graph.has(id))
      .map((id): [string, number] => [id, 1]),
  ];
  const count = random.int(120, 250);
  const byHolder = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const h = weighted(random, holders);
    byHolder.set(h, (byHolder.get(h) ?? 0) + 1);
  }
  w.heading('5. Responsibilities');
  let n = 0;
  for (const [holder, many] of byHolder) {
    const holderName = graph.nodes.get(holder)?.properties.name as string;
    w.heading(`The role of the ${holderName} is to:`);
    for (let k = 0; k < many; k++) {
      n += 1;
      const code = weighted(random, codes);
      const duty = catalogue.duties.get(code) as { label: string; category: string };
      const [modality, phrase] = weighted(
        random,
        MODALITY.map(([m, p, wt]): [[string, string], number] => [[m, p], wt]),
      );
      const verb = random.pick(VERBS[duty.category] ?? ['carry out']);
      const qualifier = random
        .pick(QUALIFIER)
        .replace('{p}', w.place)
        .replace('{b}', w.board.short);
      const text = `${verb[0]?.toUpperCase()}${verb.slice(1)} ${duty.label.toLowerCase()} for ${random.pick(FOCUS)} ${qualifier}`;
      const quote = w.sentence(
        `The ${holderName} ${phrase} ${text.charAt(0).toLowerCase()}${text.slice(1)}.`,
      );
      const evidence = [SourceText.part(quote, text.charAt(0).toLowerCase() + text.slice(1))];
      const others = random.chance(0.3)
        ? random.sample(
            holders.map(([h]) => h).filter((h) => h !== holder && graph.has(h)),
            random.int(1, 2),
          )
        : [];
      const all = [holder, ...others];
      const id = `${doc.id}/${slugify(code)}-${String(n).padStart(3, '0')}`;
      const codes2 = random.chance(0.3) ? [code, weighted(random, codes)] : [code];
      const cadence = random.chance(0.15)
        ? random.pick(['annual', 'six-monthly', 'quarterly', 'per-meeting', 'as-needed'])
        : undefined;
      const deadline = random.chance(0.03)
        ? {
            deadlineValue: random.pick([5, 15, 20]),
            deadlineUnit: 'working-days',
            deadlineAnchor: 'incident',
          }
        : {};
      const extra: (() => void)[] = [];
      if (random.chance(0.15)) {
        const law =
          CODE_PROVISION[code]?.[era === 'old' ? 0 : 1] ?? random.pick(ERA_PROVISIONS[era]);
        const title = catalogue.provisions.get(law);
        if (title) {
          const e = w.sentence(`This duty arises under ${title}.`);
          evidence.push(e);
          extra.push(() => graph.rel(doc, 'BASED_ON', id, law, {}, [e]));
        }
      }
      if (w.subgroups.length > 0 && random.chance(0.1)) {
        const sub = random.pick(w.subgroups);
        const e = w.sentence(`This will be taken forward through the ${sub.name}.`);
        evidence.push(e);
        extra.push(() => graph.rel(doc, 'DISCHARGED_THROUGH', id, sub.id, {}, [e]));
      }
      const shared = all.length > 1 && random.chance(0.6);
      const leadHolder = all.length > 1 && random.chance(0.2) ? holder : undefined;
      graph.node(
        id,
        'Obligation',
        {
          areaId: area,
          documentId: doc.id,
          text,
          modality,
          lead: leadHolder !== undefined,
          shared,
          cadence,
          validFrom: doc.validFrom,
          validTo: doc.validTo,
          ...deadline,
        },
        evidence,
      );
      for (const h of all)
        graph.rel(
          doc,
          'HAS_OBLIGATION',
          h,
          id,
          { lead: h === leadHolder },
          evidence.map((e) => ({ ...e })),
        );
      for (const c of new Set(codes2)) graph.rel(doc, 'OF_TYPE', id, dutyTypeId(c), {}, []);
      for (const f of extra) f();
    }
  }
}
