import { documentFactsFromProps } from '@accgraph/schema';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Document } from '../graph/node.types.ts';
import { DocumentFact, DocumentFactCategory } from './documents.type.ts';

/** Document-level facts, each with its own quotes (issue 12, point 4). */
@Resolver(() => Document)
export class DocumentFactsResolver {
  @FieldResolver(() => [DocumentFact], {
    description:
      'Its dates, notes, "replaces" statements and stated aims, each with the quotes that show it: dates first (as the area file lists them, then effective-from), then notes, then what it replaces, then its stated aims. Only these kinds when `category` is given.',
  })
  async facts(
    @Root() document: Document,
    @Ctx() ctx: Context,
    @Arg('category', () => [DocumentFactCategory], { nullable: true })
    category?: DocumentFactCategory[] | null,
  ): Promise<DocumentFact[]> {
    const record = await ctx.services.loaders.node.load(document.id);
    if (!record) return [];
    const wanted = category && category.length > 0 ? new Set<string>(category) : null;
    return documentFactsFromProps(record.props, record.evidence)
      .filter((f) => !wanted || wanted.has(f.category))
      .map((f) =>
        Object.assign(new DocumentFact(), {
          category: f.category as DocumentFactCategory,
          kind: f.kind,
          value: f.value,
          date: f.category === 'date' ? f.value : null,
          evidence: f.evidence,
        }),
      );
  }
}
