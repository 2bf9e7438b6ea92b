import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { TURN_MS, stringifyInTurns } from './edge.ts';

/** What Apollo's own stringifyResult gives (runHttpQuery's prettyJSONStringify). */
const apollo = (result: FormattedExecutionResult) => `${JSON.stringify(result)}\n`;

describe('stringifyInTurns (Apollo stringifyResult, one top-level field at a time)', () => {
  it('gives the bytes of JSON.stringify for any answer shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
        fc.option(fc.array(fc.record({ message: fc.string() })), { nil: undefined }),
        fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
        async (data, errors, extensions) => {
          const result = { errors, data, extensions } as FormattedExecutionResult;
          expect(await stringifyInTurns(result)).toBe(apollo(result));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps undefined fields out, escapes keys and text, and keeps data null', async () => {
    const cases: FormattedExecutionResult[] = [
      { data: null, errors: [{ message: 'x' }] },
      { data: { a: undefined, 'b"\n': 'é\u2028"', c: [1, null, { d: true }] } as never },
      { errors: undefined, data: { a: 1, b: 2 }, extensions: undefined },
      { data: {} },
    ];
    for (const result of cases) expect(await stringifyInTurns(result)).toBe(apollo(result));
  });

  it('yields to the event loop between fields once a stretch takes its turn', async () => {
    // two fields, each serialised slower than a turn: a timer set before must run between them
    const slow = { toJSON: () => (busy(TURN_MS + 2), 'slow') };
    const order: string[] = [];
    const timer = new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('other work');
        resolve();
      }),
    );
    const done = stringifyInTurns({ data: { a: slow, b: slow } as never }).then((s) => {
      order.push('answer');
      return s;
    });
    await Promise.all([timer, done]);
    expect(await done).toBe('{"data":{"a":"slow","b":"slow"}}\n');
    expect(order).toEqual(['other work', 'answer']);
  });
});

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: a field that takes this long to serialise
  }
}
