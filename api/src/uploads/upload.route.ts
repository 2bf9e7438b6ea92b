import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LIMITS } from '@accgraph/schema';
import { canAct, type Actor } from '../auth/roles.ts';
import type { Store } from '../store/index.ts';
import { storeUpload, UploadRefusedError } from './upload.service.ts';

/** Bytes a multipart body may carry beyond its one file (boundaries, part headers, a field or two). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The path of the upload route. */
export const UPLOADS_PATH = '/uploads';

export interface UploadRouteOptions {
  store: Store;
  /** Who sends the request (the session's account), or null when anonymous. */
  actorOf: (request: FastifyRequest) => Actor | null | Promise<Actor | null>;
}

const refuse = (status: number, error: string, message: string, hint = '') => ({
  status,
  body: { error, message, ...(hint ? { hint } : {}) },
});

/**
 * `POST /uploads` (multipart/form-data, one part named `file`): for editors.
 * The file's type is judged by its content; its text is extracted in a
 * bounded worker thread and stored; the answer is 201 with the upload id.
 * 401/403 without the role, 413 over the upload limit, 415 for a file that
 * is not a document, 422 for a document that cannot be read. Nothing is
 * stored on a refusal.
 */
export async function registerUploadRoute(
  app: FastifyInstance,
  options: UploadRouteOptions,
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: {
        fileSize: LIMITS.uploadBytes,
        files: 1,
        fields: 4,
        parts: 5,
        fieldSize: 1024,
        headerPairs: 50,
      },
      throwFileSizeLimit: true,
    });
    scope.post(UPLOADS_PATH, async (request, reply) => {
      const send = (r: ReturnType<typeof refuse>) => reply.code(r.status).send(r.body);
      const actor = await options.actorOf(request);
      if (actor === null) {
        return send(refuse(401, 'UNAUTHENTICATED', 'Sign in as an editor to upload a document.'));
      }
      // An upload is not yet in an area: an editor of any area (or of the deployment) may upload.
      const editor =
        canAct(actor, 'editor') || Object.values(actor.areaRoles).some((r) => r !== 'viewer');
      if (!editor) {
        return send(refuse(403, 'FORBIDDEN', 'Uploading a document needs the editor role.'));
      }
      if (!request.isMultipart()) {
        return send(
          refuse(
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            'Send the document as multipart/form-data with one part named "file".',
          ),
        );
      }
      const part = await request.file();
      if (!part || part.fieldname !== 'file') {
        return send(
          refuse(400, 'BAD_REQUEST', 'No part named "file": send the document as the "file" part.'),
        );
      }
      const tooLarge = () =>
        send(
          refuse(
            413,
            'PAYLOAD_TOO_LARGE',
            `The file is over the ${LIMITS.uploadBytes / 1048576} MB upload limit; nothing was stored.`,
            'split the document, or give the part with the governance arrangements',
          ),
        );
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 413) return tooLarge();
        throw error;
      }
      // @fastify/multipart looks at `truncated` only between the chunks it reads: a file cut
      // at the limit right at a chunk's end arrives whole-looking, at exactly the limit
      if (part.file.truncated) return tooLarge();
      try {
        const upload = await storeUpload(options.store, actor, {
          name: part.filename || 'document',
          bytes,
        });
        return reply.code(201).send({
          id: upload.id,
          fileName: upload.fileName,
          format: upload.format,
          bytes: upload.bytes,
          characters: upload.text.length,
          pages: upload.pages,
        });
      } catch (error) {
        if (error instanceof UploadRefusedError) {
          const name =
            error.status === 413
              ? 'PAYLOAD_TOO_LARGE'
              : error.status === 415
                ? 'UNSUPPORTED_MEDIA_TYPE'
                : 'UNREADABLE_DOCUMENT';
          return send(
            refuse(error.status, name, `${error.message}; nothing was stored.`, error.hint),
          );
        }
        throw error;
      }
    });
  });
}
