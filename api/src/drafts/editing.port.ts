/**
 * The two editing contracts the review flow writes through (BRIEF contract 3):
 * `recordChange` writes one audit entry in the caller's transaction;
 * `publishAreaVersion` checks the evidence against the stored texts, keeps
 * the previous version, writes the area and records its change.
 */
export { recordChange } from '../audit/record.ts';
export { publishAreaVersion } from '../editing/versions.ts';
