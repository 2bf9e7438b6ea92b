import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Actor } from '../auth/roles.ts';
import type { Context } from '../context.ts';
import type { AnyItem } from './draft.model.ts';
import { addAliases, addFact, editItem, mergeNodes, renameNode, setState } from './draft.review.ts';
import {
  createDraft,
  draftView,
  listDrafts,
  publishDraft,
  reviewDraft,
  type DraftView,
} from './drafts.service.ts';
import {
  AddDraftFactInput,
  Draft,
  DraftDocumentFactProposal,
  DraftEvidence,
  DraftHeading,
  DraftNodeProposal,
  DraftObligationProposal,
  DraftProblem,
  DraftPublication,
  DraftRelationshipProposal,
  DraftTargetArgs,
  type DraftStatusEnum,
  DutyTypeOption,
  EditProposalInput,
  EditVocabulary,
  ReviewStateEnum,
  VocabularyList,
} from './drafts.type.ts';
import {
  DOCUMENT_FACT_KINDS,
  dutyTypeEntries,
  NODE_KINDS,
  RELATIONSHIP_VOCABULARY,
} from './editing.port.ts';
import { MODALITIES, RELATIONSHIP_TYPES } from '@accgraph/schema';

const list = (of: string, values: readonly string[], required = true) =>
  Object.assign(new VocabularyList(), { of, values: [...values], required });

function shape(view: DraftView): Draft {
  const problemsOf = new Map<string, string[]>();
  for (const p of view.problems) {
    if (p.key) problemsOf.set(p.key, [...(problemsOf.get(p.key) ?? []), `${p.path}: ${p.message}`]);
  }
  const base = (item: AnyItem) => ({
    key: item.key,
    state: item.state as ReviewStateEnum,
    rule: item.proposal?.rule ?? null,
    confidence: item.proposal?.confidence ?? null,
    interpretation: item.proposal?.interpretation ?? null,
    edited: item.edited,
    evidence: item.evidence.map((e) => Object.assign(new DraftEvidence(), e)),
    problems: problemsOf.get(item.key) ?? [],
  });
  return Object.assign(new Draft(), {
    id: view.id,
    areaId: view.areaId,
    year: view.year,
    uploadId: view.uploadId,
    status: view.status as DraftStatusEnum,
    revision: view.revision,
    documentId: view.body.document.id,
    title: view.body.document.title,
    text: view.text,
    headings: view.body.headings.map((h) => Object.assign(new DraftHeading(), h)),
    createdBy: view.createdBy,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
    nodes: view.body.nodes.map((n) =>
      Object.assign(new DraftNodeProposal(), base(n), {
        id: n.id,
        label: n.label,
        name: n.name,
        aliases: n.aliases,
        kind: n.kind,
      }),
    ),
    relationships: view.body.relationships.map((r) =>
      Object.assign(new DraftRelationshipProposal(), base(r), {
        type: r.type,
        from: r.from,
        to: r.to,
        properties: JSON.stringify(r.props),
      }),
    ),
    obligations: view.body.obligations.map((o) =>
      Object.assign(new DraftObligationProposal(), base(o), {
        id: o.id,
        holders: o.holders,
        text: o.text,
        modality: o.modality,
        dutyTypes: o.dutyTypes,
      }),
    ),
    facts: (view.body.facts ?? []).map((f) =>
      Object.assign(new DraftDocumentFactProposal(), base(f), {
        category: f.category,
        kind: f.kind,
        value: f.value,
      }),
    ),
    problems: view.problems.map((p) => Object.assign(new DraftProblem(), p)),
  });
}

/** authChecker let the request through: there is an actor. */
const actorOf = (ctx: Context): Actor => ctx.actor!;

/** Drafting, reviewing and publishing an area from an uploaded document (decision 0025). */
@Resolver(() => Draft)
export class DraftsResolver {
  @Query(() => EditVocabulary, {
    description:
      'The vocabularies edits and drafts are checked against: node kinds, relationship types and properties, modalities, duty types, document fact kinds.',
  })
  editVocabulary(): EditVocabulary {
    return Object.assign(new EditVocabulary(), {
      nodeKinds: Object.entries(NODE_KINDS)
        .filter(([, kinds]) => kinds.length > 0)
        .map(([label, kinds]) => list(label, kinds)),
      relationshipTypes: RELATIONSHIP_TYPES.filter(
        (t) => !['HAS_OBLIGATION', 'OF_TYPE', 'PART_OF'].includes(t),
      ),
      relationshipProperties: Object.entries(RELATIONSHIP_VOCABULARY).flatMap(([type, props]) =>
        Object.entries(props).map(([prop, rule]) =>
          list(`${type}.${prop}`, rule.allowed, rule.required),
        ),
      ),
      modalities: [...MODALITIES],
      dutyTypes: [...dutyTypeEntries()].map(([code, e]) =>
        Object.assign(new DutyTypeOption(), { code, label: String(e.properties.label ?? code) }),
      ),
      documentFactKinds: Object.entries(DOCUMENT_FACT_KINDS).map(([c, kinds]) => list(c, kinds)),
    });
  }

