import fc from 'fast-check';

/**
 * Malformed area files and canonical JSON, made by mutating valid ones
 * (fast-check): inserted hostile strings, deletions, invalid UTF-8 bytes and
 * YAML alias bombs. Shared by test/integration/hostile-files.property.test.ts
 * and the fuzz script (test/fuzz/fuzz.ts).
 */

/** Strings an attacker or a careless editor would insert. */
export const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001b[0m',
    '\u007f',
    '\u0085',
    '\uFEFF',
    '\r\n',
    '\t',
    '\ud800',
    ': ',
    '- ',
    '&a ',
    '*a',
    '&self [*self]',
    '[',
    '{',
    '"',
    "'",
    '|',
    '#',
    '0000',
    '2101-01-01',
    "''",
    '!!binary',
    '<<: *a',
    '? ',
  ),
  fc.integer({ min: 0, max: 3 }).map((k) => 'x'.repeat(10 ** (k + 2))),
);

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'bomb'; levels: number; width: number };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: nasty }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('bomb' as const),
    levels: fc.integer({ min: 1, max: 9 }),
    width: fc.integer({ min: 2, max: 12 }),
  }),
);

/** Applies edits to `text` (positions taken modulo its length). */
export function mutate(text: string, edits: Edit[]): Buffer {
  let bytes = Buffer.from(text, 'utf8');
  for (const e of edits) {
    const at = bytes.length === 0 ? 0 : ('at' in e ? e.at : 0) % bytes.length;
    if (e.kind === 'insert')
      bytes = Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(e.text, 'utf8'),
        bytes.subarray(at),
      ]);
    else if (e.kind === 'delete')
      bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
    else if (e.kind === 'bytes')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
    else {
      const lines = [`b0: &b0 [${Array(e.width).fill('lol').join(', ')}]`];
      for (let i = 1; i <= e.levels; i++)
        lines.push(
          `b${i}: &b${i} [${Array(e.width)
            .fill(`*b${i - 1}`)
            .join(', ')}]`,
        );
      bytes = Buffer.concat([bytes, Buffer.from(`\n${lines.join('\n')}\n`)]);
    }
  }
  return bytes;
}
