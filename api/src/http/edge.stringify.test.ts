import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { TEXT_SLICE, TURN_MS, nextTurn, pieceEnd, stringifyInTurns } from './edge.ts';

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

describe('a long top-level string (exportArea) escaped a piece at a time', () => {
  // a surrogate pair straddles every piece boundary; quotes, newlines, U+2028 and a lone surrogate to escape
  const piece = 'x'.repeat(TEXT_SLICE - 1);
  const text = `${piece}\u{1F600}${piece}"\n\u2028\ud800é${piece}\u{1F600}`;

  it('gives the bytes of JSON.stringify, one field or many', async () => {
    expect(pieceEnd(text, 0)).toBe(TEXT_SLICE - 1); // not between the halves of the pair
    for (const result of [
      { data: { exportArea: text } },
      { data: { e0: text, e1: text, n: 1 }, errors: [{ message: 'x' }] },
    ] as FormattedExecutionResult[]) {
      expect(await stringifyInTurns(result)).toBe(apollo(result));
    }
  });

  it('lets other work run while one long string is escaped', async () => {
    // each piece is escaped only after the turn's stretch is spent: make every stretch slow
    const long = 'y'.repeat(TEXT_SLICE * 3);
    const order: string[] = [];
    const other = new Promise<void>((resolve) =>
      setImmediate(() => {
        order.push('other work');
        resolve();
      }),
    );
    const realNow = performance.now.bind(performance);
    let skew = 0;
    performance.now = () => realNow() + (skew += TURN_MS); // every reading: a stretch has passed
    try {
      const done = stringifyInTurns({ data: { exportArea: long } }).then((s) => {
        order.push('answer');
        return s;
      });
      await Promise.all([other, done]);
      expect(await done).toBe(apollo({ data: { exportArea: long } }));
    } finally {
      performance.now = realNow;
    }
    expect(order).toEqual(['other work', 'answer']);
  });
});

describe('nextTurn: long work of every request resumes one piece per turn of the event loop', () => {
  it('wakes the waiters in order, each in its own turn', async () => {
    // a counter of turns (check phases): each waiter must see another value
    let turns = 0;
    let counting = true;
    const count = (): void => {
      turns += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const seen: [string, number][] = [];
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((name) => nextTurn().then(() => seen.push([name, turns]))),
    );
    counting = false;
    expect(seen.map(([name]) => name)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(seen.map(([, turn]) => turn)).size).toBe(4);
  });

  it('wakes an answer being sent before work still computing one', async () => {
    const seen: string[] = [];
    const computing = ['c1', 'c2', 'c3'].map((name) => nextTurn().then(() => seen.push(name)));
    const finishing = nextTurn('finishing').then(() => seen.push('sending'));
    await Promise.all([...computing, finishing]);
    // c1 may already be on its way (woken in the turn armed before 'sending' queued)
    expect(seen.indexOf('sending')).toBeLessThanOrEqual(1);
    expect(seen.filter((name) => name !== 'sending')).toEqual(['c1', 'c2', 'c3']);
  });
});

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: a field that takes this long to serialise
  }
}