  @Authorized('editor')
  @Query(() => Draft, {
    description: 'A draft of an area, with its text, proposals and problems (editors).',
  })
  async draft(
    @Arg('id', () => ID) id: string,
    @Arg('areaId', () => String) areaId: string,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(await draftView(ctx.services.store, id, areaId));
  }

  @Authorized('editor')
  @Query(() => [Draft], { description: 'The drafts of an area, newest first (editors).' })
  async drafts(@Arg('areaId', () => String) areaId: string, @Ctx() ctx: Context): Promise<Draft[]> {
    return (await listDrafts(ctx.services.store, areaId)).map(shape);
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description:
      'Reads an uploaded document (POST /uploads) and stores a draft of the area: every proposed node, relationship and obligation with its quote, offsets, rule and confidence.',
  })
  async draftArea(
    @Arg('uploadId', () => ID) uploadId: string,
    @Arg('areaId', () => String) areaId: string,
    @Arg('year', () => String) year: string,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(await createDraft(ctx.services.store, actorOf(ctx), { uploadId, areaId, year }));
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description: 'Accepts or rejects one proposal (or sets it back to PROPOSED).',
  })
  async reviewProposal(
    @Args(() => DraftTargetArgs) target: DraftTargetArgs,
    @Arg('key', () => ID) key: string,
    @Arg('state', () => ReviewStateEnum) state: ReviewStateEnum,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), target, 'draft.review', (b) =>
        setState(b, key, state),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description: 'Changes what a proposal says; the edited fact counts as accepted.',
  })
  async editProposal(
    @Arg('input', () => EditProposalInput) input: EditProposalInput,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), input, 'draft.edit', (b) =>
        editItem(b, input),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description:
      'Adds a fact whose quote is the document text between start and end (never typed).',
  })
  async addDraftFact(
    @Arg('input', () => AddDraftFactInput) input: AddDraftFactInput,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), input, 'draft.add', (b, text) =>
        addFact(b, text, input),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => Draft, { description: 'Renames a proposed node; the old name becomes an alias.' })
  async renameDraftNode(
    @Args(() => DraftTargetArgs) target: DraftTargetArgs,
    @Arg('key', () => ID) key: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), target, 'draft.rename', (b) =>
        renameNode(b, key, name),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => Draft, { description: 'Adds aliases to a proposed node.' })
  async addDraftAliases(
    @Args(() => DraftTargetArgs) target: DraftTargetArgs,
    @Arg('key', () => ID) key: string,
    @Arg('aliases', () => [String]) aliases: string[],
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), target, 'draft.alias', (b) =>
        addAliases(b, key, aliases),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description:
      'Merges a duplicate node into another: names become aliases, relationships and obligations follow.',
  })
  async mergeDraftNodes(
    @Args(() => DraftTargetArgs) target: DraftTargetArgs,
    @Arg('keepKey', () => ID) keepKey: string,
    @Arg('dropKey', () => ID) dropKey: string,
    @Ctx() ctx: Context,
  ): Promise<Draft> {
    return shape(
      await reviewDraft(ctx.services.store, actorOf(ctx), target, 'draft.merge', (b) =>
        mergeNodes(b, keepKey, dropKey),
      ),
    );
  }

  @Authorized('editor')
  @Mutation(() => DraftPublication, {
    description:
      'Publishes the accepted facts of a draft as a new version of its area; refused whole (nothing written) when any accepted fact fails validation or its quote is not in the text.',
  })
  async publishDraft(
    @Args(() => DraftTargetArgs) target: DraftTargetArgs,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<DraftPublication> {
    const out = await publishDraft(ctx.services.store, actorOf(ctx), { ...target, reason });
    return Object.assign(new DraftPublication(), {
      draft: shape(out.draft),
      areaId: target.areaId,
      nodes: out.nodes,
      relationships: out.relationships,
      obligations: out.obligations,
      leftOut: out.leftOut,
    });
  }
}
