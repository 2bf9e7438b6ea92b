/**
 * The two editing contracts the review flow writes through (BRIEF contract 3):
 * `recordChange` writes one audit entry in the caller's transaction;
 * `publishAreaVersion` checks the evidence against the stored texts, keeps
 * the previous version, writes the area and records its change; the
 * vocabulary checks every edit and draft mutation applies.
 */
export { recordChange } from '../audit/record.ts';
export { publishAreaVersion } from '../editing/versions.ts';
export {
  checkDocumentFact,
  checkDutyTypes,
  checkLabel,
  checkModality,
  checkNodeKind,
  checkRelationshipProps,
  checkRelationshipType,
  DOCUMENT_FACT_KINDS,
  dutyTypeEntries,
  NODE_KINDS,
  RELATIONSHIP_VOCABULARY,
} from '../editing/vocabulary.ts';
