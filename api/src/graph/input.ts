import { BadUserInputError } from '../errors.ts';

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
