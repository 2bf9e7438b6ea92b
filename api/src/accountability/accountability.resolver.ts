import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { BadUserInputError } from '../errors.ts';
import type { Context } from '../context.ts';
import { assertId, IsoDate } from '../graph/input.ts';
import type { Node } from '../graph/node.interface.ts';
import { QuoteList, quoteId, toNode, toRelationship } from '../graph/map.ts';
import { paginate, PageArgs } from '../graph/connection.ts';
import { Area } from '../graph/node.types.ts';
import type { NodeRecord } from '../graph/records.ts';
import type { EscalatesToRelationship } from '../graph/relationship.types.ts';
import {
  AccountabilityService,
  type ChainsData,
  type HopData,
  type PathData,
  type RouteData,
} from './accountability.service.ts';
import {
  AccountabilityChain,
  AccountabilityChainPage,
  AccountabilityDirection,
  type AccountabilityHop,
  AccountabilityHopKind,
  AccountabilityPath,
  AccountabilityResult,
  EscalationAnswer,
  EscalationRoute,
} from './accountability.type.ts';
import { DOCUMENT_ID_ARG, resolveAsOf } from '../documents/period.ts';
import { elsewhere } from '../documents/elsewhere.ts';
import type { DocumentCount } from '../documents/documents.type.ts';
import { firstDay, today } from '@accgraph/schema';
import { HOP_KINDS, type Direction, type HopKind } from './traverse.ts';

/** The area of a node id (`wiltshire/wscb` -> `wiltshire`). */
const areaOf = (id: string): string => id.split('/')[0] ?? id;

export const MAX_HOPS = 6;
export const MAX_CHAINS = 1000;
const ROUTE = /^[a-z0-9-]{1,100}$/;

@ArgsType()
export class AccountabilityArgs {
  @Field(() => ID, { description: 'The subject: a body, post, organisation or person.' })
  id!: string;

  @Field(() => AccountabilityDirection, { defaultValue: 'HOLDERS' })
  direction!: Direction;

  @Field(() => Int, { defaultValue: 3, description: `Longest chain, in hops (1-${MAX_HOPS}).` })
  maxHops!: number;

  @Field(() => IsoDate, {
    nullable: true,
    description: "Statements current at this date (default: today, each area's latest document).",
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => [AccountabilityHopKind], {
    nullable: true,
    description:
      'Hop kinds to follow (default: all). Leave out REPORTS_TO to follow only explicit accountability.',
  })
  include?: HopKind[] | null;

  @Field(() => Int, {
    defaultValue: 200,
    description: `Most chains to return (1-${MAX_CHAINS}); see AccountabilityResult.limited.`,
  })
  limit!: number;
}

@ArgsType()
export class AccountabilityPathArgs {
  @Field(() => ID, { description: 'The overseer the path starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The overseen the path ends at.' })
  to!: string;

  @Field(() => Int, {
    defaultValue: MAX_HOPS,
    description: `Longest path, in hops (1-${MAX_HOPS}).`,
  })
  maxHops!: number;

  @Field(() => IsoDate, {
    nullable: true,
    description: 'Statements current at this date (default: today).',
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: DOCUMENT_ID_ARG })
  documentId?: string | null;

  @Field(() => [AccountabilityHopKind], {
    nullable: true,
    description: 'Hop kinds to follow (default: all).',
  })
  include?: HopKind[] | null;
}

export function bounded(value: number, name: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`"${name}" must be between 1 and ${max}, got ${value}.`);
  }
  return value;
}

export function includeSet(include: HopKind[] | null | undefined): Set<HopKind> {
  if (include == null) return new Set(HOP_KINDS);
  if (include.length === 0)
    throw new BadUserInputError('"include" must name at least one hop kind (or be omitted).');
  return new Set(include);
}

export function checkPath(args: AccountabilityPathArgs): AccountabilityPathArgs {
  assertId(args.from, 'from');
  assertId(args.to, 'to');
  if (args.from === args.to)
    throw new BadUserInputError('"from" and "to" must be different nodes.');
  bounded(args.maxHops, 'maxHops', MAX_HOPS);
  return args;
}

export function assertRoute(route: string | null | undefined): string | null {
  if (route == null) return null;
  if (!ROUTE.test(route)) {
    throw new BadUserInputError(
      '"route" is a slug of a-z, 0-9 and "-" (e.g. "wiltshire-2014-resolution").',
    );
  }
  return route;
}

