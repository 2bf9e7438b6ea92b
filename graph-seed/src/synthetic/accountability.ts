import type { AreaWriter } from './area-writer.ts';

/**
 * Accountability lines: challenge between the board and the partnership
 * bodies (reciprocal, so the graph has cycles), reports, the partners'
 * mutual accountability and the posts' lines of accountability.
 */
export function writeAccountability(w: AreaWriter): void {
  const { graph, doc, random } = w;
  const board = w.board;
  const area = w.plan.areaId;
  w.heading('4. Accountability and challenge');
  for (const partner of w.partners) {
    const challenge = w.sentence(
      `The ${board.short} will challenge the ${partner.short} on how well it safeguards children in ${w.place}.`,
    );
    const reciprocal = partner.kind === 'safeguarding-adults-board';
    graph.rel(
      doc,
      'HOLDS_TO_ACCOUNT',
      board.id,
      partner.id,
      { mode: reciprocal ? 'reciprocal' : random.pick(['challenge', 'scrutiny']) },
      [challenge],
    );
    if (reciprocal || partner.kind === 'childrens-trust' || random.chance(0.4)) {
      const back = w.sentence(
        `The ${partner.short} will in turn hold the ${board.short} to account for the impact of its work.`,
      );
      graph.rel(
        doc,
        'HOLDS_TO_ACCOUNT',
        partner.id,
        board.id,
        { mode: reciprocal ? 'reciprocal' : 'oversight' },
        [back],
      );
    }
    if (partner.kind === 'health-and-wellbeing-board' || partner.kind === 'childrens-trust') {
      const report = w.sentence(
        `The ${board.short} will present its annual report to the ${partner.short} each year.`,
      );
      graph.rel(
        doc,
        'REPORTS_TO',
        board.id,
        partner.id,
        { artefact: 'annual report', cadence: 'annual' },
        [report],
      );
    }
  }
  const hwb = w.partners.find((p) => p.kind === 'health-and-wellbeing-board');
  const trust = w.partners.find((p) => p.kind === 'childrens-trust');
  if (hwb && trust) {
    const e = w.sentence(
      `The ${trust.short} reports to the ${hwb.short} every six months on the children and young people's plan.`,
    );
    graph.rel(
      doc,
      'REPORTS_TO',
      trust.id,
      hwb.id,
      { artefact: 'six-monthly report', cadence: 'six-monthly' },
      [e],
    );
  }
  const orgs = w.plan.orgs.filter((o) => graph.has(o.id));
  for (const org of random.sample(orgs, random.int(2, 5))) {
    const e = w.sentence(
      `The ${board.short} may call ${org.name} to account for its safeguarding arrangements.`,
    );
    graph.rel(doc, 'HOLDS_TO_ACCOUNT', board.id, org.id, { mode: 'call-to-account' }, [e]);
  }
  if (w.docPlan.era === 'new') {
    const partners = [`${area}/council`, `${area}/police`, `${area}/ccg`];
    const e = w.sentence(
      'The three safeguarding partners hold each other to account for their shared responsibility.',
    );
    for (const from of partners) {
      w.org(from, e);
    }
    for (const from of partners) {
      for (const to of partners)
        if (from !== to) graph.rel(doc, 'HOLDS_TO_ACCOUNT', from, to, { mode: 'reciprocal' }, [e]);
    }
  }
  for (const sub of random.sample(w.subgroups, random.int(1, 3))) {
    const e = w.sentence(
      `The ${board.short} oversees the work of the ${sub.name} and agrees its work plan.`,
    );
    graph.rel(doc, 'HOLDS_TO_ACCOUNT', board.id, sub.id, { mode: 'oversight' }, [e]);
  }
  const dcs = `${area}/dcs`;
  const lead = `${area}/lead-member`;
  const council = `${area}/council`;
  const e1 = w.sentence(
    `The Director of Children's Services is accountable to the Lead Member for Children's Services for the performance of children's services.`,
  );
  w.post(dcs, e1);
  w.post(lead, e1);
  graph.rel(doc, 'ACCOUNTABLE_TO', dcs, lead, { mode: 'political' }, [e1]);
  const e2 = w.sentence(
    `The Lead Member is accountable to full council for the safety of children in ${w.place}.`,
  );
  w.org(council, e2);
  graph.rel(doc, 'ACCOUNTABLE_TO', lead, council, { mode: 'democratic' }, [e2]);
  if (w.hasPost('chief-executive')) {
    const e = w.sentence(
      `The Director of Children's Services is professionally accountable to the Chief Executive.`,
    );
    graph.rel(
      doc,
      'ACCOUNTABLE_TO',
      dcs,
      w.post(`${area}/chief-executive`, e),
      { mode: 'professional' },
      [e],
    );
    if (board.chair && w.docPlan.era === 'old') {
      const c = w.sentence(
        `The Independent Chair of the ${board.short} is accountable to the Chief Executive of the council.`,
      );
      graph.rel(
        doc,
        'ACCOUNTABLE_TO',
        board.chair,
        `${area}/chief-executive`,
        { mode: 'organisational' },
        [c],
      );
    }
  }
  const r = w.sentence(
    `The Director of Children's Services will report to the ${board.short} every six months on the performance of children's services.`,
  );
  graph.rel(
    doc,
    'REPORTS_TO',
    dcs,
    board.id,
    { artefact: 'performance report', cadence: 'six-monthly', presenter: dcs },
    [r],
  );
}

