import { describe, expect, it } from 'vitest';
import { blockParts, docBlocks } from './docBlocks';

const TEXT = [
  '## **Protocol between the Board and the Trust**',
  '',
  '### 4. Responsibilities',
  'In relation to the Trust, the Board will:',
  '- Present its Annual Report to the Trust.',
  '• Advise the Trust on ways to improve.',
  '1. First numbered item',
  '*Assess the effectiveness of practice.*',
].join('\n');

describe('docBlocks', () => {
  const blocks = docBlocks(TEXT);
  const shown = blocks.map((b) => [b.kind, b.level, TEXT.slice(b.start, b.end)]);

  it('reads headings, bullets, numbered items and paragraphs, without their markers', () => {
    expect(shown).toEqual([
      ['heading', 2, 'Protocol between the Board and the Trust'],
      ['heading', 3, '4. Responsibilities'],
      ['paragraph', 0, 'In relation to the Trust, the Board will:'],
      ['bullet', 0, 'Present its Annual Report to the Trust.'],
      ['bullet', 0, 'Advise the Trust on ways to improve.'],
      ['numbered', 0, 'First numbered item'],
      ['paragraph', 0, 'Assess the effectiveness of practice.'],
    ]);
    expect(blocks[5]?.marker).toBe('1.');
  });

  it('marks exactly the quoted characters inside a block', () => {
    const quote = 'Annual Report';
    const start = TEXT.indexOf(quote);
    const bullet = blocks[3]!;
    expect(blockParts(TEXT, bullet, { start, end: start + quote.length })).toEqual([
      'Present its ',
      'Annual Report',
      ' to the Trust.',
    ]);
    expect(blockParts(TEXT, blocks[0]!, { start, end: start + quote.length })[1]).toBe('');
  });

  it('splits a quote that spans two lines between their blocks', () => {
    const start = TEXT.indexOf('the Trust.\n•');
    const end = TEXT.indexOf(' on ways');
    const parts = blocks.map((b) => blockParts(TEXT, b, { start, end })[1]).filter(Boolean);
    expect(parts).toEqual(['the Trust.', 'Advise the Trust']);
  });
});
