import { describe, expect, it } from 'vitest';
import { computeDecorations } from '../graph/decorations';
import { sampleGraph } from '../graph/fixtures';
import type { ApiFindingFlag } from '../graph/types';
import { selectViewGraph } from '../graph/view';
import { NO_SHIFTS, NO_SLOTS, placeBadges, type Box } from './declutter';

const view = selectViewGraph(sampleGraph());
const HTA = 'area/2014:HOLDS_TO_ACCOUNT:w/wscb->w/trust';
const flag = (subjectId: string, findingIds: string[]): ApiFindingFlag => ({
  subjectId,
  subjectKind: subjectId.includes(':') ? 'relationship' : 'node',
  count: findingIds.length,
  highestSeverity: 'HIGH',
  allAccepted: false,
  findingIds,
  ruleIds: ['R'],
});
const decorations = computeDecorations(view, {
  flags: [flag('w/wscb', ['f1']), flag('w/trust', ['f2']), flag(HTA, ['f3'])],
});
const edgeKey = `edge:${view.edges.find((e) => e.type === 'HOLDS_TO_ACCOUNT')!.id}`;
const box = (left: number, top: number, size = 20): Box => ({
  left,
  top,
  right: left + size,
  bottom: top + size,
});

describe('placeBadges', () => {
  it('leaves badges far apart alone', () => {
    const placed = placeBadges(
      [
        { key: 'node:w/wscb', box: box(0, 0), shift: 0 },
        { key: 'node:w/trust', box: box(500, 0), shift: 0 },
      ],
      [],
      decorations,
    );
    expect([...placed.slots.values()].every((s) => !s.hidden)).toBe(true);
    expect(placed.shifts).toBe(NO_SHIFTS);
  });

  it('merges badges that meet, so one shows both findings', () => {
    const placed = placeBadges(
      [
        { key: 'node:w/wscb', box: box(0, 0), shift: 0 },
        { key: 'node:w/trust', box: box(10, 5), shift: 0 },
      ],
      [],
      decorations,
    );
    const shown = [...placed.slots.values()].filter((s) => !s.hidden);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.hidden ? [] : [...shown[0]!.flag.findingIds].sort()).toEqual(['f1', 'f2']);
  });

  it('moves an edge badge below the wording it covers, measured from where it would be unmoved', () => {
    const label: Box = { left: 0, top: 100, right: 80, bottom: 115 };
    const first = placeBadges(
      [{ key: edgeKey, box: box(30, 105), shift: 0 }],
      [label],
      decorations,
    );
    expect(first.shifts.get(edgeKey)).toBe(13); // 115 + 3 - 105
    // Drawn moved (13 px lower): the same answer, so nothing is redrawn.
    const again = placeBadges(
      [{ key: edgeKey, box: box(30, 118), shift: 13 }],
      [label],
      decorations,
    );
    expect(again.shifts.get(edgeKey)).toBe(13);
    expect(again.key).toBe(first.key);
  });

  it('moves an edge badge off a node it would cover, to the nearer free side', () => {
    // A node from 100 to 160; the badge (20 px) at 140: up to 77 is 63 px, down to 163 is 23 px.
    const nodeBox: Box = { left: 0, top: 100, right: 200, bottom: 160 };
    const placed = placeBadges(
      [{ key: edgeKey, box: box(30, 140), shift: 0 }],
      [nodeBox],
      decorations,
    );
    expect(placed.shifts.get(edgeKey)).toBe(23);
    // A second node right below: going down would land on it, so up it goes.
    const below: Box = { left: 0, top: 170, right: 200, bottom: 230 };
    const up = placeBadges(
      [{ key: edgeKey, box: box(30, 140), shift: 0 }],
      [nodeBox, below],
      decorations,
    );
    expect(up.shifts.get(edgeKey)).toBe(-63);
    // Nothing clear within reach: left where it is.
    const wall: Box = { left: 0, top: -1000, right: 200, bottom: 1000 };
    expect(
      placeBadges([{ key: edgeKey, box: box(30, 140), shift: 0 }], [wall], decorations).shifts,
    ).toBe(NO_SHIFTS);
  });

  it('skips badges with no flag or not drawn, and merges nothing for one badge', () => {
    const placed = placeBadges(
      [
        { key: 'node:w/police', box: box(0, 0), shift: 0 },
        { key: 'node:w/wscb', box: { left: 5, top: 5, right: 5, bottom: 5 }, shift: 0 },
        { key: 'node:w/trust', box: box(0, 0), shift: 0 },
      ],
      [],
      decorations,
    );
    expect(placed.slots).toBe(NO_SLOTS);
  });
});
