import { isMap, isPair, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { parseYaml, type PathSegment, type Problem } from '@accgraph/schema';
import { locateQuote, sectionBefore } from './quotes.ts';

export interface FixResult {
  /** The new file text (identical to the input when nothing changed). */
  text: string;
  /** Evidence entries whose offsets were filled or repaired. */
  fixed: number;
  /** Evidence entries whose offsets were already right. */
  kept: number;
  /** Quotes that could not be located (the entry is left as it was). */
  problems: Problem[];
}

interface Edit {
  at: number;
  /** Characters replaced from `at` (0 for an insertion). */
  length: number;
  text: string;
}

const pairOf = (map: YAMLMap, key: string) =>
  map.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);

/**
 * Fills or repairs `start`/`end` of every evidence quote of an area file.
 * Offsets that already point at the quote (after its section heading) are kept;
 * otherwise the first occurrence after the section heading is chosen.
 * The file is edited in place at the exact character ranges the YAML
 * Document API reports, so comments, key order, quoting and folding are
 * untouched; missing keys are appended after the entry's last key.
 */
export function fixOffsets(file: string, text: string, source: string): FixResult {
  const parsed = parseYaml(file, text);
  if (parsed.problems.length > 0) return { text, fixed: 0, kept: 0, problems: parsed.problems };
  const edits: Edit[] = [];
  const problems: Problem[] = [];
  let fixed = 0;
  let kept = 0;

  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

  const setValues = (map: YAMLMap, values: { start: number; end: number }) => {
    const missing: string[] = [];
    for (const key of ['start', 'end'] as const) {
      const pair = pairOf(map, key);
      const value = String(values[key]);
      if (pair && isScalar(pair.value) && pair.value.range) {
        const [s, e] = pair.value.range;
        edits.push({ at: s, length: e - s, text: value });
      } else if (pair && isScalar(pair.key) && pair.key.range) {
        const colon = text.indexOf(':', pair.key.range[1]);
        edits.push({ at: colon + 1, length: 0, text: ` ${value}` });
      } else {
        missing.push(`${key}: ${value}`);
      }
    }
    if (missing.length === 0 || !map.range) return;
    if (map.flow) {
      const close = text.lastIndexOf('}', map.range[1]);
      let at = close;
      while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
      const comma = text[at - 1] === ',' ? ' ' : ', ';
      edits.push({ at, length: 0, text: `${comma}${missing.join(', ')}` });
      return;
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!isPair(first) || !isPair(last) || !isScalar(first.key) || !first.key.range) return;
    const indent = ' '.repeat(first.key.range[0] - lineStart(first.key.range[0]));
    const lastNode = (last.value ?? last.key) as { range?: [number, number, number] } | null;
    let pos = lastNode?.range?.[1] ?? map.range[1];
    while (pos > 0 && /\s/.test(text[pos - 1] ?? '')) pos--;
    const eol = text.indexOf('\n', pos);
    const at = eol === -1 ? text.length : eol;
    edits.push({ at, length: 0, text: missing.map((m) => `\n${indent}${m}`).join('') });
  };

  const visitEvidence = (map: YAMLMap, path: PathSegment[]) => {
    const quote = map.get('quote');
    const section = map.get('section');
    if (typeof quote !== 'string' || typeof section !== 'string') return;
    const start = map.get('start');
    const end = map.get('end');
    if (
      typeof start === 'number' &&
      typeof end === 'number' &&
      source.slice(start, end) === quote &&
      sectionBefore(source, section, start)
    ) {
      kept++;
      return;
    }
    const located = locateQuote(source, quote, section);
    if ('error' in located) {
      problems.push(parsed.problem([...path, 'quote'], located.error, located.expected));
      return;
    }
    fixed++;
    setValues(map, located);
  };

  const visit = (node: unknown, path: PathSegment[]) => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key === 'evidence' && isSeq(pair.value)) {
        pair.value.items.forEach((item, i) => {
          if (isMap(item)) visitEvidence(item, [...path, key, i]);
        });
      } else visit(pair.value, [...path, key]);
    }
  };
  visit(parsed.doc.contents, []);

  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, e.at) + e.text + out.slice(e.at + e.length);
  }
  if (out !== text && parseYaml(file, out).problems.length > 0) {
    throw new Error(`fix-offsets produced invalid YAML for ${file}; file left unchanged`);
  }
  return { text: out, fixed, kept, problems };
}
