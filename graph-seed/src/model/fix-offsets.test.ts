import { describe, expect, it } from 'vitest';
import { FIXTURE_AREA, FIXTURE_SOURCE } from '../__fixtures__/fixture-dirs.ts';
import { fixOffsets } from './fix-offsets.ts';

const stripOffsets = (text: string) =>
  text.replace(/\n *(start|end): \d+/g, '').replace(/, (start|end): \d+/g, '');

describe('fixOffsets', () => {
  it('fills offsets, choosing the first occurrence after the section heading', () => {
    const stripped = stripOffsets(FIXTURE_AREA);
    expect(stripped).not.toMatch(/start:/);
    const result = fixOffsets('fixture.yaml', stripped, FIXTURE_SOURCE);
    expect(result.problems).toEqual([]);
    expect(result.fixed).toBe(8);
    // "will report annually." occurs under "2. The Board" and under "3. The Trust".
    const board = FIXTURE_SOURCE.indexOf('will report annually.');
    const trust = FIXTURE_SOURCE.indexOf('will report annually.', board + 1);
    expect(trust).toBeGreaterThan(FIXTURE_SOURCE.indexOf('### 3. The Trust'));
    expect(result.text).toContain(
      `section: 2. The Board\n        start: ${board}\n        end: ${board + 21}`,
    );
    expect(result.text).toContain(
      `section: 3. The Trust\n        start: ${trust}\n        end: ${trust + 21}`,
    );
    // The whole file is as before: comments, order, flow style, `version: 1.0`.
    expect(result.text).toBe(FIXTURE_AREA);
  });

  it('repairs wrong offsets in place and keeps right ones', () => {
    const broken = FIXTURE_AREA.replace('start: 369', 'start: 12').replace(
      'end: 409',
      'end: 13 # oops',
    );
    const result = fixOffsets('fixture.yaml', broken, FIXTURE_SOURCE);
    expect(result.fixed).toBe(1);
    expect(result.kept).toBe(7);
    expect(result.text).toBe(FIXTURE_AREA.replace('end: 409', 'end: 409 # oops'));
  });

  it('is idempotent', () => {
    const once = fixOffsets('fixture.yaml', stripOffsets(FIXTURE_AREA), FIXTURE_SOURCE).text;
    const twice = fixOffsets('fixture.yaml', once, FIXTURE_SOURCE);
    expect(twice.fixed).toBe(0);
    expect(twice.text).toBe(once);
  });

  it('reports quotes it cannot find, with their position, and leaves them alone', () => {
    const text = stripOffsets(FIXTURE_AREA).replace(
      'quote: The Trust will consult the FSB on plans.',
      'quote: The Trust shall consult.',
    );
    const result = fixOffsets('fixture.yaml', text, FIXTURE_SOURCE);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      path: 'relationships[0].evidence[0].quote',
      message: 'quote not found verbatim in the source',
    });
    expect(result.problems[0]?.line).toBe(
      text.slice(0, text.indexOf('The Trust shall')).split('\n').length,
    );
    expect(result.fixed).toBe(7);
  });

  it('reports a quote that occurs only before its section heading', () => {
    const text = FIXTURE_AREA.replace(
      'section: 2. The Board\n        start: 239',
      'section: 3. The Trust\n        start: 1',
    );
    const result = fixOffsets('fixture.yaml', text, FIXTURE_SOURCE);
    expect(result.problems).toEqual([]);
    // the first occurrence after "3. The Trust" is the Trust's sentence
    expect(result.text).toContain(`section: 3. The Trust\n        start: 347`);
  });
});
