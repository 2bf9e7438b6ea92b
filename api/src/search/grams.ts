/**
 * Trigram posting lists over a list of texts (the search haystack): which of
 * them may contain a needle, in list order, without reading them all.
 *
 * Each text's trigrams (UTF-16 units, plus one "end" gram per text: its last
 * two units and an end mark, so 2-unit needles at the very end are found) are
 * listed once per text; a needle of 3+ units can only occur in a text holding
 * every trigram of it (the intersection of their lists), a needle of 2 units
 * only in one holding a trigram that starts with it (their union). The
 * caller verifies every candidate with the same substring test a full scan
 * runs, so answers do not change; the index only skips texts that cannot
 * match. Lists are one flat Int32Array (ascending text numbers per gram),
 * kept in private fields: graph caches freeze and walk their values, and a
 * typed array can be neither frozen nor walked cheaply.
 */

/** Units are numbered 1..A; trigram codes are ((x*R)+y)*R+z with R = A+2, kept below 2^31. */
const MAX_RADIX = 1290;
/** After this many texts of a needle's shortest trigram list, lists that rejected none of the PRUNE_ASKED or more they were asked about are dropped. */
const PRUNE_AFTER = 64;
const PRUNE_ASKED = 16;
/** Below this many possible codes, building looks grams up in a flat table (4 bytes a code, dropped after). */
const FLAT_CODES = 1 << 21;

export class GramIndex {
  readonly #units: Map<number, number>;
  readonly #radix: number;
  /** gram code -> gram number */
  readonly #grams: Map<number, number>;
  /** bigram code (x*R+y) -> the numbers of the grams that start with it */
  readonly #byPrefix: Map<number, Int32Array>;
  /** postings of gram g: #postings[#starts[g] .. #starts[g+1]) */
  readonly #starts: Int32Array;
  readonly #postings: Int32Array;

  private constructor(
    units: Map<number, number>,
    radix: number,
    grams: Map<number, number>,
    byPrefix: Map<number, Int32Array>,
    starts: Int32Array,
    postings: Int32Array,
  ) {
    this.#units = units;
    this.#radix = radix;
    this.#grams = grams;
    this.#byPrefix = byPrefix;
    this.#starts = starts;
    this.#postings = postings;
  }

  /**
   * The index of `count` texts; `textsOf(i)` gives the strings of text i (a
   * candidate matches when any of them contains the needle). Null when the
   * texts use too many distinct units for the trigram codes (callers scan).
   */
  static build(count: number, textsOf: (i: number) => readonly string[]): GramIndex | null {
    // unit -> its number (1..A), by table: looked up for every unit of every text, twice
    const table = new Uint16Array(65536);
    const units = new Map<number, number>();
    for (let i = 0; i < count; i += 1) {
      for (const s of textsOf(i)) {
        for (let k = 0; k < s.length; k += 1) {
          const c = s.charCodeAt(k);
          if (table[c] === 0) {
            if (units.size + 2 >= MAX_RADIX) return null;
            units.set(c, units.size + 1);
            table[c] = units.size;
          }
        }
      }
    }
    const radix = units.size + 2;
    const end = radix - 1;
    // gram code -> gram number + 1: a flat table when it is small, else a map
    const flat = radix ** 3 <= FLAT_CODES ? new Int32Array(radix ** 3) : null;
    const grams = new Map<number, number>();
    const counts: number[] = [];
    const last: number[] = [];
    /** Calls `visit(gram number)` once for each distinct gram of text i (numbering new grams). */
    const eachGram = (i: number, visit: (g: number) => void) => {
      for (const s of textsOf(i)) {
        if (s.length < 2) continue;
        let x = table[s.charCodeAt(0)]!;
        let y = table[s.charCodeAt(1)]!;
        for (let k = 2; k <= s.length; k += 1) {
          const z = k < s.length ? table[s.charCodeAt(k)]! : end;
          const code = (x * radix + y) * radix + z;
          let g = flat ? flat[code]! - 1 : (grams.get(code) ?? -1);
          if (g < 0) {
            g = grams.size;
            grams.set(code, g);
            if (flat) flat[code] = g + 1;
            counts.push(0);
            last.push(-1);
          }
          if (last[g] !== i) {
            last[g] = i;
            visit(g);
          }
          x = y;
          y = z;
        }
      }
    };
    for (let i = 0; i < count; i += 1) eachGram(i, (g) => (counts[g] = counts[g]! + 1));
    const starts = new Int32Array(grams.size + 1);
    for (let g = 0; g < grams.size; g += 1) starts[g + 1] = starts[g]! + counts[g]!;
    const postings = new Int32Array(starts[grams.size]!);
    const fill = starts.slice(0, grams.size);
    last.fill(-1);
    for (let i = 0; i < count; i += 1)
      eachGram(i, (g) => {
        postings[fill[g]!] = i;
        fill[g] = fill[g]! + 1;
      });
    const prefixLists = new Map<number, number[]>();
    for (const [code, g] of grams) {
      const prefix = Math.floor(code / radix);
      const list = prefixLists.get(prefix);
      if (list) list.push(g);
      else prefixLists.set(prefix, [g]);
    }
    const byPrefix = new Map<number, Int32Array>();
    for (const [prefix, list] of prefixLists) byPrefix.set(prefix, Int32Array.from(list));
    return new GramIndex(units, radix, grams, byPrefix, starts, postings);
  }

