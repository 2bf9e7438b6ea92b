import type { AreaWriter } from './area-writer.ts';

const CAPACITIES = ['member', 'core-member', 'representative', 'full-member'] as const;

/** Introduction: what the document governs and its statutory basis. */
export function writeIntroduction(w: AreaWriter, predecessor?: string): void {
  const board = w.board;
  w.heading('1. Introduction');
  const governs = w.sentence(
    `This document sets out the arrangements of the ${board.name} (${board.short}) and its partners in ${w.place}.`,
  );
  w.body(board, governs);
  w.graph.rel(w.doc, 'GOVERNS', w.doc.id, board.id, {}, [governs]);
  const old = w.docPlan.era === 'old';
  const [law, lawText] = old
    ? ['law/ca2004/s13', 'section 13 of the Children Act 2004']
    : ['law/ca2004/s16e', 'section 16E of the Children Act 2004'];
  const basis = w.sentence(
    old
      ? `The ${board.short} is a statutory body established under ${lawText}.`
      : `The safeguarding partners have made these arrangements under ${lawText}.`,
  );
  w.graph.mention(board.id, basis);
  w.graph.rel(w.doc, 'BASED_ON', board.id, law, {}, [basis]);
  if (predecessor && w.graph.has(predecessor)) {
    const replaces = w.sentence(
      `From ${w.docPlan.effectiveFrom} the ${board.short} replaces the Local Safeguarding Children Board.`,
    );
    w.graph.rel(w.doc, 'SUCCEEDED_BY', predecessor, board.id, { date: w.docPlan.effectiveFrom }, [
      replaces,
    ]);
  }
  for (const partner of w.partners.slice(0, 2)) {
    const also = w.sentence(
      `It also sets out how the ${partner.name} works with the ${board.short}.`,
    );
    w.body(partner, also);
    w.graph.rel(w.doc, 'GOVERNS', w.doc.id, partner.id, {}, [also]);
  }
}

/** The main board: chair, sub-groups, membership. */
export function writeBoard(w: AreaWriter): void {
  const board = w.board;
  const { random, graph, doc } = w;
  w.heading(`2. The ${board.name}`);
  graph.mention(
    board.id,
    w.sentence(`The ${board.short} is a ${board.function} body; it is not a delivery body.`),
  );
  if (board.chair) {
    const e = w.sentence(`The ${board.short} is chaired by the ${w.postName(board.chair)}.`);
    graph.rel(doc, 'CHAIRS', w.post(board.chair, e), board.id, {}, [e]);
  }
  if (w.hasPost('board-deputy-chair')) {
    const e = w.sentence(
      `The Deputy Chair deputises for the chair of the ${board.short} when needed.`,
    );
    const deputy = w.post(`${w.plan.areaId}/board-deputy-chair`, e);
    graph.rel(doc, 'MEMBER_OF', deputy, board.id, { capacity: 'nominated-deputy' }, [e]);
  }
  const leadIn = w.sentence(
    `The following sub-groups will operate under the auspices of the ${board.short}:`,
  );
  for (const sub of w.subgroups) {
    const cadence = random.pick(['quarterly', 'per-meeting', 'six-monthly']);
    const line = w.sentence(
      `The ${sub.name} reports to the ${board.short} ${cadence === 'per-meeting' ? 'after each meeting' : cadence}.`,
    );
    w.body(sub, line);
    graph.rel(doc, 'SUBGROUP_OF', sub.id, board.id, {}, [leadIn, line]);
    graph.rel(
      doc,
      'REPORTS_TO',
      sub.id,
      board.id,
      { artefact: random.pick(['minutes', 'highlight report', 'performance report']), cadence },
      [line],
    );
    if (sub.chair) {
      const e = w.sentence(`The ${sub.name} is chaired by a member of the ${board.short}.`);
      graph.rel(doc, 'CHAIRS', w.post(sub.chair, e), sub.id, {}, [e]);
    }
  }
  w.sentence(`Membership of the ${board.short} includes senior representatives of:`);
  for (const org of w.plan.orgs) {
    const e = w.sentence(`${org.name};`);
    graph.rel(doc, 'MEMBER_OF', w.org(org.id, e), board.id, { capacity: random.pick(CAPACITIES) }, [
      e,
    ]);
  }
  const members: [string, string, string][] = [
    ['dcs', 'member', `The Director of Children's Services is a member of the ${board.short}.`],
    [
      'lead-member',
      'invited',
      `The Lead Member attends the ${board.short} as a participating observer.`,
    ],
    [
      'lay-member',
      'lay-member',
      `Two lay members sit on the ${board.short} to represent the community.`,
    ],
    ['young-person-member', 'young-person', `A young person is a member of the ${board.short}.`],
    ['dph', 'member', `The Director of Public Health is a member of the ${board.short}.`],
    [
      'board-manager',
      'member',
      `The Business Manager attends the ${board.short} and supports its work.`,
    ],
  ];
  for (const [slug, capacity, text] of members) {
    if (!w.hasPost(slug)) continue;
    const e = w.sentence(text);
    graph.rel(doc, 'MEMBER_OF', w.post(`${w.plan.areaId}/${slug}`, e), board.id, { capacity }, [e]);
  }
}

/** Partnership bodies: trust, HWB, CSP, SAB, their chairs and members. */
export function writePartnerships(w: AreaWriter): void {
  const { graph, doc } = w;
  w.heading('3. Partnership arrangements');
  const dcs = `${w.plan.areaId}/dcs`;
  for (const body of w.partners) {
    const e = w.sentence(
      `The ${body.name} (${body.short}) is a ${body.function} body for ${w.place}.`,
    );
    w.body(body, e);
    if (body.chair) {
      const c = w.sentence(`The ${body.short} is chaired by the ${w.postName(body.chair)}.`);
      graph.rel(doc, 'CHAIRS', w.post(body.chair, c), body.id, {}, [c]);
    }
    if (body.kind !== 'safeguarding-adults-board' && body.kind !== 'community-safety-partnership') {
      const m = w.sentence(
        `The Director of Children's Services is a core member of the ${body.short}.`,
      );
      graph.rel(doc, 'MEMBER_OF', w.post(dcs, m), body.id, { capacity: 'core-member' }, [m]);
    }
  }
  if (w.plan.businessUnit && w.docPlan.era === 'new') {
    const unit = w.plan.businessUnit;
    const e = w.sentence(
      `A ${unit.name} supports the work of the ${w.board.short} and the partnership boards.`,
    );
    w.body(unit, e);
    for (const target of [w.board, ...w.partners].slice(0, 4))
      graph.rel(doc, 'SUPPORTS', unit.id, target.id, {}, [e]);
  }
}
