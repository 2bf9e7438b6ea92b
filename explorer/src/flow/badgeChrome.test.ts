import { describe, expect, it } from 'vitest';
import { obscured } from './badgeChrome';

const pane = { left: 0, top: 0, right: 800, bottom: 600 };
const tools = { left: 600, top: 10, right: 790, bottom: 40 };
const box = (left: number, top: number) => ({ left, top, right: left + 40, bottom: top + 26 });

describe('badges under the canvas controls', () => {
  it('hides a badge that meets a control or leaves the pane, and only those', () => {
    expect(obscured(box(300, 300), pane, [tools])).toBe(false);
    expect(obscured(box(620, 20), pane, [tools])).toBe(true);
    expect(obscured(box(780, 300), pane, [tools])).toBe(true);
    expect(obscured(box(300, -5), pane, [tools])).toBe(true);
  });
});
