import { graphqlSync } from 'graphql';
import { buildGraphQLSchema } from '@accgraph/api/schema';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef; defaultValue: string | null }[];
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  fields: Field[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } } } }`;

/** The query fields of the running server and enough of its types to build selections. */
export class SchemaProbe {
  private constructor(
    private readonly types: Map<string, FullType>,
    private readonly query: FullType,
  ) {}

  /**
   * Introspects the schema the server is built from, in this process: the
   * server under test runs with NODE_ENV=production (as deployed), where
   * introspection is off.
   */
  static load(): SchemaProbe {
    const result = graphqlSync({ schema: buildGraphQLSchema(), source: INTROSPECTION });
    if (result.errors?.length)
      throw new Error(`introspection failed: ${result.errors[0]?.message}`);
    const schema = (
      result.data as unknown as { __schema: { queryType: { name: string }; types: FullType[] } }
    ).__schema;
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const query = types.get(schema.queryType.name) as FullType;
    return new SchemaProbe(types, query);
  }

  field(name: string): Field | undefined {
    return this.query.fields?.find((f) => f.name === name);
  }

  /** Why a call with these argument names cannot be made, or null when it can. */
  problem(name: string, args: readonly string[]): string | null {
    const field = this.field(name);
    if (!field) return 'skipped: not in schema';
    const unknown = args.filter((a) => !field.args.some((fa) => fa.name === a));
    if (unknown.length)
      return `skipped: no argument ${unknown.join(', ')} (has ${field.args.map((a) => a.name).join(', ')})`;
    const missing = field.args.filter(
      (a) => a.type.kind === 'NON_NULL' && a.defaultValue === null && !args.includes(a.name),
    );
    if (missing.length) return `skipped: needs argument ${missing.map((a) => a.name).join(', ')}`;
    return null;
  }

  /** `$id: ID!, ...` for the named arguments of a query field. */
  variableDefinitions(name: string, args: readonly string[]): string {
    const field = this.field(name) as Field;
    return args
      .map(
        (a) =>
          `$${a}: ${render((field.args.find((fa) => fa.name === a) as Field['args'][number]).type)}`,
      )
      .join(', ');
  }

  /**
   * A selection set for the field's type: every scalar field without required
   * arguments, and object fields recursively up to `depth` levels (what a
   * client showing the whole answer would ask for).
   */
  selection(name: string, depth: number): string {
    return this.select((this.field(name) as Field).type, depth);
  }

  private select(ref: TypeRef, depth: number): string {
    const named = unwrap(ref);
    const type = this.types.get(named.name ?? '');
    if (!type || type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (!type.fields || depth <= 0) return '{ __typename }';
    const parts = ['__typename'];
    for (const f of type.fields) {
      if (f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
      const inner = this.types.get(unwrap(f.type).name ?? '');
      if (!inner || inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(f.name);
      else if (depth > 1) parts.push(`${f.name} ${this.select(f.type, depth - 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
}

function unwrap(ref: TypeRef): TypeRef {
  let r = ref;
  while (r.ofType) r = r.ofType;
  return r;
}

function render(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${render(ref.ofType as TypeRef)}!`;
  if (ref.kind === 'LIST') return `[${render(ref.ofType as TypeRef)}]`;
  return ref.name ?? '';
}
