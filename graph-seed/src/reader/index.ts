/**
 * @accgraph/graph-seed/reader: the document reader (issue 13), apart from the
 * main entry point so that loading the seed does not load its libraries
 * (compromise, pdf.js, mammoth).
 */
export { draftArea, timingOf } from './draft.ts';
export type { Draft, DraftNode, DraftObligation, DraftRelationship, Proposal } from './draft.ts';
export { areaDraftYaml } from './area-draft.ts';
export { extractBytes, extractFile, ReaderInputError } from './extract.ts';
export { bundledLexicon, learnLexicon, readReference, EMPTY_LEXICON } from './learn.ts';
export type { LearnedLexicon, Reference } from './learn.ts';
export { crossValidate, evaluationTable } from './evaluate.ts';
export { draftCommand } from '../commands/draft.command.ts';
