import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';

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
