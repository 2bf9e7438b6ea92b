import type { Evidence } from '@accgraph/schema';
import {
  writeAccountability,
  writeEscalation,
  writeOperational,
  writeOtherPosts,
} from './accountability.ts';
import { type AreaPlan, type DocPlan, planArea } from './area-plan.ts';
import { AreaWriter } from './area-writer.ts';
import { type DocumentContext, GraphBuilder } from './graph-builder.ts';
import { type DutyCatalogue, writeObligations } from './obligations.ts';
import { Random } from './random.ts';
import { SourceText } from './source-text.ts';
import { personName, slugify } from './vocabulary.ts';
import { writeBoard, writeIntroduction, writePartnerships } from './structure.ts';

export interface SyntheticArea {
  areaId: string;
  graph: GraphBuilder;
  /** documentId -> synthetic source text (quotes are at their offsets). */
  sources: Record<string, string>;
}

/** Each area leaves 4-12 duty types out and weights the others 1-8. */
function dutyProfile(random: Random, catalogue: DutyCatalogue): Map<string, number> {
  const codes = [...catalogue.duties.keys()];
  const missing = new Set(random.sample(codes, random.int(4, 12)));
  return new Map(codes.filter((c) => !missing.has(c)).map((c) => [c, random.int(1, 8)]));
}

function writeSignatures(w: AreaWriter): void {
  const { graph, doc, random } = w;
  w.heading('8. Agreement');
  const date = w.docPlan.datePrecision === 'day' ? w.docPlan.effectiveFrom : undefined;
  const signatories =
    w.docPlan.era === 'old'
      ? [w.board.chair, w.plan.trust?.chair].filter((s): s is string => s !== undefined)
      : [
          `${w.plan.areaId}/dcs`,
          ...['chief-executive', 'chief-constable']
            .filter((s) => w.hasPost(s))
            .map((s) => `${w.plan.areaId}/${s}`),
        ];
  for (const postId of signatories) {
    const name = random.chance(0.6) ? personName(random) : undefined;
    const e = w.sentence(
      `${name ? `${name}, ` : ''}${w.postName(postId)}${date ? `, ${date}` : ''}`,
    );
    w.post(postId, e);
    if (name) {
      const personId = `${w.plan.areaId}/${slugify(name)}`;
      if (!graph.has(personId)) {
        graph.node(personId, 'Person', { areaId: w.plan.areaId, name, aliases: [] }, [
          SourceText.part(e, name),
        ]);
        graph.linkToArea(doc, personId);
      }
      graph.rel(doc, 'HOLDS_POST', personId, postId, {}, [SourceText.part(e, name)]);
      graph.rel(doc, 'SIGNED', personId, doc.id, { date }, [e]);
    } else {
      graph.rel(doc, 'SIGNED', postId, doc.id, { date }, [e]);
    }
  }
}

function documentNode(
  plan: AreaPlan,
  graph: GraphBuilder,
  d: DocPlan,
  next: DocPlan | undefined,
  title: string,
  evidence: Evidence[],
  seed: number,
): void {
  const dated = d.datePrecision === 'day';
  graph.node(
    d.id,
    'Document',
    {
      areaId: plan.areaId,
      title,
      sourceFile: `${d.id.replace('/', '-')}.txt`,
      kind: d.era === 'old' ? 'protocol' : 'plan',
      status: 'final',
      version: `${d.year}.1`,
      ...(dated ? { signed: d.effectiveFrom } : { year: d.effectiveFrom }),
      dateKinds: [dated ? 'signed' : 'year'],
      dateValues: [d.effectiveFrom],
      effectiveFrom: d.effectiveFrom,
      effectiveTo: next?.effectiveFrom,
      supersededBy: next?.id,
      datePrecision: d.datePrecision,
      noteKinds: ['other'],
      noteTexts: [
        `Synthetic document generated for performance tests (seed ${seed}); not a real protocol.`,
      ],
    },
    evidence,
  );
}

/** Synthetic area number `index` (0-based): deterministic from (seed, index). */
export function generateArea(
  seed: number,
  index: number,
  catalogue: DutyCatalogue,
  external: ReadonlySet<string>,
): SyntheticArea {
  const random = new Random(seed, index + 1);
  const plan = planArea(random, index);
  const graph = new GraphBuilder(plan.areaId, external);
  graph.node(plan.areaId, 'Area', {
    name: plan.place.name,
    localAuthority: plan.place.localAuthority,
  });
  const profile = dutyProfile(random, catalogue);
  const sources: Record<string, string> = {};
  plan.docs.forEach((d, i) => {
    const next = plan.docs[i + 1];
    const board = plan.boards[d.era];
    const title =
      d.era === 'old'
        ? `Protocol between the ${board?.name} and the ${plan.place.name} Children's Trust`
        : `${board?.name}: multi-agency safeguarding arrangements`;
    const text = new SourceText(d.id, title);
    const doc: DocumentContext = {
      id: d.id,
      areaId: plan.areaId,
      validFrom: d.effectiveFrom,
      validTo: next?.effectiveFrom,
      text,
    };
    const dateLine = text.sentence(`Effective from ${d.effectiveFrom}.`);
    documentNode(plan, graph, d, next, title, [dateLine], seed);
    graph.linkToArea(doc, d.id);
    const w = new AreaWriter(plan, graph, random, doc, d);
    writeIntroduction(w, i > 0 ? plan.boards[plan.docs[i - 1]?.era ?? 'old']?.id : undefined);
    writeBoard(w);
    writePartnerships(w);
    writeAccountability(w);
    writeObligations(w, catalogue, profile);
    writeEscalation(w);
    writeOperational(w);
    writeOtherPosts(w);
    writeSignatures(w);
    sources[d.id] = text.toString();
  });
  return { areaId: plan.areaId, graph, sources };
}
