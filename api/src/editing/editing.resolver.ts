import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Actor } from '../auth/roles.ts';
import type { Context } from '../context.ts';
import { assertId, assertIds } from '../graph/input.ts';
import { EditingService } from './editing.service.ts';
import {
  AddNodeInput,
  AddObligationInput,
  AddRelationshipInput,
  AreaEdit,
  AreaVersion,
  AreaVersions,
  CorrectObligationInput,
  CorrectRelationshipInput,
  DocumentFactInput,
  EditNodeInput,
} from './editing.type.ts';

/** The signed-in actor (the auth checker lets no anonymous request reach a mutation). */
function actorOf(ctx: Context): Actor {
  if (!ctx.actor) throw new Error('An @Authorized mutation ran without an actor.');
  return ctx.actor;
}

const edit = (ctx: Context) => ctx.services.get(EditingService);
const shape = (r: object) => Object.assign(new AreaEdit(), r);
const basisOf = (i: { basis?: 'STATED' | 'INTERPRETED' | null; interpretation?: string | null }) =>
  i.basis === null || i.basis === undefined
    ? null
    : { basis: i.basis, interpretation: i.interpretation ?? null };
const common = (i: { areaId: string; expectedVersion: number; reason: string }) => ({
  areaId: assertId(i.areaId, 'input.areaId'),
  expectedVersion: i.expectedVersion,
  reason: i.reason,
});

const ONE_CHANGE =
  ' Runs in one transaction: the evidence of the whole area is checked against the stored texts, the area becomes its next version and one change is recorded in the audit trail. Stale expectedVersion: CONFLICT; unknown ids: NOT_FOUND; duplicate ids or bad input: BAD_USER_INPUT; a refusal changes nothing. Needs the editor role for the area.';

@Resolver()
export class EditingResolver {
  @Query(() => AreaVersions, {
    description:
      "An area's current version and its kept versions, newest first. Unknown area: NOT_FOUND.",
  })
  async areaVersions(
    @Arg('areaId', () => ID) areaId: string,
    @Ctx() ctx: Context,
  ): Promise<AreaVersions> {
    const id = assertId(areaId, 'areaId');
    const { current, versions } = await edit(ctx).versions(id);
    return Object.assign(new AreaVersions(), {
      areaId: id,
      current,
      versions: versions.map((v) => Object.assign(new AreaVersion(), v)),
    });
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Adds a relationship stated by a document of the area.${ONE_CHANGE}`,
  })
  async addRelationship(
    @Arg('input', () => AddRelationshipInput) input: AddRelationshipInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).addRelationship(actorOf(ctx), {
        ...common(input),
        documentId: assertId(input.documentId, 'input.documentId'),
        type: input.type,
        from: assertId(input.from, 'input.from'),
        to: assertId(input.to, 'input.to'),
        key: input.key ?? null,
        properties: input.properties ?? null,
        evidence: input.evidence,
        basis: input.basis,
        interpretation: input.interpretation ?? null,
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Corrects a relationship's evidence, properties or basis.${ONE_CHANGE}`,
  })
  async correctRelationship(
    @Arg('input', () => CorrectRelationshipInput) input: CorrectRelationshipInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).correctRelationship(actorOf(ctx), {
        ...common(input),
        id: assertId(input.id, 'input.id'),
        evidence: input.evidence ?? null,
        properties: input.properties ?? null,
        basis: basisOf(input),
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Adds an obligation stated by a document of the area.${ONE_CHANGE}`,
  })
  async addObligation(
    @Arg('input', () => AddObligationInput) input: AddObligationInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).addObligation(actorOf(ctx), {
        ...common(input),
        documentId: assertId(input.documentId, 'input.documentId'),
        slug: input.slug,
        text: input.text,
        modality: input.modality,
        dutyTypes: input.dutyTypes,
        holders: assertIds(input.holders, 'input.holders'),
        evidence: input.evidence,
        basis: input.basis,
        interpretation: input.interpretation ?? null,
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Corrects an obligation's text, modality, duty types, evidence or basis.${ONE_CHANGE}`,
  })
  async correctObligation(
    @Arg('input', () => CorrectObligationInput) input: CorrectObligationInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).correctObligation(actorOf(ctx), {
        ...common(input),
        id: assertId(input.id, 'input.id'),
        text: input.text ?? null,
        modality: input.modality ?? null,
        dutyTypes: input.dutyTypes ?? null,
        evidence: input.evidence ?? null,
        basis: basisOf(input),
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Adds a body, post, organisation or person.${ONE_CHANGE}`,
  })
  async addNode(
    @Arg('input', () => AddNodeInput) input: AddNodeInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).addNode(actorOf(ctx), {
        ...common(input),
        label: input.label,
        slug: input.slug,
        name: input.name,
        aliases: input.aliases,
        kind: input.kind ?? null,
        statutory: input.statutory ?? null,
        evidence: input.evidence,
        basis: input.basis,
        interpretation: input.interpretation ?? null,
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Renames a node or sets its aliases or evidence.${ONE_CHANGE}`,
  })
  async editNode(
    @Arg('input', () => EditNodeInput) input: EditNodeInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).editNode(actorOf(ctx), {
        ...common(input),
        id: assertId(input.id, 'input.id'),
        name: input.name ?? null,
        aliases: input.aliases ?? null,
        evidence: input.evidence ?? null,
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description: `Adds a document fact (a date, note or "replaces"), or corrects one by its index.${ONE_CHANGE}`,
  })
  async setDocumentFact(
    @Arg('input', () => DocumentFactInput) input: DocumentFactInput,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).setDocumentFact(actorOf(ctx), {
        ...common(input),
        documentId: assertId(input.documentId, 'input.documentId'),
        index: input.index ?? null,
        category: input.category,
        kind: input.kind,
        value: input.value,
        evidence: input.evidence,
      }),
    );
  }

  @Authorized('editor')
  @Mutation(() => AreaEdit, {
    description:
      'Makes a new version of the area equal to an earlier kept version (its evidence checked again), and records the change. Unknown version: BAD_USER_INPUT; stale expectedVersion: CONFLICT. Needs the editor role for the area.',
  })
  async restoreAreaVersion(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<AreaEdit> {
    return shape(
      await edit(ctx).restore(actorOf(ctx), {
        areaId: assertId(areaId, 'areaId'),
        version,
        reason,
        expectedVersion: expectedVersion ?? null,
      }),
    );
  }
}
