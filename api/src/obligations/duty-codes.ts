import { dutyCodeOf } from '@accgraph/schema';
import { BadUserInputError } from '../errors.ts';

const CODE = /^[A-Z][A-Z0-9_]{0,79}$/;
const SLUG = /^[a-z][a-z0-9-]{0,79}$/;
export const MAX_FILTER_VALUES = 100;

/**
 * Duty type codes as the taxonomy spells them (`S11_ASSURANCE`); `duty/CODE`
 * ids are accepted too. Null or undefined = no filter; throws BAD_USER_INPUT
 * on anything else that is not a code.
 */
export function assertDutyCodes(
  codes: readonly string[] | null | undefined,
  field = 'dutyTypes',
): string[] | null {
  if (codes === null || codes === undefined) return null;
  if (codes.length > MAX_FILTER_VALUES) {
    throw new BadUserInputError(`"${field}" may hold at most ${MAX_FILTER_VALUES} codes.`);
  }
  return codes.map((raw) => {
    const code = dutyCodeOf(raw);
    if (!CODE.test(code)) {
      throw new BadUserInputError(
        `"${field}" holds "${raw.slice(0, 80)}", which is not a duty type code (expected upper-case letters, digits and _, such as "S11_ASSURANCE").`,
      );
    }
    return code;
  });
}

/** Lower-case slugs such as taxonomy categories (`standards`) or post kinds (`dcs`). */
export function assertSlugs(
  values: readonly string[] | null | undefined,
  field: string,
): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length > MAX_FILTER_VALUES) {
    throw new BadUserInputError(`"${field}" may hold at most ${MAX_FILTER_VALUES} values.`);
  }
  return values.map((value) => {
    if (!SLUG.test(value)) {
      throw new BadUserInputError(
        `"${field}" holds "${value.slice(0, 80)}", which is not a slug (lower-case letters, digits and -, such as "standards").`,
      );
    }
    return value;
  });
}
