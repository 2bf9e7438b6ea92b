/**
 * Ids of the model (docs/data-model.md, "Ids"): readable slugs, one per node
 * or relationship, the same on both stores.
 */

const DUTY_PREFIX = 'duty/';

/** The DutyType node id of a taxonomy code: `S11_ASSURANCE` -> `duty/S11_ASSURANCE`. */
export const dutyTypeId = (code: string): string => `${DUTY_PREFIX}${code}`;

/**
 * The taxonomy code of a DutyType id: `duty/S11_ASSURANCE` -> `S11_ASSURANCE`.
 * A bare code is returned unchanged, so either spelling may be passed.
 */
export const dutyCodeOf = (id: string): string =>
  id.startsWith(DUTY_PREFIX) ? id.slice(DUTY_PREFIX.length) : id;

/** `<documentId>:<TYPE>:<from>-><to>[#<key>]`. */
export function relationshipId(
  documentId: string,
  type: string,
  from: string,
  to: string,
  key?: string,
): string {
  return `${documentId}:${type}:${from}->${to}${key ? `#${key}` : ''}`;
}

/** Nodes shared by every area (statutes, national bodies) have `national/` ids. */
export const isNational = (id: string): boolean => id.startsWith('national/');

/** Document ids are `<area>/<year>[-<n>]`. */
export const DOCUMENT_ID = /^[a-z0-9-]+\/\d{4}(?:-\d+)?$/;
