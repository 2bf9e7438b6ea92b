/**
 * Build step (decision 0040): each `graphql(`…`)` call in the explorer's
 * source becomes its typed document as generated in
 * `src/gql/graphql.ts` (`ExplorerAreaDocument`, `EvidenceFieldsFragmentDoc`),
 * written in place, so the chunk that holds a module holds only that
 * module's operations (the client preset's Babel plugin imports them from
 * graphql.ts instead, which puts every used document in the chunk shared by
 * all, here the first one). Without it, every `graphql()` call goes through the
 * generated map in `src/gql/gql.ts`, which holds all 40-odd documents (the
 * editing and review ones too) and put ~140 KB of ASTs in the first chunk.
 *
 * The source keeps its `graphql()` calls (codegen finds the operations and
 * types them through those calls; `npm run lint` still fails on stale
 * generated files). A call this step cannot read is an error naming the
 * file and line, never left to the map.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*(['"])[^'"]*\/gql(?:\/index)?\1;?[ \t]*$/m;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
const GENERATED = /^export const (\w+) = (\{\n[\s\S]*?\n\}) as unknown as DocumentNode</gm;

export class GraphqlDocumentError extends Error {
  override readonly name = 'GraphqlDocumentError';
}

function lineOf(code: string, index: number): number {
  return code.slice(0, index).split('\n').length;
}

/** The documents of a generated graphql.ts, by their exported name (object literal text). */
export function generatedDocuments(graphqlTs: string): Map<string, string> {
  return new Map([...graphqlTs.matchAll(GENERATED)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The transformed source, or null when the file imports no `graphql` from
 * the generated folder. Pure; `file` is only used in error messages.
 */
export function inlineGraphqlDocuments(
  code: string,
  file: string,
  documents: ReadonlyMap<string, string>,
): string | null {
  const imported = IMPORT.exec(code);
  if (!imported) return null;
  const statement = imported[0];
  const replaced = code.replace(CALL, (_whole, body: string, offset: number) => {
    const def = DEFINITION.exec(body.replace(/^\s*#.*$/gm, ''));
    if (!def) {
      throw new GraphqlDocumentError(
        `${file}:${lineOf(code, offset)}: graphql() must hold one named query, mutation or fragment first`,
      );
    }
    const [, kind, name] = def as unknown as [string, string, string];
    const id = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
    const literal = documents.get(id);
    if (literal === undefined) {
      throw new GraphqlDocumentError(
        `${file}:${lineOf(code, offset)}: ${id} is not in src/gql/graphql.ts: run \`npm run codegen\``,
      );
    }
    return `/* ${id} */ (${literal})`;
  });
  // Any call left is one the pattern did not read (an interpolation, a variable): say where.
  const left = /\bgraphql\(/.exec(replaced.replace(statement, ''));
  if (left) {
    throw new GraphqlDocumentError(
      `${file}:${lineOf(replaced.replace(statement, ''), left.index)}: graphql() takes one template literal without \${} (codegen reads the text as written)`,
    );
  }
  return replaced.replace(statement, '');
}

/** The Vite plugin: applies `inlineGraphqlDocuments` to the explorer's own source files. */
export function graphqlDocuments(srcDir: string): Plugin {
  const root = path.resolve(srcDir);
  const generatedDir = path.join(root, 'gql') + path.sep;
  const graphqlTs = path.join(generatedDir, 'graphql.ts');
  return {
    name: 'accgraph-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[cm]?tsx?$/.test(file) || !file.startsWith(root + path.sep)) return null;
      if (file.startsWith(generatedDir) || !code.includes('graphql(')) return null;
      this.addWatchFile(graphqlTs);
      const documents = generatedDocuments(readFileSync(graphqlTs, 'utf8'));
      const out = inlineGraphqlDocuments(code, path.relative(process.cwd(), file), documents);
      return out === null ? null : { code: out, map: null };
    },
  };
}
