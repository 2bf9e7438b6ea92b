import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@accgraph/schema';
import type { Actor } from '../auth/roles.ts';
import { openStore, type Store } from '../store/index.ts';
import { registerUploadRoute } from './upload.route.ts';
import { readUpload } from './upload.service.ts';

// The real route, the real multipart parser, the real reader thread and a
// real embedded store; only the session is given (the auth work fills it).
const SOURCE = new URL(
  '../../../graph-seed/sources/walsall-2017-inter-board-safeguarding-protocol.txt',
  import.meta.url,
);
const EDITOR: Actor = { accountId: 'acc-editor', displayName: 'Ed', role: 'editor', areaRoles: {} };
const VIEWER: Actor = { accountId: 'acc-viewer', displayName: 'Vi', role: 'viewer', areaRoles: {} };

let dir: string;
let store: Store;
let app: FastifyInstance;
let url: string;
let actor: Actor | null = EDITOR;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'accgraph-upload-'));
  store = await openStore({ kind: 'embedded', path: path.join(dir, 'graph.grafeo') });
  await store.ensureSchema();
  app = Fastify();
  await registerUploadRoute(app, { store, actorOf: () => actor });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function upload(bytes: Uint8Array, name: string, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${url}/uploads`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function uploadCount(): Promise<number> {
  const rows = await store.read({ text: 'MATCH (u:Upload) RETURN count(u) AS n' });
  return Number(rows[0]?.n ?? 0);
}

describe('POST /uploads', () => {
  it('stores the extracted text of a text document and answers its id', async () => {
    const bytes = readFileSync(SOURCE);
    const { status, body } = await upload(bytes, 'walsall protocol.txt', 'text/plain');
    expect(status).toBe(201);
    expect(body).toMatchObject({ format: 'text', fileName: 'walsall protocol.txt' });
    const stored = await readUpload(store, String(body.id));
    expect(stored?.text).toBe(bytes.toString('utf8'));
    expect(stored?.createdBy).toBe('acc-editor');
  }, 60_000);

  it('judges the type by content: a PNG named .pdf with a PDF content type is 415', async () => {
    const before = await uploadCount();
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0d6a4a70000000049454e44ae426082',
      'hex',
    );
    const { status, body } = await upload(png, 'report.pdf', 'application/pdf');
    expect(status).toBe(415);
    expect(String(body.message)).toMatch(/image\/png.*not a document/);
    expect(await uploadCount()).toBe(before);
  });

  it('refuses binary data of no known type (415) and a text file named .png is read as text', async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const refused = await upload(junk, 'notes.txt', 'text/plain');
    expect(refused.status).toBe(415);
    const text = Buffer.from(
      '# Terms\n\nThe Board will hold the Partnership to account for the work it does here.\n',
    );
    const accepted = await upload(text, 'picture.png', 'image/png');
    expect(accepted.status).toBe(201);
    expect(accepted.body.format).toBe('text');
    expect(accepted.body.fileName).toBe('picture.txt');
  }, 60_000);

  it('refuses a file over the upload limit with 413 and stores nothing', async () => {
    const before = await uploadCount();
    const big = Buffer.alloc(LIMITS.uploadBytes + 1024, 0x61);
    const { status, body } = await upload(big, 'big.txt', 'text/plain');
    expect(status, JSON.stringify(body)).toBe(413);
    expect(String(body.message)).toMatch(/20 MB upload limit/);
    expect(await uploadCount()).toBe(before);
  }, 60_000);

  it('takes a file of exactly the upload limit past the size check; one byte more is 413', async () => {
    // bytes of no document type: past the size check, the content check answers 415
    const exact = Buffer.alloc(LIMITS.uploadBytes);
    for (let i = 0; i < exact.length; i++) exact[i] = (i * 7919) % 256;
    const inside = await upload(exact, 'exact.bin');
    expect(inside.status, JSON.stringify(inside.body)).toBe(415);
    const before = await uploadCount();
    const over = await upload(Buffer.concat([exact, Buffer.from('.')]), 'over.bin');
    expect(over.status, JSON.stringify(over.body)).toBe(413);
    expect(String(over.body.message)).toMatch(/20 MB upload limit/);
    expect(await uploadCount()).toBe(before);
  }, 120_000);

  it("refuses a document whose text is over a source text's limit (413) and stores nothing", async () => {
    const line = Buffer.from('The Board will hold the Partnership to account for its work.\n');
    const text = Buffer.alloc(LIMITS.sourceFileBytes + line.length);
    for (let at = 0; at < text.length; at += line.length) line.copy(text, at);
    const before = await uploadCount();
    const { status, body } = await upload(text, 'long.txt', 'text/plain');
    expect(status, JSON.stringify(body)).toBe(413);
    expect(String(body.message)).toMatch(/source text may hold/);
    expect(await uploadCount()).toBe(before);
  }, 120_000);

  it('refuses a corrupt PDF with 422 saying what is wrong and stores nothing', async () => {
    const before = await uploadCount();
    const { status, body } = await upload(Buffer.from('%PDF-1.7\n% broken\n'), 'x.pdf');
    expect(status).toBe(422);
    expect(String(body.message)).toMatch(/PDF/);
    expect(await uploadCount()).toBe(before);
  }, 60_000);

  it('answers 401 anonymous and 403 to a viewer', async () => {
    const text = Buffer.from('# A\n\nThe Board will meet.\n');
    actor = null;
    expect((await upload(text, 'a.txt')).status).toBe(401);
    actor = VIEWER;
    expect((await upload(text, 'a.txt')).status).toBe(403);
    actor = EDITOR;
  });
});
