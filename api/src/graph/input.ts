import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';

/** What the API accepts: ids and the IsoDate scalar, with the errors that say what is wrong. */

/** Ids are readable slugs: lower-case segments joined by `/`, plus relationship ids. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_./:#>-]{0,299}$/;
export const MAX_IDS = 200;

/** Returns `id` or throws BAD_USER_INPUT saying what an id looks like. */
export function assertId(id: string, field = 'id'): string {
  if (!ID.test(id)) {
    throw new BadUserInputError(
      `"${field}" is not a valid id (expected a slug such as "wiltshire/wscb", at most 300 characters).`,
    );
  }
  return id;
}

export function assertIds(ids: readonly string[], field = 'ids'): string[] {
  if (ids.length > MAX_IDS)
    throw new BadUserInputError(`"${field}" may hold at most ${MAX_IDS} ids.`);
  return ids.map((id) => assertId(id, field));
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new BadUserInputError(
      `Expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** A calendar date at day, month or year precision, as the documents give it. */
export const IsoDate = new GraphQLScalarType<string, string>({
  name: 'IsoDate',
  description:
    'An ISO 8601 calendar date: YYYY-MM-DD, or YYYY-MM / YYYY when a document gives no more.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new BadUserInputError('Expected an ISO date string such as "2019-06-30".');
    }
    return parse(ast.value);
  },
});
