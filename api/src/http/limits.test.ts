import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE } from '../graph/connection.ts';
import { TEXT_SLICE } from './edge.ts';
import {
  COSTED_DEFAULT_PAGE_SIZE,
  Slots,
  byteLengthInTurns,
  encodedInTurns,
  slotWeight,
} from './limits.ts';

describe('queryCost', () => {
  it('costs an omitted first as the page size the resolvers really use', () => {
    expect(COSTED_DEFAULT_PAGE_SIZE).toBe(DEFAULT_PAGE_SIZE);
  });
});

describe('Slots weighted by cost (at most two requests at the cost limit at once)', () => {
  it("gives a request at the cost limit half the slots, the explorer's requests one or two", () => {
    expect(slotWeight(24_002, 8, 25_000)).toBe(4); // two national exports
    expect(slotWeight(19_483, 8, 25_000)).toBe(4); // 15 aliases of nested pages
    expect(slotWeight(10_896, 8, 25_000)).toBe(2); // ExplorerFindings
    expect(slotWeight(1_394, 8, 25_000)).toBe(1); // ExplorerNode
    expect(slotWeight(26, 8, 25_000)).toBe(1);
    expect(slotWeight(1_000_000, 8, 25_000)).toBe(8);
  });

  it('runs two heavy requests, queues the third until one ends, and serves the queue in order', async () => {
    const slots = new Slots(8, 10, 60_000);
    const a = await slots.acquire(4);
    const b = await slots.acquire(4);
    expect(a && b).toBeTruthy();
    expect(slots.running).toBe(8);
    const order: string[] = [];
    const c = slots.acquire(4).then((r) => (order.push('heavy'), r));
    const d = slots.acquire(1).then((r) => (order.push('light'), r));
    await Promise.resolve();
    expect(slots.queued).toBe(2);
    a!();
    const rc = await c;
    expect(order).toEqual(['heavy']); // the heavy waiter came first and is not overtaken
    expect(slots.running).toBe(8);
    expect(slots.queued).toBe(1);
    b!();
    const rd = await d;
    expect(order).toEqual(['heavy', 'light']);
    expect(slots.running).toBe(5);
    rc!();
    rd!();
    expect(slots.running).toBe(0);
  });

  it('a heavy waiter at the head holds lighter ones back until it fits, then lets them in when it gives up', async () => {
    const slots = new Slots(8, 10, 50);
    const held = await slots.acquire(6);
    const heavy = slots.acquire(4); // does not fit beside 6: waits, then gives up
    const light = slots.acquire(1); // would fit, but the head comes first
    expect(slots.queued).toBe(2);
    expect(await heavy).toBeNull();
    const r = await light;
    expect(r).toBeTruthy();
    expect(slots.running).toBe(7);
    r!();
    held!();
    expect(slots.running).toBe(0);
  });
});

describe('a long answer counted and encoded a piece per turn (onSend, SEND_IN_PIECES_FROM)', () => {
  // pairs straddle piece boundaries; 2- and 3-byte characters; a lone surrogate (3 bytes, U+FFFD)
  const piece = 'a'.repeat(TEXT_SLICE - 1);
  const text = `${piece}\u{1F600}${piece}é\u2028\ud800${piece}\u{1F600}z`.repeat(3);

  it('counts the bytes and sends the bytes Buffer.from gives', async () => {
    expect(await byteLengthInTurns(text)).toBe(Buffer.byteLength(text));
    const chunks: Buffer[] = [];
    for await (const chunk of encodedInTurns(text)) chunks.push(chunk as Buffer);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Buffer.concat(chunks).equals(Buffer.from(text))).toBe(true);
  });

  it('lets other work run between the pieces', async () => {
    const order: string[] = [];
    let others = 0;
    const other = (): void => {
      others += 1;
      if (order.length === 0 || order.at(-1) !== 'other') order.push('other');
      if (others < 50) setImmediate(other);
    };
    setImmediate(other);
    const counted = byteLengthInTurns(text).then(() => order.push('counted'));
    await counted;
    for await (const chunk of encodedInTurns(text)) {
      expect(chunk).toBeInstanceOf(Buffer);
      order.push('piece');
    }
    // other work ran before the count ended and between the pieces, not only after them
    expect(order.indexOf('other')).toBeLessThan(order.indexOf('counted'));
    expect(order.slice(order.indexOf('piece')).filter((s) => s === 'other').length).toBeGreaterThan(
      1,
    );
  });
});