/** The GraphQL objects of one answer (one Node object per id). */
function shaper() {
  const made = new Map<string, Node>();
  const node = (r: NodeRecord): Node => {
    let n = made.get(r.id);
    if (!n) {
      n = toNode(r);
      made.set(r.id, n);
    }
    return n;
  };
  const hop = (h: HopData): AccountabilityHop => ({
    from: node(h.from),
    to: node(h.to),
    kind: h.kind,
    mode: h.mode,
    reversed: h.reversed,
    relationship: toRelationship(h.relationship),
    evidenceIds: h.relationship.evidence.map(quoteId),
  });
  const chain = (c: ChainsData['chains'][number]): AccountabilityChain => ({
    nodes: c.nodes.map(node),
    hops: c.hops.map(hop),
    end: node(c.nodes.at(-1) as NodeRecord),
    length: c.hops.length,
    truncated: c.truncated,
  });
  return { node, hop, chain };
}

/** The service's answer, kept beside the GraphQL object so `chains` and `chainPage` shape only what is asked. */
const chainData = new WeakMap<AccountabilityResult, ChainsData>();

function toResult(data: ChainsData, elsewhere: DocumentCount[]): AccountabilityResult {
  const { node } = shaper();
  const { chains: _all, ...rest } = data;
  const result = Object.assign(new AccountabilityResult(), {
    ...rest,
    elsewhere,
    subject: node(data.subject),
  });
  chainData.set(result, data);
  return result;
}

/** Every quote of `hops`, each once. */
function quotesOf(hops: readonly HopData[]): AccountabilityChainPage['evidence'] {
  const quotes = new QuoteList();
  for (const h of hops) quotes.refer(h.relationship.evidence);
  return quotes.list();
}

function toPath(data: PathData | null): AccountabilityPath | null {
  if (!data) return null;
  const { node, hop } = shaper();
  return {
    from: node(data.from),
    to: node(data.to),
    length: data.hops.length,
    hops: data.hops.map(hop),
    evidence: quotesOf(data.hops),
  };
}

export const DEFAULT_CHAIN_PAGE = 25;

@ArgsType()
export class ChainPageArgs extends PageArgs {}

@Resolver(() => AccountabilityResult)
export class AccountabilityResultResolver {
  @FieldResolver(() => [AccountabilityChain], {
    description:
      'Every chain of 1..maxHops hops from the subject that visits no node twice, ordered by length, then by the ids along it (next node id, then relationship id, hop by hop). Each prefix that ends on an overseer is its own chain; parallel statements between two nodes give separate chains. The whole list, each hop with its quotes: chainPage sends a page, with each quote once.',
  })
  chains(@Root() result: AccountabilityResult): AccountabilityChain[] {
    const data = chainData.get(result);
    if (!data) return [];
    const { chain } = shaper();
    return data.chains.map(chain);
  }

  @FieldResolver(() => AccountabilityChainPage, {
    description: `A page of \`chains\` (first: 1-200, default ${DEFAULT_CHAIN_PAGE}; after: the previous page's endCursor), with totalCount and the page's quotes listed once (hops refer to them by evidenceIds).`,
  })
  chainPage(
    @Root() result: AccountabilityResult,
    @Args(() => ChainPageArgs) page: ChainPageArgs,
  ): AccountabilityChainPage {
    const data = chainData.get(result);
    const all = data?.chains ?? [];
    const at = paginate(
      all.map((_, i) => i),
      { first: page.first ?? DEFAULT_CHAIN_PAGE, after: page.after },
      String,
    );
    const picked = at.edges.map((e) => all[e.node] as ChainsData['chains'][number]);
    const { chain } = shaper();
    return {
      chains: picked.map(chain),
      totalCount: at.totalCount,
      pageInfo: at.pageInfo,
      evidence: quotesOf(picked.flatMap((c) => c.hops)),
    };
  }
}

function toRoutes(data: RouteData[]): EscalationRoute[] {
  const { node } = shaper();
  return data.map((g) => ({
    route: g.route,
    areaId: g.areaId,
    endsAt: g.endsAt.map(node),
    steps: g.steps.map((s) => ({
      step: s.step,
      from: node(s.from),
      to: node(s.to),
      relationship: toRelationship(s.relationship) as EscalatesToRelationship,
    })),
  }));
}

