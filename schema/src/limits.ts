/**
 * THE limits table: every bound on what a file or a field may hold, in one
 * place, with the figure it was sized from (docs/security.md, "Limits").
 * Enforced by the YAML reader (yaml.ts), the area-file schema and validator
 * (graph-seed/src/model) and the canonical JSON import
 * (graph-seed/src/model/canonical.schema.ts). A violation is a located
 * Problem; nothing is written.
 */
export const LIMITS = {
  /** Bytes of one area file. Largest bundled: 175,171 (wiltshire-2019.yaml). */
  areaFileBytes: 1_048_576,
  /** Bytes of one source text. Largest bundled: 30,473. */
  sourceFileBytes: 1_048_576,
  /** Bytes of one canonical JSON import. National synthetic export: 131,047,908. */
  canonicalImportBytes: 268_435_456,
  /**
   * Bytes of one uploaded document: the reader (`seed draft`) refuses a
   * larger file before reading it; the upload path (not open yet) must too.
   */
  uploadBytes: 20_971_520,
  /** YAML alias nodes (`*name`) in one area file. Bundled: 0. */
  yamlAliases: 100,
  /** Values produced by one YAML file once aliases are expanded. Bundled: 4,490. */
  yamlValues: 50_000,
  /** Nesting depth of one YAML file (mappings and sequences). Bundled: 7. */
  yamlDepth: 32,
  /** Characters of a mapping key or property name. Bundled: 17. */
  keyLength: 100,
  /** Characters of an id. Bundled: 72. */
  idLength: 200,
  /** Characters of a name, an alias, a local authority. Bundled: 83. */
  nameLength: 500,
  /** Aliases of one node. Bundled: 6. */
  aliasCount: 50,
  /** Characters of a password: at least (NCSC/NIST: length over composition rules). */
  passwordMinLength: 12,
  /** Characters of a password: at most (bounds the argon2 input; a passphrase fits). */
  passwordMaxLength: 256,
  /** Characters of an e-mail address (RFC 5321 path limit). */
  emailLength: 254,
  /** Characters of an evidence quote. Bundled: 386. */
  quoteLength: 4_000,
  /** Characters of an obligation's text. Bundled: 508. */
  obligationLength: 5_000,
  /** Characters of a note (document notes, a relationship's note). Bundled: 2,033. */
  noteLength: 20_000,
  /** Characters of any other text value (title, section, subject, ...). Bundled: 370. */
  textLength: 2_000,
  /** Nodes (declared nodes and obligations) of one area. National synthetic: 518. */
  nodesPerArea: 5_000,
  /** Relationships of one area. National synthetic: 1,624. */
  relationshipsPerArea: 20_000,
  /** Years a date may name. Bundled: 2007-2025. */
  yearMin: 1900,
  yearMax: 2100,

  // ---- The GraphQL server (api/src/http/limits.ts; docs/security.md "Query limits") ----
  /** Deepest selection of a GraphQL operation (each field or fragment one level). Explorer: 6. */
  queryDepth: 12,
  /** Aliased fields per operation. Explorer: 0. */
  queryAliases: 15,
  /** Directives per operation. Explorer: 0. */
  queryDirectives: 10,
  /** Lexical tokens per document. Explorer: 61. */
  queryTokens: 2_000,
  /**
   * Cost of an operation: object 2, scalar 1, x1.5 per level, subtree x its
   * page size (`first`/`last` literal, variable or default 50). Explorer: 5,102.
   */
  queryCost: 25_000,
  /** Milliseconds one GraphQL request may run before it is stopped. Explorer's slowest: ~300. */
  requestMs: 10_000,
  /** GraphQL requests executed at once; more wait in the queue. */
  concurrentRequests: 8,
  /** GraphQL requests waiting for a slot; beyond, 503 + Retry-After. */
  queuedRequests: 64,
  /** Milliseconds a request may wait in the queue before 503 + Retry-After. */
  queueWaitMs: 5_000,
  /** Operations costing at most this run at once, never queued (`{ __typename }`: 1; area list: 12.5). */
  queueFreeCost: 25,
  /** Bytes of one GraphQL response body. Largest real answer: Wiltshire export, 1.3 MB. */
  responseBytes: 16_777_216,
} as const;

export type LimitName = keyof typeof LIMITS;

/**
 * Made once, when the module loads: the first `toLocaleString('en-GB')` of a
 * process loads the locale's data (~30 ms of one event-loop task in bench:load's
 * CPU profile, the first SERVER_BUSY answer under load).
 */
const FIGURES = new Intl.NumberFormat('en-GB');

/** `1,048,576` */
export function figure(n: number): string {
  return FIGURES.format(n);
}

/**
 * Characters refused in any text: C0 controls except tab and line feed,
 * DEL, C1 controls. (A carriage return is normalised away in area files
 * before this check; in a JSON string it is refused.)
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A UTF-16 surrogate without its pair: it has no UTF-8 encoding. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why `s` is refused (a control character or an unpaired surrogate), or null. */
export function badCharacter(s: string): { index: number; message: string } | null {
  const m = CONTROL.exec(s);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { index: m.index, message: `control character U+${code} is not allowed` };
  }
  const lone = LONE_SURROGATE.exec(s);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return { index: lone.index, message: `unpaired surrogate U+${code} is not valid Unicode` };
  }
  return null;
}

/** Why a year is refused, or null. `date` is an ISO date (`YYYY[-MM[-DD]]`). */
export function badYear(date: string): string | null {
  const year = Number(date.slice(0, 4));
  if (year >= LIMITS.yearMin && year <= LIMITS.yearMax) return null;
  return `year ${date.slice(0, 4)} is outside ${LIMITS.yearMin}-${LIMITS.yearMax}`;
}

/** `length: 2,000,001 characters, over the limit of 500` */
export function tooLong(what: string, length: number, limit: number): string {
  return `${what} is ${figure(length)} characters, over the limit of ${figure(limit)}`;
}

export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; line: number; column: number; message: string; expected: string };

/** 1-based line and column of `index` in `text`. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/**
 * Decodes file bytes as strict UTF-8 within `maxBytes`. With `normalise`, a
 * leading BOM is dropped and CRLF / CR become LF (area files, JSON: nothing
 * points into their bytes). Source texts are decoded WITHOUT normalising:
 * evidence offsets index them as stored.
 */
export function decodeText(
  bytes: Uint8Array,
  what: string,
  maxBytes: number,
  normalise: boolean,
): DecodedText {
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `${what} is ${figure(bytes.byteLength)} bytes, over the limit of ${figure(maxBytes)}`,
      expected: `at most ${figure(maxBytes)} bytes`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, column, byte } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      line,
      column,
      message:
        byte === undefined
          ? 'invalid UTF-8 (a character cut at the end of the file)'
          : `invalid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')})`,
      expected: 'a UTF-8 text file',
    };
  }
  if (normalise) {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  }
  return { ok: true, text };
}

/** Where the first byte that is not valid UTF-8 is (line and column of the text before it). */
function firstInvalidUtf8(bytes: Uint8Array): {
  line: number;
  column: number;
  byte: number | undefined;
} {
  // Decode ever longer valid prefixes: the largest prefix that decodes
  // fatally (with `stream`, which tolerates a cut sequence) ends at the bad byte.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lo = 0;
  let hi = bytes.byteLength;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, mid), {
        stream: true,
      });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  const prefix = decoder.decode(bytes.subarray(0, lo), { stream: true });
  return { ...lineColumn(prefix, prefix.length), byte: bytes[lo] };
}
