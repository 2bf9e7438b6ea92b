import { BadUserInputError } from '../errors.ts';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (1-${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A cursor connection type for `Item`: `<name>Connection` with `<name>Edge`s. */
export function Connection<T extends object>(
  Item: abstract new (...args: never[]) => T,
  name: string,
) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => Item)
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${name} items.`,
  })
  class ConnectionType implements ConnectionValue<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list.' })
    totalCount!: number;
  }
  return ConnectionType;
}

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** The page size asked for (`first`, default DEFAULT_PAGE_SIZE), or BAD_USER_INPUT outside 1..MAX_PAGE_SIZE. */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  return first;
}

/** A key a cursor may stand for: 1-1,000 characters, no control characters. */
const validKey = (key: string) => key.length > 0 && key.length <= 1000 && !/\p{Cc}/u.test(key);

/**
 * The key an `after` cursor stands for (null when there is none), for lists
 * paged in the store by key (`keysetConnection`); BAD_USER_INPUT when the
 * cursor is not one a list gave.
 */
export function afterKey(args: PageArgs): string | null {
  if (!args.after) return null;
  const key = decode(args.after);
  if (!validKey(key) || encode(key) !== args.after.replace(/=+$/, '')) {
    throw new BadUserInputError('The "after" cursor is not one this list gave; start again.');
  }
  return key;
}

/**
 * A page read from the store by key (the items after `afterKey(args)`, in
 * key order, at most `pageSize(args)`; `more`: the store had another item
 * after them). Cursors are the same as `paginate`'s. `totalCount` is counted
 * only when the query selects it.
 */
export function keysetConnection<T>(
  items: readonly T[],
  { after, more }: { after: string | null; more: boolean },
  keyOf: (item: T) => string,
  totalCount: () => Promise<number>,
): ConnectionValue<T> {
  const edges = items.map((node) => ({ cursor: encode(keyOf(node)), node }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: more,
    hasPreviousPage: after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return {
    edges,
    pageInfo,
    get totalCount() {
      return totalCount() as unknown as number; // a promise: graphql-js awaits it
    },
  };
}

/**
 * One page of `items` (already in their documented, stable order). A cursor
 * is the item's unique key, so pages stay consistent while the list is stable.
 */
export function paginate<T>(
  items: readonly T[],
  args: PageArgs,
  keyOf: (item: T) => string,
): ConnectionValue<T> {
  const first = pageSize(args);
  let start = 0;
  if (args.after) {
    const key = decode(args.after);
    const index = items.findIndex((item) => keyOf(item) === key);
    if (index < 0) {
      throw new BadUserInputError('The "after" cursor does not point into this list; start again.');
    }
    start = index + 1;
  }
  const page = items.slice(start, start + first);
  const edges = page.map((node) => ({ cursor: encode(keyOf(node)), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  };
}

/** The same page with each item shaped by `shape` (a service's records into GraphQL objects). */
export function mapConnection<A, B>(
  page: ConnectionValue<A>,
  shape: (item: A) => B,
): ConnectionValue<B> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: shape(e.node) })) };
}
