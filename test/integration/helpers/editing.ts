/**
 * What the editing tests share: a seeded app with a signed-in editor and the
 * stored text of the document edits select passages in, and the shape of an
 * exported area (canonical JSON) they read back.
 */
import { afterAll, beforeAll } from 'vitest';
import { startSeededApp } from '../support/seeded.ts';
import type { TestApp } from '../support/app.ts';
import { signIn, type SignedIn } from './auth.ts';

export interface ExportedEvidence {
  documentId: string;
  quote: string;
  section: string;
  start: number;
  end: number;
}

/** An area as `exportArea` gives it (the fields the tests read). */
export interface ExportedArea {
  nodes: { id: string; properties: Record<string, unknown>; evidence: ExportedEvidence[] }[];
  relationships: {
    id: string;
    type: string;
    from: string;
    to: string;
    properties: Record<string, unknown>;
    evidence: ExportedEvidence[];
  }[];
}

export interface EditingFixture {
  t: TestApp;
  editor: SignedIn;
  /** The stored text of the document (the one edits select passages in). */
  text: string;
}

/**
 * A fresh seeded embedded store behind the real HTTP server, an editor signed
 * in, and `documentId`'s stored text; closed after the file. Call it inside
 * `describe`; read the fields in the tests.
 */
export function editingFixture(documentId: string): EditingFixture {
  const fixture = {} as EditingFixture;
  beforeAll(async () => {
    fixture.t = await startSeededApp({ embedded: true });
    fixture.editor = await signIn(fixture.t, 'editor');
    const r = await fixture.editor.graphql(
      `{ node(id: "${documentId}") { ... on Document { text } } }`,
    );
    fixture.text = (r.body.data as { node: { text: string } }).node.text;
  }, 120_000);
  afterAll(async () => {
    await fixture.t?.close();
  });
  return fixture;
}
