import fc from 'fast-check';
import { graphqlRequest, rawHttp } from './graphql.arbitrary.ts';
import { type Outcome, leakIn, pool, send, sendRaw } from './http-client.ts';

export interface Finding {
  what: string;
  status?: number;
  error?: string;
  detail: string;
}

/** What a run of generated requests got. */
export interface HttpFuzzReport {
  graphql: number;
  raw: number;
  byStatus: Record<string, number>;
  serverErrors: Finding[];
  /** Connections reset, timed out or closed without an answer. */
  noAnswer: Finding[];
  leaks: Finding[];
  ms: number;
}

export interface HttpFuzzOptions {
  graphql: number;
  raw: number;
  seed: number;
  concurrency: number;
  /** Epoch ms after which no new request starts. */
  deadline: number;
}

/**
 * Sends `graphql` generated requests to /graphql and `raw` raw malformed
 * HTTP messages to a running server at `base` and classifies every answer:
 * a 5xx, no answer (a reset or a hang) or a leak is a finding.
 */
export async function fuzzHttp(base: string, options: HttpFuzzOptions): Promise<HttpFuzzReport> {
  const started = Date.now();
  const port = Number(new URL(base).port);
  const report: HttpFuzzReport = {
    graphql: 0,
    raw: 0,
    byStatus: {},
    serverErrors: [],
    noAnswer: [],
    leaks: [],
    ms: 0,
  };
  const record = (what: string, outcome: Outcome, raw: boolean): void => {
    const key = outcome.status === undefined ? (outcome.error ?? 'none') : String(outcome.status);
    report.byStatus[key] = (report.byStatus[key] ?? 0) + 1;
    const detail = outcome.body.slice(0, 400);
    if (outcome.status === undefined) {
      // raw junk the HTTP parser cannot read may be closed without an answer
      if (!(raw && outcome.error === 'NO_ANSWER'))
        report.noAnswer.push({ what, error: outcome.error, detail });
    } else if (outcome.status >= 500)
      report.serverErrors.push({ what, status: outcome.status, detail });
    const leak = leakIn(outcome);
    if (leak) report.leaks.push({ what, status: outcome.status, detail: `${leak} in ${detail}` });
  };
  const requests = fc.sample(graphqlRequest, { numRuns: options.graphql, seed: options.seed });
  report.graphql = await pool(requests, options.concurrency, options.deadline, async (request) =>
    record(request.what, await send(base, request), false),
  );
  const raws = fc.sample(rawHttp, { numRuns: options.raw, seed: options.seed });
  report.raw = await pool(raws, options.concurrency, options.deadline, async (data) =>
    record(`raw ${JSON.stringify(data.toString().slice(0, 120))}`, await sendRaw(port, data), true),
  );
  report.ms = Date.now() - started;
  return report;
}

/** Every area's nodes and edges (all time), as the API serves them: equal before and after = unchanged. */
export const FINGERPRINT =
  '{ areas { id name documents { id } graph(allTime: true) { nodes { id name } edges { id } } } }';

export async function fingerprint(base: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FINGERPRINT }),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) {
    throw new Error(`fingerprint query failed (${response.status}): ${text.slice(0, 300)}`);
  }
  return text;
}
