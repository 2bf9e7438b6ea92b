import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Document, DutyType, Obligation } from '../graph/node.types.ts';
import { toNodeOf } from '../graph/map.ts';
import { ObligationService } from './obligation.service.ts';
import { resolvedDutyTypes, toBasis, toChannel, toDutyType, toHolder } from './obligations.map.ts';
import { ObligationBasis, ObligationChannel, ObligationHolder } from './obligation.type.ts';

/** Who carries an obligation, what kind of duty it is, and on what it rests. */
@Resolver(() => Obligation)
export class ObligationFieldsResolver {
  @FieldResolver(() => [ObligationHolder], {
    description:
      'The bodies, posts, organisations or persons that carry it, each with whether the document says it leads; ordered by holder id.',
  })
  async holders(@Root() o: Obligation, @Ctx() ctx: Context): Promise<ObligationHolder[]> {
    return (await ctx.services.get(ObligationService).holders(o.id)).map(toHolder);
  }

  @FieldResolver(() => [DutyType], {
    description: 'The kinds of duty it is (our classification, schema/taxonomy); ordered by code.',
  })
  dutyTypes(@Root() o: Obligation, @Ctx() ctx: Context): DutyType[] | Promise<DutyType[]> {
    // resolved with the list the obligation came in (postObligations): answered at once
    const known = resolvedDutyTypes.get(o);
    if (known) return known;
    return ctx.services
      .get(ObligationService)
      .dutyTypes(o.id)
      .then((records) => records.map(toDutyType));
  }

  @FieldResolver(() => [ObligationBasis], {
    description:
      'The statutory provisions the document itself cites for this duty, with the citing quotes; ordered by provision id. Empty when the document cites none (we never add a basis the document does not give).',
  })
  async basedOn(@Root() o: Obligation, @Ctx() ctx: Context): Promise<ObligationBasis[]> {
    return (await ctx.services.get(ObligationService).basedOn(o.id)).map(toBasis);
  }

  @FieldResolver(() => [ObligationChannel], {
    description:
      'The bodies (sub-groups, partnerships) through which the document says the duty is discharged, with the quotes; ordered by body id.',
  })
  async dischargedThrough(
    @Root() o: Obligation,
    @Ctx() ctx: Context,
  ): Promise<ObligationChannel[]> {
    return (await ctx.services.get(ObligationService).dischargedThrough(o.id)).map(toChannel);
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: 'The document that states the obligation.',
  })
  async document(@Root() o: Obligation, @Ctx() ctx: Context): Promise<Document | null> {
    return toNodeOf(await ctx.services.get(ObligationService).document(o.documentId), 'Document');
  }
}
