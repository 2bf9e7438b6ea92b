import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readableBlocks, shownText } from './readable';

const TEXT = [
  '## **Protocol between the Board and the Trust**',
  '',
  '### **1. Aim**',
  '',
  'The Board and the **Trust** have roles.',
  '',
  '- Present its Annual Report.',
  '1. **A Quality and Impact Group** which focusses on quality.',
  '*Review Date: 02.10.2015*',
].join('\n');

describe('readableBlocks', () => {
  const blocks = readableBlocks(TEXT);
  it('shows headings, bullets and emphasis without their Markdown marks', () => {
    expect(shownText(TEXT, blocks).split('\n')).toEqual([
      'Protocol between the Board and the Trust',
      '1. Aim',
      'The Board and the Trust have roles.',
      'Present its Annual Report.',
      '1. A Quality and Impact Group which focusses on quality.',
      'Review Date: 02.10.2015',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'bullet',
      'numbered',
      'paragraph',
    ]);
  });
  it('every run is the stored text at its offsets (what a selection maps back to)', () => {
    for (const b of blocks)
      for (const r of b.runs) {
        expect(r.end).toBeGreaterThan(r.start);
        expect(TEXT.slice(r.start, r.end)).not.toMatch(/\*\*/);
      }
    const trust = blocks[2]!.runs.find((r) => TEXT.slice(r.start, r.end) === 'Trust')!;
    expect(TEXT.slice(trust.start - 2, trust.end + 2)).toBe('**Trust**');
  });
  it('on the bundled sources: no run shows a mark, runs are in order and never overlap', () => {
    const dir = new URL('../../../graph-seed/sources/', import.meta.url);
    for (const file of [
      'wiltshire-2014-wscb-childrens-trust-protocol.txt',
      'wiltshire-2019-safeguarding-plan-svpp.txt',
      'walsall-2017-inter-board-safeguarding-protocol.txt',
    ]) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const runs = readableBlocks(text).flatMap((b) => b.runs);
      let last = 0;
      for (const r of runs) {
        expect(r.start).toBeGreaterThanOrEqual(last);
        last = r.end;
      }
      const shown = shownText(text, readableBlocks(text));
      expect(shown, file).not.toContain('**');
      expect(shown, file).not.toMatch(/^#/m);
      expect(shown, file).not.toMatch(/^- /m);
    }
  });
});
