import { describe, expect, it } from 'vitest';
import { classify, type IntentInput } from './intent.ts';

const base: IntentInput = {
  q: '',
  agents: 1,
  firstIsPost: false,
  duty: false,
  years: 0,
  quoted: false,
};
const intent = (q: string, more: Partial<IntentInput> = {}) => classify({ ...base, q, ...more });

describe('classify (names stand as x)', () => {
  it.each([
    ['who holds x to account', 'HOLDERS'],
    ['who scrutinises x', 'HOLDERS'],
    ['who is x accountable to in the 2019 plan', 'HOLDERS'],
    ['whom does x hold to account', 'HELD'],
    ['who is accountable to x', 'HELD'],
    ['who sits on x', 'MEMBERS'],
    ['who chairs x', 'CHAIRS'],
    ['what are x sub groups', 'SUBGROUPS'],
    ['what is the escalation route in x', 'ESCALATION'],
    ['is x statutory', 'STATUTORY_BASIS'],
    ['who reports to x and how often', 'REPORTING'],
  ])('"%s" is %s', (q, expected) => {
    expect(intent(q)).toBe(expected);
  });

  it("reads a post's duties, and two names as a chain or joint work", () => {
    expect(intent('what does x carry', { firstIsPost: true })).toBe('POST_DUTIES');
    expect(intent('what is the chain of accountability between x and x', { agents: 2 })).toBe(
      'CHAIN',
    );
    expect(intent('what do x and x do together', { agents: 2 })).toBe('JOINT_WORK');
  });

  it('reads document questions without a name', () => {
    const doc = { agents: 0 };
    expect(intent('when is the protocol due for review', doc)).toBe('DOCUMENT_REVIEW');
    expect(intent('who signed the 2014 protocol', { ...doc, years: 1 })).toBe(
      'DOCUMENT_SIGNATORIES',
    );
    expect(intent('what does figure 1 show', doc)).toBe('MISSING_CONTENT');
    expect(intent('what changed between 2014 and 2019', { ...doc, years: 2 })).toBe('CHANGES');
    expect(intent('who is responsible for training', { ...doc, duty: true })).toBe('DUTY_HOLDERS');
  });

  it('searches for a quoted phrase and for what fits no rule', () => {
    expect(intent('"does not duplicate"', { quoted: true })).toBe('SEARCH');
    expect(intent('tell me about the weather', { agents: 0 })).toBe('SEARCH');
  });
});