@Resolver()
export class AccountabilityResolver {
  @Query(() => AccountabilityResult, {
    description:
      'Who holds a node to account, and through whom (HOLDERS), or whom it holds to account (HELD): chains of overseer -> overseen hops, each backed by the statement and quotes that support it (docs/accountability.md). An unknown id is a NOT_FOUND error.',
  })
  async accountability(
    @Args(() => AccountabilityArgs) a: AccountabilityArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountabilityResult> {
    const id = assertId(a.id);
    const opts = {
      ...a,
      asOf: await resolveAsOf(ctx, a, [id]),
      maxHops: bounded(a.maxHops, 'maxHops', MAX_HOPS),
      limit: bounded(a.limit, 'limit', MAX_CHAINS),
      include: includeSet(a.include),
    };
    const service = ctx.services.get(AccountabilityService);
    const data = await service.chains(id, opts);
    const others =
      data.chains.length > 0
        ? []
        : await elsewhere(
            ctx,
            areaOf(id),
            opts.asOf,
            async (asOf) => (await service.chains(id, { ...opts, asOf })).chains.length,
          );
    return toResult(data, others);
  }

  @Query(() => AccountabilityPath, {
    nullable: true,
    description:
      'The shortest chain by which `from` oversees `to` (overseer -> overseen), ties broken by the ids along it; null when there is none within maxHops. An unknown id is a NOT_FOUND error.',
  })
  async accountabilityPath(
    @Args(() => AccountabilityPathArgs) a: AccountabilityPathArgs,
    @Ctx() ctx: Context,
  ): Promise<AccountabilityPath | null> {
    const { from, to, ...opts } = checkPath(a);
    const asOf = await resolveAsOf(ctx, a, [from, to]);
    const service = ctx.services.get(AccountabilityService);
    return toPath(await service.path(from, to, { ...opts, asOf, include: includeSet(a.include) }));
  }

  @Query(() => [EscalationRoute], {
    description:
      'The escalation routes of an area current at asOf (default today), ordered by route slug; each with its ordered steps and where it ends. An unknown area is a NOT_FOUND error.',
  })
  async escalationRoute(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('route', () => String, { nullable: true, description: 'Only this route (a slug).' })
    route: string | null,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId: string | null,
  ): Promise<EscalationRoute[]> {
    return (await escalationAnswer(ctx, { areaId, route, asOf, documentId }, false)).routes;
  }

  @Query(() => EscalationAnswer, {
    description:
      'escalationRoute with the date it read at and, when there is no route then, the documents of the area that state routes (e.g. "the 2014 protocol has 2"). An unknown area is a NOT_FOUND error.',
  })
  async escalation(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('route', () => String, { nullable: true, description: 'Only this route (a slug).' })
    route: string | null,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId: string | null,
  ): Promise<EscalationAnswer> {
    return escalationAnswer(ctx, { areaId, route, asOf, documentId }, true);
  }
}

/** An area's escalation routes at the date asked (or of the document), with the other documents' when none. */
async function escalationAnswer(
  ctx: Context,
  a: { areaId: string; route: string | null; asOf: string | null; documentId: string | null },
  withElsewhere: boolean,
): Promise<EscalationAnswer> {
  const id = assertId(a.areaId, 'areaId');
  const route = assertRoute(a.route);
  const at = await resolveAsOf(ctx, a, [id]);
  const service = ctx.services.get(AccountabilityService);
  const routes = toRoutes(await service.areaRoutes(id, { asOf: at, route }));
  const others =
    !withElsewhere || routes.length > 0
      ? []
      : await elsewhere(
          ctx,
          id,
          at,
          async (date) => (await service.areaRoutes(id, { asOf: date, route })).length,
        );
  return { asOf: firstDay(at ?? today()), routes, elsewhere: others };
}

@Resolver(() => Area)
export class AreaEscalationResolver {
  @FieldResolver(() => [EscalationRoute], {
    description: 'Escalation routes current at asOf (default today), ordered by route slug.',
  })
  async escalationRoutes(
    @Root() area: Area,
    @Arg('asOf', () => IsoDate, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
    @Arg('documentId', () => ID, { nullable: true, description: DOCUMENT_ID_ARG })
    documentId: string | null,
  ): Promise<EscalationRoute[]> {
    const at = await resolveAsOf(ctx, { asOf, documentId }, [area.id]);
    return toRoutes(
      await ctx.services.get(AccountabilityService).areaRoutes(area.id, { asOf: at }),
    );
  }
}