/** Escalation routes (1-2 per document) with their ordered steps. */
export function writeEscalation(w: AreaWriter): void {
  const { graph, doc, random } = w;
  const board = w.board;
  const area = w.plan.areaId;
  w.heading('6. Resolution process');
  const top = w.partners.find((p) => p.kind === 'health-and-wellbeing-board') ?? w.partners[0];
  const chair = board.chair ?? `${area}/dcs`;
  const routes: [string, string[]][] = [];
  const trust = w.partners.find((p) => p.kind === 'childrens-trust');
  const first = trust?.chair ?? w.subgroups.find((s) => s.chair)?.chair ?? `${area}/lead-member`;
  routes.push(['resolution', [first, chair, ...(top ? [top.id] : [`${area}/dcs`])]]);
  if (random.chance(0.6)) {
    const start = w.hasPost('head-of-safeguarding')
      ? `${area}/head-of-safeguarding`
      : `${area}/dcs`;
    const steps = start.endsWith('/dcs')
      ? [start, chair, board.id]
      : [start, `${area}/dcs`, chair, board.id];
    routes.push(['professional-disagreement', steps]);
  }
  for (const [name, steps] of routes) {
    const route = `${area}-${w.docPlan.year}-${name}`;
    w.sentence(
      `Where a disagreement cannot be resolved, the following ${name.replace('-', ' ')} steps apply:`,
    );
    for (let i = 0; i + 1 < steps.length; i++) {
      const from = steps[i] as string;
      const to = steps[i + 1] as string;
      const e = w.sentence(
        `Step ${i + 1}: the matter is referred from the ${label(w, from)} to the ${label(w, to)}.`,
      );
      for (const id of [from, to]) declare(w, id, e);
      graph.rel(doc, 'ESCALATES_TO', from, to, { route, step: i + 1 }, [e], name);
    }
  }
}

function label(w: AreaWriter, id: string): string {
  const body = [w.board, ...w.subgroups, ...w.partners].find((b) => b.id === id);
  return body ? body.name : w.postName(id);
}

function declare(w: AreaWriter, id: string, e: ReturnType<AreaWriter['sentence']>): void {
  const body = [w.board, ...w.subgroups, ...w.partners].find((b) => b.id === id);
  if (body) w.body(body, e);
  else w.post(id, e);
}

/** Operational ties: information, consultation, advice. */
export function writeOperational(w: AreaWriter): void {
  const { graph, doc } = w;
  const board = w.board;
  w.heading('7. Operational arrangements');
  for (const partner of w.partners) {
    const i = w.sentence(`The ${board.short} will share its minutes with the ${partner.short}.`);
    graph.rel(doc, 'INFORMS', board.id, partner.id, { subject: 'minutes of its meetings' }, [i]);
    const c = w.sentence(
      `The ${partner.short} will consult the ${board.short} on its strategic plan.`,
    );
    graph.rel(doc, 'CONSULTS', partner.id, board.id, { subject: 'its strategic plan' }, [c]);
  }
  const sub = w.subgroups[0];
  if (sub) {
    const a = w.sentence(`The ${sub.name} advises the ${board.short} on learning from practice.`);
    graph.rel(doc, 'ADVISES', sub.id, board.id, { subject: 'learning from practice' }, [a]);
  }
}

/** Posts of the plan no section has mentioned yet attend the board when invited. */
export function writeOtherPosts(w: AreaWriter): void {
  for (const post of w.plan.posts.values()) {
    if (w.graph.has(post.id)) continue;
    const e = w.sentence(`The ${post.name} attends the ${w.board.short} when invited.`);
    w.graph.rel(w.doc, 'MEMBER_OF', w.post(post.id, e), w.board.id, { capacity: 'invited' }, [e]);
  }
}
