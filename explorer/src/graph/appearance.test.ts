import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_TYPES,
  BODY_FUNCTION_APPEARANCE,
  edgeAppearance,
  nodeAppearance,
  targetSitsAbove,
} from './appearance';

describe('nodeAppearance', () => {
  it('colours bodies by function, and the four functions differ', () => {
    const fills = ['scrutiny', 'delivery', 'strategy', 'assurance'].map(
      (fn) => nodeAppearance('Body', fn).fill,
    );
    expect(new Set(fills).size).toBe(4);
    expect(nodeAppearance('Body', 'Scrutiny')).toBe(BODY_FUNCTION_APPEARANCE.scrutiny);
  });

  it('falls back to "other" for unknown or missing body functions', () => {
    expect(nodeAppearance('Body', 'voice').key).toBe('other');
    expect(nodeAppearance('Body', null).key).toBe('other');
  });

  it('colours posts, organisations and unknown labels by label', () => {
    expect(nodeAppearance('Post').key).toBe('Post');
    expect(nodeAppearance('Organisation', 'scrutiny').key).toBe('Organisation');
    expect(nodeAppearance('Obligation').key).toBe('Unknown');
  });
});

describe('edgeAppearance', () => {
  it('emphasises every accountability type over structural ties', () => {
    const member = edgeAppearance('MEMBER_OF');
    for (const type of ACCOUNTABILITY_TYPES) {
      const look = edgeAppearance(type);
      expect(look.accountability, type).toBe(true);
      expect(look.width, type).toBeGreaterThan(member.width);
    }
    expect(member.accountability).toBe(false);
  });

  it('draws unknown types faintly, with a readable verb', () => {
    const look = edgeAppearance('CO_CHAIRS');
    expect(look.accountability).toBe(false);
    expect(look.verb).toBe('co chairs');
    expect(look.dash).toBeDefined();
  });

  it('places members and reporters below, the holder to account above', () => {
    expect(targetSitsAbove('MEMBER_OF')).toBe(true);
    expect(targetSitsAbove('REPORTS_TO')).toBe(true);
    expect(targetSitsAbove('HOLDS_TO_ACCOUNT')).toBe(false);
  });
});
