import { describe, expect, it } from 'vitest';
import type { Store } from '../store/index.ts';
import { SharedRecords } from './shared-records.ts';

/** A store that only reports a write generation (the cache asks nothing else). */
const storeAt = (generation: { n: number } | null) =>
  (generation ? { writeGeneration: () => generation.n } : {}) as unknown as Store;

function loader() {
  const asked: string[][] = [];
  const load = async (missing: string[]) => {
    asked.push(missing);
    return missing.map((k) => ({ key: k, list: [k] }));
  };
  return { asked, load };
}

describe('SharedRecords', () => {
  it('reads each key once per write generation, in the order asked', async () => {
    const generation = { n: 0 };
    const shared = new SharedRecords<{ key: string }>(storeAt(generation));
    const { asked, load } = loader();
    expect((await shared.get(['a', 'b'], load)).map((v) => v.key)).toEqual(['a', 'b']);
    expect((await shared.get(['b', 'c', 'a'], load)).map((v) => v.key)).toEqual(['b', 'c', 'a']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    generation.n = 2;
    await shared.get(['a'], load);
    expect(asked.at(-1)).toEqual(['a']);
  });

  it('freezes what it keeps, so a caller cannot change later answers', async () => {
    const shared = new SharedRecords<{ key: string; list: string[] }>(storeAt({ n: 0 }));
    const [value] = await shared.get(['a'], loader().load);
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => value!.list.push('b')).toThrow(TypeError);
  });

  it('keeps nothing read while a write started, and nothing on a store without a generation', async () => {
    const generation = { n: 0 };
    const racing = new SharedRecords<{ key: string }>(storeAt(generation));
    const { asked, load } = loader();
    await racing.get(['a'], async (missing) => {
      generation.n = 1;
      return load(missing);
    });
    await racing.get(['a'], load);
    expect(asked).toEqual([['a'], ['a']]);

    const neo4j = new SharedRecords<{ key: string }>(storeAt(null));
    const other = loader();
    await neo4j.get(['a'], other.load);
    await neo4j.get(['a'], other.load);
    expect(other.asked).toEqual([['a'], ['a']]);
  });

  it('empties itself rather than grow past its bound', async () => {
    const shared = new SharedRecords<{ key: string }>(storeAt({ n: 0 }), 2);
    const { asked, load } = loader();
    await shared.get(['a', 'b'], load);
    await shared.get(['c'], load);
    await shared.get(['a'], load);
    expect(asked).toEqual([['a', 'b'], ['c'], ['a']]);
  });
});
