import { randomUUID } from 'node:crypto';
import { LIMITS } from '@accgraph/schema';
import type { DraftNode, DraftObligation, DraftRelationship } from '@accgraph/graph-seed/reader';
import type { Actor } from '../auth/roles.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.ts';
import { cypher, type Store, type Tx } from '../store/index.ts';
import {
  readUpload,
  runReaderJob,
  type DraftPerson,
  ReaderStoppedError,
  type UploadRecord,
} from '../uploads/index.ts';
import { checkDraft, type DraftProblem } from './draft.check.ts';
import {
  documentKind,
  titleCase,
  type DraftBody,
  type DraftRecord,
  type DraftStatus,
} from './draft.model.ts';
import type { ReviewResult } from './draft.review.ts';
import { readGraph } from '../canonical/index.ts';
import { addDocumentToArea } from './draft.merge.ts';
import { writeDocumentText } from '../documents/texts.ts';
import { publishAreaVersion, recordChange } from './editing.port.ts';

const CREATE_DRAFT = cypher(import.meta.url, './create-draft.cypher');
const READ_DRAFT = cypher(import.meta.url, './read-draft.cypher');
const LIST_DRAFTS = cypher(import.meta.url, './list-drafts.cypher');
const UPDATE_DRAFT = cypher(import.meta.url, './update-draft.cypher');
const READ_UPLOAD_TEXT = cypher(import.meta.url, '../uploads/read-upload.cypher');

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function toRecord(row: Record<string, unknown>): DraftRecord {
  return {
    id: String(row.id),
    areaId: String(row.areaId),
    year: String(row.year),
    uploadId: String(row.uploadId),
    status: row.status as DraftStatus,
    revision: Number(row.revision),
    body: JSON.parse(String(row.body)) as DraftBody,
    createdBy: String(row.createdBy),
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
  };
}

/** A draft with the text its offsets point into and its problems, as the API shows it. */
export interface DraftView extends DraftRecord {
  text: string;
  problems: DraftProblem[];
}

export function viewOf(record: DraftRecord, text: string): DraftView {
  return { ...record, text, problems: checkDraft(record.body, text, 'review').problems };
}

