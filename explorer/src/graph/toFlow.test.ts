import { describe, expect, it } from 'vitest';
import { body, organisation } from './fixtures';
import { handleSides, humanise, toFlowNode } from './toFlow';

describe('toFlowNode', () => {
  it('chooses the node component by label and keeps the name as text and label', () => {
    const b = toFlowNode(body('w/wscb', 'Wiltshire Safeguarding Children Board', 'assurance'));
    expect(b.type).toBe('body');
    expect(b.data.name).toBe('Wiltshire Safeguarding Children Board');
    expect(b.data.detail).toBe('Safeguarding children board · assurance');
    expect(b.data.appearance.key).toBe('assurance');
    expect(b.ariaLabel).toMatch(/^Wiltshire Safeguarding Children Board \(/);
    expect(toFlowNode(organisation('w/p', 'Wiltshire Police')).type).toBe('generic');
    expect(
      toFlowNode({ id: 'x', label: 'Post', name: 'DCS', kind: null, function: null }).type,
    ).toBe('post');
  });
});

describe('helpers', () => {
  it('humanises slugs', () => {
    expect(humanise('safeguarding-children-board')).toBe('Safeguarding children board');
  });

  it('chooses handle sides from relative positions', () => {
    const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
    expect(handleSides(box(0, 0), box(0, 100))).toEqual({
      sourceHandle: 'bottom',
      targetHandle: 'top',
    });
    expect(handleSides(box(0, 100), box(0, 0))).toEqual({
      sourceHandle: 'top',
      targetHandle: 'bottom',
    });
    expect(handleSides(box(200, 0), box(0, 10))).toEqual({
      sourceHandle: 'left',
      targetHandle: 'right',
    });
  });
});
