import type { Evidence as EvidenceValue } from '@accgraph/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Evidence given once per answer (decision 0028): an answer lists each quote
 * once, with an id, and the items of the answer (hops, holders, obligations)
 * refer to it by that id instead of repeating it.
 */
@ObjectType({
  description:
    'A quote listed once in an answer, with the id its items refer to it by (`evidenceIds`): the same quote under many hops or cells is sent once. source.slice(start, end) === quote.',
})
export class QuotedEvidence {
  @Field(() => ID, {
    description:
      'Stable for the quote: "<documentId>@<start>-<end>" (the same in every answer and page).',
  })
  id!: string;

  @Field(() => ID, { description: 'The document quoted, e.g. "wiltshire/2014".' })
  documentId!: string;

  @Field(() => String, { description: 'The exact words of the document.' })
  quote!: string;

  @Field(() => String, { description: 'The heading of the section the quote sits under.' })
  section!: string;

  @Field(() => Int, { description: 'Offset of the first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset after the last character.' })
  end!: number;
}

/** The id of a quote: its document and offsets (offsets fix the words). */
export const quoteId = (e: EvidenceValue): string => `${e.documentId}@${e.start}-${e.end}`;

/** Collects the quotes of one answer, each once, in the order first referred to. */
export class QuoteList {
  private readonly byId = new Map<string, QuotedEvidence>();

  /** Adds `evidence` (once each) and returns the ids to refer to it by. */
  refer(evidence: readonly EvidenceValue[]): string[] {
    return evidence.map((e) => {
      const id = quoteId(e);
      if (!this.byId.has(id)) {
        this.byId.set(id, {
          id,
          documentId: e.documentId,
          quote: e.quote,
          section: e.section,
          start: e.start,
          end: e.end,
        });
      }
      return id;
    });
  }

  list(): QuotedEvidence[] {
    return [...this.byId.values()];
  }
}