/** The body of a new draft from the reader's proposals. */
export function bodyFromReader(
  areaId: string,
  year: string,
  upload: Pick<UploadRecord, 'fileName'>,
  reply: {
    nodes: DraftNode[];
    /** People, from a reader given the document's id (decision 0035); absent before. */
    people?: DraftPerson[];
    relationships: DraftRelationship[];
    obligations: DraftObligation[];
    headings: DraftBody['headings'];
    firstLine: string;
  },
): DraftBody {
  let n = 1;
  const title =
    reply.firstLine.replace(/^[#*\s]+|[*\s]+$/g, '').slice(0, LIMITS.textLength) ||
    `${titleCase(areaId)} ${year}`;
  let stem = slugify(upload.fileName.replace(/\.[a-z]+$/i, '')).slice(0, 80) || 'document';
  if (!stem.startsWith(`${areaId}-${year}`)) stem = `${areaId}-${year}-${stem}`;
  return {
    area: { id: areaId, name: titleCase(areaId), localAuthority: `${titleCase(areaId)} Council` },
    document: {
      id: `${areaId}/${year}`,
      source: `${stem}.txt`,
      title,
      kind: documentKind(title),
      effectiveFrom: year,
    },
    headings: reply.headings,
    nodes: [
      ...reply.nodes.map((d) => ({
        key: `n${n++}`,
        state: 'PROPOSED' as const,
        proposal: d.proposal,
        edited: false,
        evidence: d.evidence.map((e) => ({ ...e, start: e.start!, end: e.end! })),
        id: d.id,
        label: d.label,
        name: d.name,
        aliases: d.aliases,
        kind: d.kind,
      })),
      // people follow the other nodes, as in the area file `seed draft` writes; no kind
      ...(reply.people ?? []).map((d) => ({
        key: `n${n++}`,
        state: 'PROPOSED' as const,
        proposal: d.proposal,
        edited: false,
        evidence: d.evidence.map((e) => ({ ...e, start: e.start!, end: e.end! })),
        id: d.id,
        label: 'Person' as const,
        name: d.name,
        aliases: [],
        kind: '',
      })),
    ],
    relationships: reply.relationships.map((d) => ({
      key: `r${n++}`,
      state: 'PROPOSED',
      proposal: d.proposal,
      edited: false,
      evidence: d.evidence.map((e) => ({ ...e, start: e.start!, end: e.end! })),
      type: d.type,
      from: d.from,
      to: d.to,
      // boolean properties (signatureBlank) travel apart from the others (decision 0035)
      props: { ...d.props, ...d.flags },
    })),
    obligations: reply.obligations.map((d) => ({
      key: `o${n++}`,
      state: 'PROPOSED',
      proposal: d.proposal,
      edited: false,
      evidence: d.evidence.map((e) => ({ ...e, start: e.start!, end: e.end! })),
      id: d.id.replace(`${areaId}/draft/`, `${areaId}/${year}/`),
      holders: d.holders,
      text: d.text,
      modality: d.modality,
      dutyTypes: d.dutyTypes,
      shared: d.shared,
      ...(d.cadence ? { cadence: d.cadence } : {}),
      ...(d.deadline ? { deadline: d.deadline } : {}),
    })),
    nextKey: n,
  };
}

/** Drafts an area from an upload (the reader runs in a bounded worker thread) and stores it. */
export async function createDraft(
  store: Store,
  actor: Actor,
  input: { uploadId: string; areaId: string; year: string },
): Promise<DraftView> {
  if (!SLUG.test(input.areaId) || input.areaId.length > LIMITS.keyLength) {
    throw new BadUserInputError(
      `areaId: "${input.areaId}" is not a lowercase slug such as wiltshire`,
    );
  }
  if (!/^(?:19|20)\d\d$/.test(input.year)) {
    throw new BadUserInputError(`year: "${input.year}" is not a year such as 2019`);
  }
  const upload = await readUpload(store, input.uploadId);
  if (!upload) throw new NotFoundError('upload', input.uploadId);
  let reply;
  try {
    reply = await runReaderJob({
      op: 'draft',
      text: upload.text,
      areaId: input.areaId,
      documentId: `${input.areaId}/${input.year}`,
    });
  } catch (error) {
    if (error instanceof ReaderStoppedError)
      throw new BadUserInputError(`uploadId: ${error.message}`);
    throw error;
  }
  if (!reply.ok) throw new BadUserInputError(`uploadId: ${reply.message}`);
  if (reply.op !== 'draft') throw new Error('reader answered another job');
  const body = bodyFromReader(input.areaId, input.year, upload, reply);
  // Evidence is our promise: every drafted quote slices the stored text.
  for (const item of [...body.nodes, ...body.relationships, ...body.obligations]) {
    for (const e of item.evidence) {
      if (upload.text.slice(e.start, e.end) !== e.quote) {
        throw new Error(`internal: drafted quote at ${e.start}-${e.end} does not slice the text`);
      }
    }
  }
  const id = `draft-${randomUUID()}`;
  const now = new Date().toISOString();
  await store.writeTransaction(
    async (tx) => {
      await tx.run(
        CREATE_DRAFT.with({
          id,
          areaId: input.areaId,
          year: input.year,
          uploadId: upload.id,
          body: JSON.stringify(body),
          createdBy: actor.accountId,
          now,
        }),
      );
      await recordChange(tx, {
        areaId: input.areaId,
        actor,
        action: 'draft.create',
        target: id,
        before: null,
        after: {
          uploadId: upload.id,
          year: input.year,
          proposals: body.nodes.length + body.relationships.length + body.obligations.length,
        },
        reason: 'drafted from an uploaded document',
      });
    },
    { areas: [input.areaId] },
  );
  const record = await readDraft(store, id);
  return viewOf(record!, upload.text);
}

export async function readDraft(store: Store | Tx, id: string): Promise<DraftRecord | null> {
  const rows =
    'read' in store
      ? await store.read(READ_DRAFT.with({ id }))
      : await store.run(READ_DRAFT.with({ id }));
  return rows[0] ? toRecord(rows[0]) : null;
}

async function textOf(store: Store | Tx, uploadId: string): Promise<string> {
  const rows =
    'read' in store
      ? await store.read(READ_UPLOAD_TEXT.with({ id: uploadId }))
      : await store.run(READ_UPLOAD_TEXT.with({ id: uploadId }));
  const text = rows[0]?.text;
  if (typeof text !== 'string') throw new Error(`upload ${uploadId} of a draft is missing`);
  return text;
}

/** The draft with its text and problems, or NotFoundError. */
export async function draftView(
  store: Store,
  id: string,
  areaId?: string | null,
): Promise<DraftView> {
  const record = await readDraft(store, id);
  if (!record || (areaId && record.areaId !== areaId)) throw new NotFoundError('draft', id);
  return viewOf(record, await textOf(store, record.uploadId));
}

export async function listDrafts(store: Store, areaId: string): Promise<DraftView[]> {
  const rows = await store.read(LIST_DRAFTS.with({ areaId }));
  const views: DraftView[] = [];
  for (const row of rows) {
    const record = toRecord(row);
    views.push(viewOf(record, await textOf(store, record.uploadId)));
  }
  return views;
}

function guard(record: DraftRecord | null, id: string, areaId: string, revision: number) {
  if (!record) throw new NotFoundError('draft', id);
  if (record.areaId !== areaId) {
    throw new BadUserInputError(
      `areaId: draft "${id}" drafts area "${record.areaId}", not "${areaId}"`,
    );
  }
  if (record.status !== 'OPEN') {
    throw new BadUserInputError(
      `draftId: draft "${id}" is already published; draft the document again to change it`,
    );
  }
  if (revision !== record.revision) {
    throw new ConflictError(
      `revision: the draft changed since you loaded it (your revision ${revision}, now ${record.revision}); reload it, check the change and try again — nothing was saved`,
      { currentVersion: record.revision },
    );
  }
  return record;
}

/**
 * Applies one review operation to a draft in one transaction: the draft must
 * be open, of this area, and unchanged since the
 * reviewer loaded it. Records one change.
 */
export async function reviewDraft(
  store: Store,
  actor: Actor,
  target: { draftId: string; areaId: string; revision: number },
  action: string,
  op: (body: DraftBody, text: string) => ReviewResult,
): Promise<DraftView> {
  const { draftId, areaId } = target;
  const saved = await store.writeTransaction(
    async (tx) => {
      const record = guard(await readDraft(tx, draftId), draftId, areaId, target.revision);
      const text = await textOf(tx, record.uploadId);
      const result = op(record.body, text);
      const [row] = await tx.run(
        UPDATE_DRAFT.with({
          id: draftId,
          revision: record.revision,
          status: 'OPEN',
          body: JSON.stringify(result.body),
          now: new Date().toISOString(),
        }),
      );
      if (!row) {
        throw new ConflictError(
          'revision: the draft changed while this change was being saved; reload it and try again — nothing was saved',
        );
      }
      await recordChange(tx, {
        areaId,
        actor,
        action,
        target: `${draftId}#${result.after?.key ?? result.before?.key ?? ''}`,
        before: result.before,
        after: result.after,
        reason: result.summary,
      });
      return { record: { ...record, body: result.body, revision: Number(row.revision) }, text };
    },
    { areas: [areaId] },
  );
  const fresh = await readDraft(store, draftId);
  return viewOf(fresh ?? saved.record, saved.text);
}

export interface PublishOutcome {
  draft: DraftView;
  nodes: number;
  relationships: number;
  obligations: number;
  /** Proposals neither accepted nor rejected: left out of the published area. */
  leftOut: number;
}

/**
 * Publishes the accepted facts of a draft as a new version of its area
 * (publishAreaVersion: evidence checked against the stored text). Refused
 * whole, with every problem, when any accepted fact fails validation.
 */
export async function publishDraft(
  store: Store,
  actor: Actor,
  input: { draftId: string; areaId: string; reason: string; revision: number },
): Promise<PublishOutcome> {
  const reason = input.reason.trim();
  if (reason.length === 0) throw new BadUserInputError('reason: say why this version is published');
  if (reason.length > LIMITS.noteLength) {
    throw new BadUserInputError(`reason: at most ${LIMITS.noteLength} characters`);
  }
  const outcome = await store.writeTransaction(
    async (tx) => {
      const record = guard(
        await readDraft(tx, input.draftId),
        input.draftId,
        input.areaId,
        input.revision,
      );
      const text = await textOf(tx, record.uploadId);
      const body = record.body;
      const accepted = <T extends { state: string }>(xs: T[]) =>
        xs.filter((x) => x.state === 'ACCEPTED').length;
      const counts = {
        nodes: accepted(body.nodes),
        relationships: accepted(body.relationships),
        obligations: accepted(body.obligations),
      };
      if (counts.nodes === 0) {
        throw new BadUserInputError('draftId: accept at least one node before publishing');
      }
      const { problems, graph } = checkDraft(body, text, 'publish');
      if (problems.length > 0 || !graph) {
        const list = problems
          .slice(0, 20)
          .map((p) => `${p.path}${p.key ? ` (${p.key})` : ''}: ${p.message}`)
          .join('; ');
        throw new BadUserInputError(
          `draftId: the accepted facts have ${problems.length} problem(s); nothing was published: ${list}`,
        );
      }
      // An area that holds other documents keeps them, with every user edit: the draft's
      // document joins it as the area's next version (draft.merge.ts). A draft of the
      // area's only document replaces it (drafting it again), as before.
      const stored = await readGraph(tx, { areas: [input.areaId] });
      const storedDocs = stored.nodes.filter((n) => n.labels.includes('Document')).map((n) => n.id);
      const others = storedDocs.filter((id) => id !== body.document.id);
      if (others.length > 0 && storedDocs.includes(body.document.id)) {
        throw new BadUserInputError(
          `draftId: area "${input.areaId}" already holds document "${body.document.id}" beside ${others.join(', ')}; ` +
            'publishing this draft would replace that document and the edits made to it. Correct it with the editing mutations, ' +
            'or draft the new document under another year. Nothing was published.',
        );
      }
      const next = others.length > 0 ? addDocumentToArea(stored, graph, body.document.id) : graph;
      // the document's text goes into the store first: publishing checks every quote against it
      await writeDocumentText(tx, {
        documentId: body.document.id,
        text,
        sourceFile: body.document.source,
        provenance: 'uploaded',
      });
      await publishAreaVersion(tx, {
        areaId: input.areaId,
        graph: next,
        actor,
        reason,
        provenance: 'edited',
      });
      const [row] = await tx.run(
        UPDATE_DRAFT.with({
          id: input.draftId,
          revision: record.revision,
          status: 'PUBLISHED',
          body: JSON.stringify(body),
          now: new Date().toISOString(),
        }),
      );
      if (!row)
        throw new ConflictError(
          'revision: the draft changed while publishing; reload it and try again — nothing was saved',
        );
      const pending = [...body.nodes, ...body.relationships, ...body.obligations].filter(
        (x) => x.state === 'PROPOSED',
      ).length;
      return { counts, pending, text };
    },
    { areas: [input.areaId] },
  );
  const fresh = await readDraft(store, input.draftId);
  return {
    draft: viewOf(fresh!, outcome.text),
    ...outcome.counts,
    leftOut: outcome.pending,
  };
}
