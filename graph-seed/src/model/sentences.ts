/** A sentence, bullet or heading of a plain-text source document. */
export interface Sentence {
  /** Offsets into the source (UTF-16, like evidence offsets); `end` exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  text: string;
  /** Headings carry no facts; coverage reports them apart. */
  kind: 'sentence' | 'heading';
}

/** Words after which a full stop does not end a sentence (lowercase, with the stop). */
const ABBREVIATIONS = new Set([
  'e.g.',
  'eg.',
  'i.e.',
  'ie.',
  'etc.',
  's.',
  'ss.',
  'sec.',
  'no.',
  'nos.',
  'para.',
  'paras.',
  'p.',
  'pp.',
  'ch.',
  'art.',
  'reg.',
  'fig.',
  'vol.',
  'cf.',
  'vs.',
  'v.',
  'viz.',
  'approx.',
  'incl.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'cllr.',
  'st.',
  'ltd.',
  'co.',
  'inc.',
  'dept.',
  'govt.',
]);

/** Bullet markers: `-`, `*`, `•`, `◆`, `1.`, `1)`, `a)`, `(a)`, `(iv)`, possibly stacked (`- ◆`). */
const BULLET =
  /^(?:\s*(?:[-*•◆▪●○■□➢➤–]|\d{1,2}[.)]|[a-z][.)]|\([a-z]\)|\([ivx]+\)|[ivx]+[.)])[ \t]+)+/i;

const HEADING_MARK = /^\s*#{1,6}\s/;
const EDGE = /^[\s*_]+|[\s*_]+$/g;

interface Item {
  start: number;
  end: number;
  bullet: boolean;
  heading: boolean;
  lines: number;
}

/** Blocks separated by blank lines; every bullet, table row and `#` heading is its own item. */
function items(text: string): Item[] {
  const out: Item[] = [];
  let current: Item | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const heading = HEADING_MARK.test(line);
    const startsItem =
      current === null || bullet !== null || heading || line.trimStart().startsWith('|');
    if (startsItem) {
      current = {
        start: lineStart + (bullet ? bullet[0].length : 0),
        end: lineEnd,
        bullet: bullet !== null,
        heading,
        lines: 1,
      };
      out.push(current);
      if (heading) current = null;
    } else if (current) {
      current.end = lineEnd;
      current.lines++;
    }
  }
  return out;
}

/** Sentence boundaries inside one item: `. `, `? `, `! ` not after an abbreviation or before lowercase. */
function splitItem(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const body = text.slice(start, end);
  const stop = /[.?!]["'\u201D\u2019)\]*]*(?=\s+(\S))/g;
  let from = 0;
  for (let m = stop.exec(body); m !== null; m = stop.exec(body)) {
    const cut = m.index + m[0].length;
    const next = m[1] ?? '';
    const word = (/\S*$/.exec(body.slice(from, m.index + 1))?.[0] ?? '')
      .toLowerCase()
      .replace(/^[("'\u2018\u201C*]+/, '');
    if (m[0][0] === '.' && ABBREVIATIONS.has(word)) continue;
    if (/[a-z]/.test(next)) continue;
    out.push([start + from, start + cut]);
    from = cut;
  }
  out.push([start + from, end]);
  return out;
}

function trimRange(text: string, start: number, end: number, heading: boolean): [number, number] {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(heading ? /^[\s#*_]+/ : /^[\s*_]+/, '').length;
  const trail = slice.length - slice.replace(/[\s*_]+$/, '').length;
  return [start + lead, Math.max(start + lead, end - trail)];
}

const isHeadingLike = (item: Item, body: string) =>
  item.heading ||
  (!item.bullet && item.lines === 1 && /^\*\*[^*].*\*\*:?$/.test(body.trim())) ||
  (!item.bullet &&
    item.lines === 1 &&
    !/[.?!:;,]["'\u201D\u2019)]*$/.test(body.replace(EDGE, '')) &&
    body.trim().split(/\s+/).length <= 12);

/** Splits a plain-text document into sentences, bullets and headings. */
export function splitSentences(text: string): Sentence[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: Sentence[] = [];
  for (const item of items(text)) {
    const body = text.slice(item.start, item.end);
    const heading = isHeadingLike(item, body);
    const ranges = heading
      ? [[item.start, item.end] as [number, number]]
      : splitItem(text, item.start, item.end);
    for (const [s, e] of ranges) {
      const [start, end] = trimRange(text, s, e, heading);
      const sentence = text.slice(start, end);
      if (!/\p{L}/u.test(sentence)) continue;
      out.push({
        start,
        end,
        line: lineAt(start),
        text: sentence.replace(/\s+/g, ' '),
        kind: heading ? 'heading' : 'sentence',
      });
    }
  }
  return out;
}
