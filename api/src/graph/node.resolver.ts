import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { DocumentTextService } from './document-text.ts';
import { Evidence } from './evidence.type.ts';
import { assertId, assertIds } from './input.ts';
import { Node } from './node.interface.ts';
import { Document, Post } from './node.types.ts';
import { NodeService } from './node.service.ts';
import { quoteId, toNode, toNodeOf } from './map.ts';
import type { NodeRecord } from './records.ts';
import { Relationship, ReportsToRelationship } from './relationship.types.ts';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any node by id (area, document, body, post, obligation, duty type, ...).',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const record = await ctx.services.get(NodeService).byId(assertId(id));
    return record ? toNode(record) : null;
  }

  @Query(() => [Node], { description: 'Nodes by id, in the order asked; unknown ids are skipped.' })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<Node[]> {
    return (await ctx.services.get(NodeService).byIds(assertIds(ids))).map(toNode);
  }
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Node, { description: 'The node the relationship starts at.' })
  async from(@Root() r: Relationship, @Ctx() ctx: Context): Promise<Node> {
    return toNode((await ctx.services.get(NodeService).byId(r.fromId)) as NodeRecord);
  }

  @FieldResolver(() => Node, { description: 'The node the relationship points to.' })
  async to(@Root() r: Relationship, @Ctx() ctx: Context): Promise<Node> {
    return toNode((await ctx.services.get(NodeService).byId(r.toId)) as NodeRecord);
  }

  @FieldResolver(() => [ID], {
    description:
      'The ids of its quotes (QuotedEvidence.id, "<documentId>@<start>-<end>"), in the order of `evidence`: ' +
      'answers that list each quote once (diffDocuments: RelationshipDiff.evidence) are read by these.',
  })
  evidenceIds(@Root() r: Relationship): string[] {
    return r.evidence.map(quoteId);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document that states it.' })
  async document(@Root() r: Relationship, @Ctx() ctx: Context): Promise<Document | null> {
    if (!r.documentId) return null;
    return toNodeOf(await ctx.services.get(NodeService).byId(r.documentId), 'Document');
  }
}

@Resolver(() => ReportsToRelationship)
export class ReportsToResolver {
  @FieldResolver(() => Post, { nullable: true, description: 'The post that presents the report.' })
  async presenter(@Root() r: ReportsToRelationship, @Ctx() ctx: Context): Promise<Post | null> {
    if (!r.presenterId) return null;
    return toNodeOf(await ctx.services.get(NodeService).byId(r.presenterId), 'Post');
  }
}

@Resolver(() => Document)
export class DocumentTextResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The full source text; every evidence quote of this document is text.slice(start, end). ' +
      'The text stored with the graph (checked against every quote on every write), else the bundled ' +
      'file; null when neither exists.',
  })
  text(@Root() document: Document, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.get(DocumentTextService).text(document.id, document.sourceFile);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document quoted.' })
  async document(@Root() e: Evidence, @Ctx() ctx: Context): Promise<Document | null> {
    return toNodeOf(await ctx.services.get(NodeService).byId(e.documentId), 'Document');
  }
}
