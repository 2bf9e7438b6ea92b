import type { ServerDiscovery } from '@accgraph/api/store';
import { formatProblem } from '@accgraph/schema';
import { EXIT, type ExitCode, type Io } from './io.ts';

/**
 * Where a writing command writes (issue 14 point 1, decision 0030): through
 * the server that runs for the configured store, if one does (it holds the
 * embedded file locked, and keeps the caches and the audit trail), else
 * straight to the store, as before. Says which on standard error.
 */
export type WritePath = { kind: 'server'; server: ServerDiscovery } | { kind: 'direct' };

export async function chooseWritePath(
  io: Io,
  verb: 'writing to' | 'reading' = 'writing to',
): Promise<WritePath> {
  const { storeConfigFromEnv, waitForRunningServer } = await import('@accgraph/api/store');
  const config = storeConfigFromEnv(process.env);
  // a server that holds the store but is still starting (preparing it, not listening yet) is
  // waited for: writing beside it would meet the file lock (issue 14 point 1)
  let waited = 0;
  const found = await waitForRunningServer(config, process.env, {
    onWait: (starting, seconds) => {
      waited = seconds;
      io.err(
        `(the server for this store (process ${starting.pid}) is starting: waiting up to ${seconds} s for it to be ready; ` +
          'SEED_WAIT_FOR_SERVER_SECONDS changes the wait)',
      );
    },
  });
  if (found.timedOut) {
    throw new ServerRequestError(
      `the server for this store (process ${found.timedOut.pid}) was still starting after ${waited} s: nothing was done. ` +
        'Run the command again once it prints its GraphQL address (or wait longer: SEED_WAIT_FOR_SERVER_SECONDS).',
    );
  }
  if (found.found) {
    io.err(
      `(through the running server at ${found.server.url}, process ${found.server.pid}, started ${found.server.started})`,
    );
    return { kind: 'server', server: found.server };
  }
  if (found.waitedFor) {
    io.err(`(the server for this store (process ${found.waitedFor.pid}) stopped while starting)`);
  }
  if (found.ignored) io.err(`(ignored ${found.ignored})`);
  const store = config.kind === 'embedded' ? config.path : `Neo4j ${config.database}`;
  io.err(`(no server running for this store: ${verb} ${store} directly)`);
  return { kind: 'direct' };
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL request with the local admin token; throws ServerRequestError when there is no answer. */
export async function serverGraphQL<T>(
  server: ServerDiscovery,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ status: number; body: GraphQLAnswer<T> }> {
  const { LOCAL_TOKEN_HEADER } = await import('@accgraph/api/store');
  let response: Response;
  try {
    response = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [LOCAL_TOKEN_HEADER]: server.token },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ServerRequestError(
      `the server at ${server.url} did not answer (${error instanceof Error ? error.message : String(error)}); ` +
        'whether the write happened is unknown: check the store (e.g. `npm run seed -- load` says "unchanged").',
    );
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphQLAnswer<T> };
  } catch {
    throw new ServerRequestError(
      `the server at ${server.url} answered ${response.status} without GraphQL: ${text.slice(0, 200)}`,
    );
  }
}

/** The server could not be asked (gone mid-way, not GraphQL): exit 1 with the message. */
export class ServerRequestError extends Error {}

/** Prints a GraphQL answer's errors (the server's message names the field) and says nothing was written. */
export function printErrors(
  io: Io,
  status: number,
  errors: GraphQLAnswer<unknown>['errors'],
): void {
  for (const e of errors ?? [{ message: `the server answered ${status} with no data` }]) {
    io.err(`error: ${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`);
  }
}

/** SeedWriteResult as the CLI reads it. */
export interface SeedWriteAnswer {
  ok: boolean;
  lines: string[];
  problems: {
    file: string;
    line: number;
    column: number;
    path: string;
    message: string;
    expected: string;
  }[];
  notices: string[];
  auditEntries: number;
}

export const SEED_WRITE_FIELDS =
  '{ ok lines notices auditEntries problems { file line column path message expected } }';

/**
 * Prints what the server answered for a seed write (its lines, or each
 * problem at file:line:column with its JSON path) and gives the exit code.
 */
export function reportSeedWrite(
  io: Io,
  status: number,
  body: GraphQLAnswer<unknown>,
  answer: SeedWriteAnswer | null | undefined,
): ExitCode {
  if (!answer) {
    printErrors(io, status, body.errors);
    io.err('nothing was written.');
    return EXIT.data;
  }
  if (!answer.ok) {
    for (const p of answer.problems) io.err(formatProblem(p));
    io.err(`${answer.problems.length} problem(s): nothing was written.`);
    return EXIT.data;
  }
  for (const line of answer.lines) io.out(line);
  for (const line of answer.notices) io.err(line);
  return EXIT.ok;
}
