/**
 * Apollo's `stringifyResult` for this server: the same bytes as Apollo's own
 * (`JSON.stringify(result) + '\n'`), built one top-level field of `data` at a
 * time, giving the event loop back between fields once a stretch has taken
 * `TURN_MS`. Under the heaviest legal load (issue 16 point 3, bench:load) one
 * `JSON.stringify` of a 15-alias compareAreas answer was 65 ms of a single
 * event-loop turn, and two 11 MB exportArea strings ~40 ms; each alias is now
 * its own piece. Small answers (the common case) take no extra turn.
 */
import type { FormattedExecutionResult } from 'graphql';

/** How long one stretch of serialising may run before it yields to the event loop. */
export const TURN_MS = 8;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `JSON.stringify(result) + '\n'`, one top-level field of `data` at a time. */
export async function stringifyInTurns(result: FormattedExecutionResult): Promise<string> {
  const { data } = result;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return `${JSON.stringify(result)}\n`;
  }
  const keys = Object.keys(data);
  if (keys.length < 2) return `${JSON.stringify(result)}\n`;
  // the members of the result object in its own key order (Apollo orders errors, data, extensions)
  const members: string[] = [];
  for (const [key, value] of Object.entries(result)) {
    if (key !== 'data') {
      const json = JSON.stringify(value);
      if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
      continue;
    }
    const fields: string[] = [];
    let since = performance.now();
    for (const field of keys) {
      const json = JSON.stringify((data as Record<string, unknown>)[field]);
      if (json !== undefined) fields.push(`${JSON.stringify(field)}:${json}`);
      if (performance.now() - since >= TURN_MS) {
        await nextTurn();
        since = performance.now();
      }
    }
    members.push(`"data":{${fields.join(',')}}`);
  }
  return `{${members.join(',')}}\n`;
}
