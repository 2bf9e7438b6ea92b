import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built explorer at `/`. Unknown GET paths (other than the API's)
 * fall back to index.html so the explorer's URLs can be shared.
 */
export async function registerExplorer(app: FastifyInstance, explorerDir: string): Promise<void> {
  const index = path.join(explorerDir, 'index.html');
  if (!existsSync(index)) {
    app.log.warn({ explorerDir }, 'explorer not built: run `npm run build:explorer`');
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send('The explorer is not built. Run `npm run build:explorer`, then reload.'),
    );
    return;
  }
  // wildcard: files are looked up per request, so a rebuilt explorer is served without a restart.
  await app.register(fastifyStatic, { root: explorerDir, index: 'index.html', wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const accept = request.headers.accept ?? '';
    if (request.method === 'GET' && accept.includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'Not Found', path: request.url });
  });
}
