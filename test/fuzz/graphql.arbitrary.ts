import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { REPO_ROOT } from '@accgraph/api/config';

/**
 * fast-check generators of requests to /graphql, built from the schema the
 * server publishes (schema/schema.graphql): valid and invalid operations
 * (fields, arguments, aliases, fragments, depth), variables of the right and
 * wrong types, operationNames, persisted-query extensions, batches, methods,
 * content types and sizes. A request is generated from a list of random
 * numbers that a deterministic builder consumes, so fast-check replays and
 * shrinks it.
 */

export const schema = buildSchema(
  readFileSync(path.join(REPO_ROOT, 'schema/schema.graphql'), 'utf8'),
);
const query = schema.getQueryType()!;

export interface FuzzRequest {
  method: string;
  /** Path and query string. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What was generated, for a failure report. */
  what: string;
}

/** Consumes random numbers (from fast-check) to make choices. */
class Choices {
  private i = 1;
  /** Half the requests aim to be valid: no deliberate mistake is made in them. */
  readonly valid: boolean;
  constructor(private readonly numbers: number[]) {
    this.valid = (numbers[0] ?? 0) % 2 === 0;
  }
  /** A deliberate mistake, `percent` of the time (never in a request aiming to be valid). */
  bad(percent: number): boolean {
    return !this.valid && this.chance(percent);
  }
  next(): number {
    const n =
      this.numbers[this.i % this.numbers.length]! + Math.floor(this.i / this.numbers.length);
    this.i += 1;
    return n;
  }
  int(max: number): number {
    return max <= 0 ? 0 : this.next() % max;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(percent: number): boolean {
    return this.int(100) < percent;
  }
}

const AREAS = ['wiltshire', 'walsall', 'oxfordshire', 'peterborough', 'nowhere', ''];
const IDS = ['wiltshire/wscb', 'wiltshire/dcs', 'walsall/wscb', 'nope/x', 'x', '../etc/passwd'];
const WEIRD_STRINGS = [
  '',
  ' ',
  'x'.repeat(5_000),
  '\u0000',
  '"; MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '${jndi:ldap://x}',
  '\ud800',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '<script>alert(1)</script>',
  '{"a":1}',
  '2014-13-45',
  '0000-01-01',
  '9999-12-31',
];

/** A literal or a JSON value for an input type: usually fitting, sometimes not. */
function inputValue(type: GraphQLInputType, c: Choices, depth = 0): unknown {
  if (c.bad(8))
    return c.pick<unknown>([null, 12.5, -1, 2 ** 53, true, 'str', [], {}, 'x'.repeat(300)]);
  if (isNonNullType(type)) return inputValue(type.ofType, c, depth);
  if (isListType(type)) {
    const n = c.pick([0, 1, 2, 3, 60]);
    return Array.from({ length: n }, () => inputValue(type.ofType, c, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return !c.bad(15) ? c.pick(values) : c.pick(['NOPE', values[0]!.toLowerCase(), '']);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || c.chance(50))
        out[field.name] = inputValue(field.type, c, depth + 1);
    }
    if (c.bad(5)) out.unknownField = 1;
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return c.valid
          ? c.pick([1, 5, 50, 200])
          : c.pick([0, 1, 5, 50, 200, 201, -5, 2 ** 31, 3.5]);
      case 'Float':
        return c.pick([0, 1.5, -1, 1e308]);
      case 'Boolean':
        return c.chance(50);
      case 'ID':
        return c.pick([...IDS, ...AREAS]);
      case 'IsoDate':
        return c.valid
          ? c.pick(['2014-01-01', '2019', '2020-06'])
          : c.pick(['2014-01-01', '2019', '2020-06', '2101-01-01', '1899-12-31', 'yesterday', '']);
      default:
        return c.valid || c.chance(70)
          ? c.pick([...AREAS, 'wilt', 'safeguarding', 'DCS'])
          : c.pick(WEIRD_STRINGS);
    }
  }
  return null;
}

/** A GraphQL literal for a JSON value (enums bare when `type` is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, type)).join(', ')}]`;
  if (typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => {
        const field = isInputObjectType(named) ? named.getFields()[k] : undefined;
        return `${k}: ${literal(v, field?.type ?? type)}`;
      })
      .join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value))
    return value;
  return JSON.stringify(value);
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
  definitions: string[];
}

function argumentsOf(args: readonly GraphQLArgument[], c: Choices, built: Built): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (!isNonNullType(arg.type) && !c.chance(30)) continue;
    if (isNonNullType(arg.type) && c.bad(3)) continue; // a required argument left out
    const value = inputValue(arg.type, c);
    if (c.chance(40)) {
      const name = `v${built.definitions.length}`;
      const declared = !c.bad(10)
        ? arg.type.toString()
        : c.pick(['Int', 'String!', '[ID!]', 'Nope']);
      built.definitions.push(`$${name}: ${declared}`);
      if (!c.bad(5)) built.variables[name] = value;
      parts.push(`${arg.name}: $${name}`);
    } else parts.push(`${arg.name}: ${literal(value, arg.type)}`);
  }
  if (c.bad(3)) parts.push(`${c.pick(['nope', 'first', 'id'])}: 1`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selection(type: GraphQLNamedType, c: Choices, depth: number, built: Built): string {
  if (isLeafType(type)) return '';
  if (depth > c.pick([3, 4, 6, 14])) return '{ __typename }';
  const possible = isUnionType(type)
    ? type.getTypes()
    : isInterfaceType(type)
      ? schema.getPossibleTypes(type)
      : [];
  if (possible.length) {
    const object = c.pick(possible);
    const inner = selection(object, c, depth + 1, built);
    return `{ __typename ... on ${object.name} ${inner || '{ __typename }'} }`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const count = 1 + c.int(c.chance(10) ? 20 : 4);
  const parts: string[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const picked = c.pick(fields);
    // the same field twice with other arguments is a conflict: only in requests meant to fail
    if (c.valid && used.has(picked.name)) continue;
    used.add(picked.name);
    if (c.bad(3)) {
      parts.push(c.pick(['nope', 'password', '__schema { types { name } }', 'idd']));
      continue;
    }
    parts.push(field(picked, c, depth, built, i));
  }
  return `{ ${parts.join(' ')} }`;
}

function field(
  f: GraphQLField<unknown, unknown>,
  c: Choices,
  depth: number,
  built: Built,
  i: number,
): string {
  const alias = c.chance(10) ? `a${i}: ` : '';
  const args = argumentsOf(f.args, c, built);
  const inner = selection(getNamedType(f.type), c, depth + 1, built);
  return `${alias}${f.name}${args} ${inner}`.trim();
}

/** An operation document (valid or not), its variables and the operation names in it. */
export function operation(c: Choices): {
  document: string;
  variables: Record<string, unknown>;
  names: string[];
} {
  const built: Built = { text: '', variables: {}, definitions: [] };
  const roots = Object.values(query.getFields());
  const count = 1 + c.int(3);
  const picked = Array.from({ length: count }, () => c.pick(roots));
  const parts = (c.valid ? [...new Set(picked)] : picked).map((f, i) => field(f, c, 1, built, i));
  const name = c.chance(60) ? `Op${c.int(3)}` : '';
  const vars = built.definitions.length ? `(${built.definitions.join(', ')})` : '';
  const kind = !c.bad(5) ? 'query' : c.pick(['mutation', 'subscription']);
  let document = `${kind} ${name}${vars} { ${parts.join(' ')} }`;
  const names = name ? [name] : [];
  if (c.chance(10) && name) {
    document += ` query Other { areas { id } }`;
    names.push('Other');
  }
  if (c.bad(5)) document += ' fragment F on Area { id ...F }';
  if (c.bad(8)) {
    // a syntax error: cut somewhere
    document = document.slice(0, c.int(document.length));
  }
  if (c.bad(3)) document = `{ ${'areas { id } '.repeat(1_000)} }`; // token flood
  return { document, variables: built.variables, names };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/graphql',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
];

/** One request to /graphql from random numbers. */
export function buildRequest(numbers: number[]): FuzzRequest {
  const c = new Choices(numbers);
  const { document, variables, names } = operation(c);
  const payload: Record<string, unknown> = { query: document };
  if (Object.keys(variables).length || c.chance(10)) {
    payload.variables = !c.bad(5) ? variables : c.pick<unknown>(['x', 5, [], null]);
  }
  if (c.chance(30) || names.length > 1) {
    payload.operationName =
      names.length && (c.valid || c.chance(60)) ? c.pick(names) : c.pick(['', 'Nope', null, 5]);
  }
  if (c.chance(10)) {
    const good = sha256(document);
    const hash = c.valid ? good : c.pick([good, 'a'.repeat(64), '', 'zz']);
    const version = c.valid ? 1 : c.pick([1, 2, '1']);
    payload.extensions = { persistedQuery: { version, sha256Hash: hash } };
    if (c.chance(40)) delete payload.query;
  }
  if (c.bad(3)) payload.extensions = c.pick<unknown>(['x', [], { persistedQuery: 'x' }]);
  const method = c.valid
    ? c.pick(['POST', 'POST', 'GET'])
    : c.pick([
        ...Array<string>(12).fill('POST'),
        ...Array<string>(5).fill('GET'),
        'PUT',
        'PATCH',
        'DELETE',
        'OPTIONS',
        'HEAD',
      ]);
  const headers: Record<string, string> = {};
  const preflight = !c.bad(10);
  if (preflight) headers['apollo-require-preflight'] = 'true';
  headers.accept = c.valid
    ? c.pick(['application/json', 'application/graphql-response+json'])
    : c.pick([
        'application/json',
        'application/graphql-response+json',
        '*/*',
        'text/html',
        'image/png',
      ]);
  const what = JSON.stringify(payload).slice(0, 300);
  if (method === 'GET' || method === 'HEAD') {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(payload)) {
      if (value !== undefined)
        params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    if (c.bad(5)) params.set('query', '{'.repeat(c.pick([10, 1_000])));
    return { method, url: `/graphql?${params.toString()}`, headers, what: `${method} ${what}` };
  }
  headers['content-type'] = !c.bad(20) ? 'application/json' : c.pick(CONTENT_TYPES);
  let body: string | Buffer;
  const shape = c.valid ? 100 : c.int(100);
  if (shape < 8) {
    // a batch, well formed or not
    body = JSON.stringify(c.pick<unknown>([[payload], [payload, payload], [], [1], [null], [[]]]));
  } else if (shape < 12) {
    body = c.pick(['', '{', 'null', '[', '"x"', '5', 'true', '{"query": }', '\u0000', '\ufeff{}']);
  } else if (shape < 15) {
    // sizes around and far past the 1 MiB limit
    const size = c.pick([
      1024 * 1024 - 200,
      1024 * 1024 + 1,
      2 * 1024 * 1024,
      Math.round(7.8 * 1024 * 1024),
    ]);
    body = JSON.stringify({ query: `{ areas { id } } #${'x'.repeat(Math.max(0, size - 40))}` });
  } else if (shape < 17) {
    body = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81]);
  } else body = JSON.stringify(payload);
  return {
    method,
    url: '/graphql',
    headers,
    body,
    what: `${method} ${headers['content-type']} ${what}`,
  };
}

/** fast-check arbitrary of requests to /graphql. */
export const graphqlRequest: fc.Arbitrary<FuzzRequest> = fc
  .array(fc.nat({ max: 1_000_000 }), { minLength: 64, maxLength: 64 })
  .map(buildRequest);

/** Raw HTTP that no client library would send. */
export const rawHttp: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom(
    'GARBAGE\r\n\r\n',
    'GET / HTTP/1.1\r\n\r\n',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{"q',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
    `GET /graphql?query=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    'GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n',
    'GET /assets/%00 HTTP/1.1\r\nHost: x\r\n\r\n',
    'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n',
    'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
    'GET /healthz HTTP/1.0\r\n\r\n',
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n{}',
  ),
  fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'BREW', 'get', ''),
      fc.string({ unit: 'binary', maxLength: 60 }),
    )
    .map(([method, junk]) => `${method} /graphql${junk} HTTP/1.1\r\nHost: x\r\n\r\n`),
  fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
);