  /**
   * Bytes the index holds, estimated: its typed arrays, and its maps as the
   * graph caches' estimate counts a Map (cache.ts `bytesOf`: 24 an entry).
   */
  get bytes(): number {
    let prefixes = 0;
    for (const grams of this.#byPrefix.values()) prefixes += 64 + grams.byteLength;
    const entries = this.#units.size + this.#grams.size + this.#byPrefix.size;
    return this.#postings.byteLength + this.#starts.byteLength + prefixes + 32 * 3 + 24 * entries;
  }

  /**
   * Calls `visit(i)` in ascending order for every text that may contain
   * `needle` (2+ units), a superset of those that do; stops when `visit`
   * returns false.
   */
  candidates(needle: string, visit: (i: number) => boolean): void {
    if (needle.length < 2) throw new Error('GramIndex: needles have 2 or more units');
    const ids: number[] = [];
    for (let k = 0; k < needle.length; k += 1) {
      const u = this.#units.get(needle.charCodeAt(k));
      if (u === undefined) return; // a unit no text holds
      ids.push(u);
    }
    const r = this.#radix;
    if (ids.length === 2) {
      const grams = this.#byPrefix.get(ids[0]! * r + ids[1]!);
      if (grams) this.#union(grams, visit);
      return;
    }
    const lists: [number, number][] = [];
    const seen = new Set<number>();
    for (let k = 0; k + 2 < ids.length; k += 1) {
      const g = this.#grams.get((ids[k]! * r + ids[k + 1]!) * r + ids[k + 2]!);
      if (g === undefined) return;
      if (seen.has(g)) continue;
      seen.add(g);
      lists.push([this.#starts[g]!, this.#starts[g + 1]!]);
    }
    this.#intersection(lists, visit);
  }

  /** Every text in at least one of the grams' lists, in order (a merge: stops early). */
  #union(grams: Int32Array, visit: (i: number) => boolean): void {
    const p = this.#postings;
    const at: number[] = [];
    const to: number[] = [];
    for (const g of grams) {
      if (this.#starts[g + 1]! > this.#starts[g]!) {
        at.push(this.#starts[g]!);
        to.push(this.#starts[g + 1]!);
      }
    }
    for (;;) {
      let doc = -1;
      for (let j = 0; j < at.length; j += 1) {
        const k = at[j]!;
        if (k < to[j]! && (doc < 0 || p[k]! < doc)) doc = p[k]!;
      }
      if (doc < 0 || !visit(doc)) return;
      for (let j = 0; j < at.length; j += 1) {
        const k = at[j]!;
        if (k < to[j]! && p[k] === doc) at[j] = k + 1;
      }
    }
  }

  /**
   * Every text in all the lists ([from, to) ranges of the postings), in
   * order; or a superset of them: once PRUNE_AFTER texts of the shortest list
   * are walked, a list asked about PRUNE_ASKED of them or more that rejected
   * none is dropped (the trigrams of one word
   * list nearly the same texts, and galloping through each of them cost more
   * than the caller's substring test of the few texts they would reject).
   */
  #intersection(ranges: [number, number][], visit: (i: number) => boolean): void {
    const p = this.#postings;
    ranges.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    const [first, ...rest] = ranges;
    if (!first) return;
    const at = rest.map(([from]) => from);
    const ends = rest.map(([, to]) => to);
    /** How often each list was asked about a text, and how often it rejected one. */
    const asked = rest.map(() => 0);
    const rejected = rest.map(() => 0);
    let pruned = rest.length === 0;
    outer: for (let k = first[0]; k < first[1]; k += 1) {
      const doc = p[k]!;
      if (!pruned && k - first[0] === PRUNE_AFTER) {
        pruned = true;
        for (let j = rest.length - 1; j >= 0; j -= 1) {
          if (asked[j]! >= PRUNE_ASKED && rejected[j] === 0) {
            at.splice(j, 1);
            ends.splice(j, 1);
          }
        }
      }
      for (let j = 0; j < at.length; j += 1) {
        const to = ends[j]!;
        if (!pruned) asked[j] = asked[j]! + 1;
        // gallop to the first posting >= doc
        let lo = at[j]!;
        if (lo >= to) return;
        if (p[lo]! < doc) {
          let step = 1;
          let hi = lo + 1;
          while (hi < to && p[hi]! < doc) {
            lo = hi;
            step *= 2;
            hi = lo + step;
          }
          if (hi > to) hi = to;
          // p[lo] < doc; p[hi] >= doc or hi === to
          while (hi - lo > 1) {
            const mid = (lo + hi) >>> 1;
            if (p[mid]! < doc) lo = mid;
            else hi = mid;
          }
          lo = hi;
        }
        at[j] = lo;
        if (lo >= to) return;
        if (p[lo] !== doc) {
          if (!pruned) rejected[j] = rejected[j]! + 1;
          continue outer;
        }
      }
      if (!visit(doc)) return;
    }
  }
}

/**
 * Bytes a kept value holds where the graph caches' estimate (cache.ts
 * `bytesOf`, which walks own enumerable properties) cannot see them: a
 * GramIndex keeps its lists in private fields. An empty Map whose `size` is
 * one entry per 24 bytes, which is what `bytesOf` counts of a Map (32 + 24 an
 * entry, then its entries: none), so a kept value holding one is counted
 * against the cache's bound and the store's budget with its lists.
 */
export class HeldBytes extends Map<never, never> {
  constructor(bytes: number) {
    super();
    // an own, non-enumerable `size` in place of Map's getter
    Object.defineProperty(this, 'size', { value: Math.ceil(Math.max(0, bytes) / 24) });
  }
}
