import type {
  Draft,
  DraftNode,
  DraftObligation,
  DraftRelationship,
} from '@accgraph/graph-seed/reader';

/** A person the document names (signature blocks, lists of names); no kind. */
export type DraftPerson = Draft['people'][number];

/** What the reader's worker thread is asked to do (one job per thread). */
export type ReaderJob =
  | { op: 'extract'; bytes: Uint8Array; name: string }
  | {
      op: 'draft';
      text: string;
      areaId: string;
      /**
       * The drafted document's id (`<areaId>/<year>`): with it the reader also
       * proposes people, the posts they hold and their signatures (decision 0035).
       */
      documentId: string;
    };

export interface ExtractedProvenance {
  file: string;
  format: 'text' | 'html' | 'docx' | 'pdf';
  bytes: number;
  sha256: string;
  extractor: string;
  pages?: number;
}

/** A heading line of the text: where it is and the section name quotes cite. */
export interface Heading {
  start: number;
  end: number;
  section: string;
}

export type ReaderReply =
  | { ok: true; op: 'extract'; text: string; provenance: ExtractedProvenance }
  | {
      ok: true;
      op: 'draft';
      nodes: DraftNode[];
      people: DraftPerson[];
      relationships: DraftRelationship[];
      obligations: DraftObligation[];
      headings: Heading[];
      firstLine: string;
      silent: number;
    }
  | { ok: false; input: boolean; message: string; hint: string };
