import { describe, expect, it } from 'vitest';
import { decodeText, LIMITS } from './limits.ts';
import { parseYaml } from './yaml.ts';

/** The YAML reader's bounds (aliases, values, depth, keys) and the text decoder, at their edges. */
describe('parseYaml bounds', () => {
  const ok = (text: string) => {
    const r = parseYaml('f.yaml', text);
    expect(r.problems).toEqual([]);
    return r.data;
  };
  const refused = (text: string, message: RegExp) => {
    const r = parseYaml('f.yaml', text);
    expect(r.data).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(message);
    return r.problems[0]!;
  };

  it(`aliases: ${LIMITS.yamlAliases} uses, expanded`, () => {
    const uses = (n: number) => `x: &a 1\ny: [${Array(n).fill('*a').join(', ')}]\n`;
    expect((ok(uses(LIMITS.yamlAliases)) as { y: number[] }).y).toHaveLength(100);
    const p = refused(uses(LIMITS.yamlAliases + 1), /more than 100 alias uses \(\*a\)/);
    expect([p.line, p.path]).toEqual([2, 'y[100]']);
  });

  it('a billion-laughs bomb stops at the alias limit', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    refused(lines.join('\n'), /more than 100 alias uses/);
  });

  it('a self-referencing alias and an alias without anchor are refused', () => {
    const p = refused('a: &x [1, *x]\n', /alias \*x refers to a node that contains it/);
    expect([p.line, p.column, p.path]).toEqual([1, 11, 'a[1]']);
    refused('a: &x { b: { c: *x } }\n', /refers to a node that contains it/);
    expect(ok('a: &x { b: 1 }\nc: *x\n')).toEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it(`values: ${LIMITS.yamlValues} once expanded`, () => {
    // the root mapping and the sequence count as values too
    const seq = (n: number) =>
      `x: [${Array(n - 2)
        .fill('1')
        .join(',')}]\n`;
    ok(seq(LIMITS.yamlValues));
    refused(seq(LIMITS.yamlValues + 1), /expands to more than 50,000 values/);
  });

  it(`depth: ${LIMITS.yamlDepth} levels`, () => {
    const nest = (n: number) => `x: ${'['.repeat(n - 1)}1${']'.repeat(n - 1)}\n`;
    ok(nest(LIMITS.yamlDepth));
    refused(nest(LIMITS.yamlDepth + 1), /nesting deeper than 32 levels/);
    refused(nest(100_000), /nesting deeper|YAML/);
  });

  it(`keys: ${LIMITS.keyLength} characters`, () => {
    ok(`${'k'.repeat(LIMITS.keyLength)}: 1\n`);
    refused(`${'k'.repeat(LIMITS.keyLength + 1)}: 1\n`, /a key of 101 characters/);
  });

  it('control characters: raw ones at their exact position, escaped ones at their value', () => {
    const raw = refused('a: 1\nb: x\u0001y\n', /control character U\+0001/);
    expect([raw.line, raw.column]).toEqual([2, 5]);
    const esc = refused('a: 1\nb: "x\\u0001y"\n', /control character U\+0001/);
    expect([esc.line, esc.column, esc.path]).toEqual([2, 4, 'b']);
    ok('a: "x\\ty"\nb: |\n  two\n  lines\n');
  });
});

describe('decodeText', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('refuses more than maxBytes, accepts exactly maxBytes', () => {
    expect(decodeText(bytes('abcd'), 'file', 4, true)).toEqual({ ok: true, text: 'abcd' });
    expect(decodeText(bytes('abcde'), 'file', 4, true)).toMatchObject({
      ok: false,
      message: 'file is 5 bytes, over the limit of 4',
    });
  });
  it('normalises a BOM and CRLF / CR only when asked (source texts keep their offsets)', () => {
    const text = '\uFEFFa\r\nb\rc\n';
    expect(decodeText(bytes(text), 'f', 100, true)).toEqual({ ok: true, text: 'a\nb\nc\n' });
    expect(decodeText(bytes(text), 'f', 100, false)).toEqual({ ok: true, text });
  });
  it('refuses invalid UTF-8 at the line and column of the bad sequence', () => {
    const bad = new Uint8Array([...bytes('ab\ncé'), 0xff, ...bytes('z')]);
    expect(decodeText(bad, 'f', 100, true)).toEqual({
      ok: false,
      line: 2,
      column: 3,
      message: 'invalid UTF-8 (byte 0xFF)',
      expected: 'a UTF-8 text file',
    });
    const cut = new Uint8Array([...bytes('ab'), 0xe2, 0x82]);
    expect(decodeText(cut, 'f', 100, true)).toMatchObject({
      ok: false,
      line: 1,
      column: 3,
      message: 'invalid UTF-8 (a character cut at the end of the file)',
    });
  });
});
