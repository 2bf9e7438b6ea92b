import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
    // Bullets and items keep their own marker as written (quotes may include it).
    expect(TEXT.slice(blocks[3]!.markerStart, blocks[3]!.start)).toBe('- ');
    expect(TEXT.slice(blocks[5]!.markerStart, blocks[5]!.start)).toBe('1. ');
    expect(blocks[0]!.markerStart).toBe(blocks[0]!.start);
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

describe('docBlocks on the bundled source texts', () => {
  const root = fileURLToPath(new URL('../../../graph-seed/', import.meta.url));
  const yaml = readdirSync(root + 'areas')
    .map((f) => readFileSync(`${root}areas/${f}`, 'utf8'))
    .join('\n');
  const quotes = [...yaml.matchAll(/quote: "?([^"\n|]{12,})"?$/gm)].map((m) => m[1]!.trim());

  it('shows every character of every one-line quote (no quote falls in a hidden marker)', () => {
    let found = 0;
    const hidden: string[] = [];
    for (const f of readdirSync(root + 'sources').filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(`${root}sources/${f}`, 'utf8');
      const shown = new Uint8Array(text.length);
      for (const b of docBlocks(text)) shown.fill(1, b.markerStart, b.end);
      for (const q of quotes) {
        const at = text.indexOf(q);
        if (at < 0) continue;
        found++;
        for (let i = at; i < at + q.length; i++) {
          if (!shown[i] && text[i] !== '\n') {
            hidden.push(`${f}: ${q}`);
            break;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(500);
    expect(hidden).toEqual([]);
  });
});
