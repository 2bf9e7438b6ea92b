import { describe, expect, it } from 'vitest';
import { obligation } from './diff.fixtures.ts';
import { diffObligations, normaliseText, textSimilarity } from './obligations.match.ts';

const WSCB = ['shire/wscb'];

describe('text similarity', () => {
  it('ignores case, punctuation and typographic quotes', () => {
    expect(normaliseText('Present its “Annual Report” to the Trust’s Board.')).toBe(
      'present its annual report to the trusts board',
    );
    expect(textSimilarity('Publish an annual report', 'publish an Annual Report.')).toBe(1);
    expect(textSimilarity('Publish an annual report', 'Attend meetings')).toBe(0);
  });
});

describe('diffObligations', () => {
  it('pairs the only obligation with the same holders and duty types, whatever its text', () => {
    const d = diffObligations(
      [
        obligation(
          's/2014',
          'a',
          WSCB,
          ['ANNUAL_REPORT'],
          'Present its Annual Report to the Trust',
        ),
      ],
      [
        obligation('s/2019', 'b', WSCB, ['ANNUAL_REPORT'], 'Publish a yearly report', {
          cadence: 'annual',
        }),
      ],
    );
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]?.matchedBy).toBe('holders-and-duty-types');
    expect(d.changed[0]?.changes.map((c) => c.property)).toEqual(['cadence', 'text']);
  });

  it('never pairs across different holders or duty types', () => {
    const d = diffObligations(
      [obligation('s/2014', 'a', WSCB, ['ANNUAL_REPORT'], 'Publish an annual report')],
      [obligation('s/2019', 'b', ['shire/svpp'], ['ANNUAL_REPORT'], 'Publish an annual report')],
    );
    expect(d.changed).toEqual([]);
    expect(d.removed.map((o) => o.id)).toEqual(['s/2014/a']);
    expect(d.added.map((o) => o.id)).toEqual(['s/2019/b']);
  });

  it('counts identical obligations as unchanged; a text differing in case or punctuation is a change', () => {
    const same = diffObligations(
      [obligation('s/2014', 'a', WSCB, ['TRAINING'], 'Provide training.')],
      [obligation('s/2019', 'a', WSCB, ['TRAINING'], 'Provide training.')],
    );
    expect(same).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
    const reworded = diffObligations(
      [obligation('s/2014', 'a', WSCB, ['TRAINING'], 'Provide training.')],
      [obligation('s/2019', 'a', WSCB, ['TRAINING'], 'provide training')],
    );
    expect(reworded.changed.map((c) => [c.matchedBy, c.similarity, c.changes])).toEqual([
      [
        'same-text',
        1,
        [{ property: 'text', before: 'Provide training.', after: 'provide training' }],
      ],
    ]);
  });

  it('with several candidates, pairs only a clearly best text match and leaves the rest unpaired', () => {
    const before = [
      obligation(
        's/2014',
        'a',
        WSCB,
        ['HOLD_TO_ACCOUNT'],
        'Hold the Trust Chair to account for action taken by the Trust',
      ),
      obligation(
        's/2014',
        'b',
        WSCB,
        ['HOLD_TO_ACCOUNT'],
        'Challenge all relevant organisations on their performance',
      ),
    ];
    const after = [
      obligation(
        's/2019',
        'c',
        WSCB,
        ['HOLD_TO_ACCOUNT'],
        'Hold the Trust Chair to account for actions taken by the Trust',
      ),
      obligation('s/2019', 'd', WSCB, ['HOLD_TO_ACCOUNT'], 'Call any agency to account'),
    ];
    const d = diffObligations(before, after);
    expect(d.changed.map((c) => [c.before.id, c.after.id, c.matchedBy])).toEqual([
      ['s/2014/a', 's/2019/c', 'text-similarity'],
    ]);
    expect(d.changed[0]?.similarity).toBeGreaterThan(0.8);
    expect(d.removed.map((o) => o.id)).toEqual(['s/2014/b']);
    expect(d.added.map((o) => o.id)).toEqual(['s/2019/d']);
  });

  it('treats two equally good candidates as ambiguous: removed + added', () => {
    const before = [obligation('s/1', 'a', WSCB, ['X'], 'Share information with the trust')];
    const after = [
      obligation('s/2', 'b', WSCB, ['X'], 'Share information with the trust board'),
      obligation('s/2', 'c', WSCB, ['X'], 'Share information with the trust chair'),
    ];
    const d = diffObligations(before, after);
    expect(d.changed).toEqual([]);
    expect(d.removed).toHaveLength(1);
    expect(d.added).toHaveLength(2);
  });
});
