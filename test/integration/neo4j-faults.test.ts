import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from '../neo4j/server.ts';
import { startServerProcess, type ServerProcess } from './support/process.ts';

/**
 * Faults on a real Neo4j (`npm run test:neo4j` runs this file; a plain run,
 * without NEO4J_URI, skips it). The test starts its OWN Neo4j from Maven
 * Central (test/neo4j/server.ts), because it stops and restarts it; the API
 * is a real `npm start` process configured as docker-compose configures it.
 */

const ON_NEO4J = Boolean(process.env.NEO4J_URI?.trim());
const URL_LINE = /GraphQL: +(http:\/\/127\.0\.0\.1:\d+)\/graphql\n/;
const BUNDLED = ['oxfordshire', 'peterborough', 'walsall', 'wiltshire'];
const AREAS = '{ areas { id } }';
/** A stack frame, raw or inside a JSON log line. */
const STACK_FRAME = /(\n|\\n)\s+at .+:\d+:\d+/;

interface Answer {
  status: number;
  retryAfter: string | null;
  ms: number;
  started: number;
  ended: number;
  areas?: string[];
}

async function graphql(base: string, query = AREAS): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: { areas?: { id: string }[] } | null };
  const ended = Date.now();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    ms: ended - started,
    started,
    ended,
    areas: body.data?.areas?.map((a) => a.id),
  };
}

async function ready(base: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${base}/readyz`);
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

/** Polls until `check` holds (every 250 ms), failing after `ms`. */
async function eventually(what: string, check: () => Promise<boolean>, ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What a client sees while the store is down: 503, Retry-After: 5, within 5 s. */
function expectUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe('5');
  expect(answer.ms).toBeLessThan(5_000);
}

describe.skipIf(!ON_NEO4J)(
  'the API on a real Neo4j that stops, restarts, or refuses the password',
  () => {
    let neo4j: Neo4jServer;
    let neo4jDown = false;
    const apis: ServerProcess[] = [];
    const env = (): NodeJS.ProcessEnv => ({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NODE_ENV: 'production',
      READ_ACCESS: 'open',
    });
    const startApi = (extra: NodeJS.ProcessEnv = {}): ServerProcess => {
      const api = startServerProcess({ ...env(), ...extra });
      apis.push(api);
      return api;
    };
    const halt = async (): Promise<void> => {
      neo4jDown = true;
      await neo4j.halt('SIGKILL');
    };
    const resume = async (): Promise<void> => {
      await neo4j.resume();
      neo4jDown = false;
    };

    beforeAll(async () => {
      neo4j = await startNeo4j({ heap: '512m' });
    }, 300_000);
    /** Each test starts from a running Neo4j, whatever the previous one left. */
    beforeEach(async () => {
      if (neo4jDown) await resume();
    }, 300_000);
    afterAll(async () => {
      for (const api of apis) if (api.child.exitCode === null) api.child.kill('SIGKILL');
      await neo4j?.stop();
    }, 60_000);

    it('Neo4j down when the API starts: it serves anyway (/readyz 503, GraphQL 503 + Retry-After within 5 s) and recovers when Neo4j comes back, without a restart', async () => {
      await halt();
      const api = startApi();
      const [, base] = await api.waitFor(URL_LINE);
      expect(api.output()).toMatch(
        /The graph store is unreachable: Neo4j at bolt:\/\/127\.0\.0\.1:\d+/,
      );
      const probe = await ready(base!);
      expect(probe.status).toBe(503);
      expect(probe.ms).toBeLessThan(5_000);
      expectUnavailable(await graphql(base!));

      const pid = api.child.pid;
      await resume();
      await api.waitFor(/The graph store is reachable again/, 60_000);
      expect((await ready(base!)).status).toBe(200);
      const answer = await graphql(base!);
      expect(answer.status).toBe(200);
      expect(answer.areas).toEqual(BUNDLED);
      expect(api.child.pid).toBe(pid);
      expect(api.child.exitCode).toBeNull();
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
    }, 300_000);

    it('Neo4j killed mid-request: requests in flight and after answer 503 + Retry-After within 5 s, never 500 or a wrong 200; after a restart the same API answers again', async () => {
      const api = startApi();
      const base = (await api.waitFor(URL_LINE))[1]!;
      expect((await graphql(base)).areas).toEqual(BUNDLED);

      // Four clients keep requests in flight while Neo4j is killed.
      const answers: Answer[] = [];
      let running = true;
      const clients = Array.from({ length: 4 }, async () => {
        while (running) answers.push(await graphql(base));
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const killedAt = Date.now();
      await halt();
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      running = false;
      await Promise.all(clients);

      const inFlight = answers.filter((a) => a.started < killedAt && a.ended > killedAt);
      const after = answers.filter((a) => a.started > killedAt + 100);
      expect(inFlight.length).toBeGreaterThan(0);
      expect(after.length).toBeGreaterThan(0);
      for (const answer of answers) {
        expect([200, 503]).toContain(answer.status);
        // a 200 is the whole answer (a failed read is never an empty list)
        if (answer.status === 200) expect(answer.areas).toEqual(BUNDLED);
      }
      for (const answer of [...inFlight, ...after]) {
        if (answer.status === 503) expectUnavailable(answer);
      }
      for (const answer of after) expectUnavailable(answer);
      const probe = await ready(base);
      expect(probe.status).toBe(503);
      expect(probe.ms).toBeLessThan(5_000);

      const pid = api.child.pid;
      await resume();
      await eventually(
        'GraphQL answering 200 again',
        async () => (await graphql(base)).status === 200,
      );
      expect((await ready(base)).status).toBe(200);
      expect((await graphql(base)).areas).toEqual(BUNDLED);
      expect(api.child.pid).toBe(pid);
      expect(api.child.exitCode).toBeNull();
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
    }, 300_000);

    it('a wrong password stops startup with one line naming the server and the variables to check, exit 1, no stack', async () => {
      const wrong = `wrong-${neo4j.password}`;
      const server = startApi({ NEO4J_PASSWORD: wrong });
      expect(await server.exited).toBe(1);
      const output = server.output();
      const lines = output.split('\n').filter((line) => line.includes('refused the credentials'));
      expect(lines, output).toHaveLength(1);
      expect(lines[0]).toContain(neo4j.uri);
      expect(lines[0]).toMatch(/check NEO4J_USERNAME and NEO4J_PASSWORD/);
      expect(output).not.toContain(wrong);
      expect(output).not.toMatch(STACK_FRAME);
      expect(output).not.toMatch(/GraphQL:/);
    }, 120_000);
  },
);
