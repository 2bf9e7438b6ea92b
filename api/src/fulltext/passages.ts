/**
 * Splits a source text into passages: every bullet and sentence, with its
 * offsets into the text (`text.slice(start, end) === passage.text`). Pure.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A sentence ends at . ! or ? followed by white space and a capital, digit, bullet or quote. */
const SENTENCE_END = /[.!?;](?=\s+["'‘“(]?[A-Z0-9•-])/g;

export function splitPassages(text: string): Span[] {
  const out: Span[] = [];
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const lineStart = line.index;
    const body = line[0];
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    const cuts: number[] = [];
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      // "2." "a." "iv." "e.g." number or letter a list item: not a sentence end.
      const word = /\S*$/.exec(body.slice(0, m.index + 1))?.[0] ?? '';
      if (/^(?:\d+(?:\.\d+)*|[a-z]|[ivxlc]+|e\.g|i\.e|no|cf)\.$/i.test(word)) continue;
      cuts.push(m.index + 1);
    }
    cuts.push(body.length);
    for (const cut of cuts) {
      push(out, text, lineStart + from, lineStart + cut);
      from = cut;
    }
  }
  return out;
}

function push(out: Span[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end - start < 2 || !/[A-Za-z0-9]/.test(text.slice(start, end))) return;
  out.push({ start, end, text: text.slice(start, end) });
}

/** The heading a passage sits under: the section of the nearest evidence quote at or before it. */
export function sectionAt(
  sections: readonly { start: number; section: string }[],
  offset: number,
): string {
  let best = '';
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid]!;
    if (s.start <= offset) {
      best = s.section;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
