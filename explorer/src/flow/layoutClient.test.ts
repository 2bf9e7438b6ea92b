import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../graph/fixtures';
import { layoutInput } from '../graph/flowElements';
import { selectViewGraph } from '../graph/view';
import { layoutAhead, layoutOffThread } from './layoutClient';

describe('layoutClient (no Worker here: the same layout on a later task)', () => {
  it('answers an input it laid out lately without laying it out again', async () => {
    const input = { ...layoutInput(selectViewGraph(sampleGraph())), maxPerRow: 3 };
    const first = layoutOffThread(input);
    // The same input (a copy): the same answer, not a second layout.
    expect(layoutOffThread(structuredClone(input))).toBe(first);
    // Another pane width is another layout.
    expect(layoutOffThread({ ...input, maxPerRow: 2 })).not.toBe(first);
    expect(Object.keys((await first).positions).sort()).toEqual(
      input.nodes.map((n) => n.id).sort(),
    );
  });

  it('lays a view out ahead, so drawing it later finds it done', async () => {
    const input = { ...layoutInput(selectViewGraph(sampleGraph())), maxPerRow: 4 };
    let asked = 0;
    layoutAhead(() => {
      asked++;
      return input;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toBe(1);
    const answer = layoutOffThread(structuredClone(input));
    expect(layoutOffThread(input)).toBe(answer);
    expect(Object.keys((await answer).positions)).toHaveLength(input.nodes.length);
  });
});
