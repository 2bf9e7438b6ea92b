import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  generatedDocuments,
  GraphqlDocumentError,
  inlineGraphqlDocuments,
} from './graphqlDocuments';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const generated = generatedDocuments(readFileSync(path.join(src, 'gql/graphql.ts'), 'utf8'));

const GENERATED_TS = `export const ExplorerMeDocument = {
  kind: 'Document',
  definitions: [],
} as unknown as DocumentNode<ExplorerMeQuery, ExplorerMeQueryVariables>;
export const EvidenceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [{ kind: 'FragmentDefinition' }],
} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
`;

describe('inlineGraphqlDocuments', () => {
  const docs = generatedDocuments(GENERATED_TS);

  it('reads each document of a generated graphql.ts by its exported name', () => {
    expect([...docs.keys()]).toEqual(['ExplorerMeDocument', 'EvidenceFieldsFragmentDoc']);
    expect(docs.get('ExplorerMeDocument')).toBe(`{\n  kind: 'Document',\n  definitions: [],\n}`);
  });

  it('writes the generated document in place of each graphql() call and drops the import of the map', () => {
    const code = [
      "import { graphql } from '../gql';",
      'export const ME = graphql(`',
      '  query ExplorerMe {',
      '    me { id }',
      '  }',
      '`);',
      'export const EV = graphql(`fragment EvidenceFields on Evidence { quote }`);',
    ].join('\n');
    const out = inlineGraphqlDocuments(code, 'data/x.ts', docs)!;
    expect(out).not.toContain('graphql(');
    expect(out).not.toContain("from '../gql'");
    expect(out).toContain(
      "export const ME = /* ExplorerMeDocument */ ({\n  kind: 'Document',\n  definitions: [],\n});",
    );
    expect(out).toContain('export const EV = /* EvidenceFieldsFragmentDoc */ ({');
  });

  it('leaves a file that does not import graphql() from the generated folder alone', () => {
    expect(inlineGraphqlDocuments("import { x } from './y';\nx();", 'a.ts', docs)).toBeNull();
  });

  it('names the file and line of an operation the generated file does not hold (stale codegen)', () => {
    const code =
      "import { graphql } from '../gql';\n\nconst Q = graphql(`query ExplorerNew { me { id } }`);";
    expect(() => inlineGraphqlDocuments(code, 'data/ops.ts', docs)).toThrow(GraphqlDocumentError);
    expect(() => inlineGraphqlDocuments(code, 'data/ops.ts', docs)).toThrow(
      /^data\/ops\.ts:3: ExplorerNewDocument is not in src\/gql\/graphql\.ts: run `npm run codegen`$/,
    );
  });

  it('names the file and line of a call it cannot read (an interpolation)', () => {
    const code =
      "import { graphql } from '../gql';\nconst F = 'x';\nconst Q = graphql(`query A { ${F} }` + '');";
    expect(() => inlineGraphqlDocuments(code, 'data/ops.ts', docs)).toThrow(
      /^data\/ops\.ts:3: graphql\(\) takes one template literal/,
    );
  });

  it('names the file and line of an anonymous operation', () => {
    const code = "import { graphql } from '../gql';\nconst Q = graphql(`{ me { id } }`);";
    expect(() => inlineGraphqlDocuments(code, 'data/ops.ts', docs)).toThrow(
      /^data\/ops\.ts:2: graphql\(\) must hold one named/,
    );
  });
});

describe("the explorer's own operations", () => {
  function* sources(dir: string): Iterable<string> {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'gql') yield* sources(file);
      } else if (/\.tsx?$/.test(name) && !name.endsWith('.test.ts')) yield file;
    }
  }

  it('every graphql() call has its generated document (what the build writes in its place)', () => {
    let calls = 0;
    for (const file of sources(src)) {
      const code = readFileSync(file, 'utf8');
      const out = inlineGraphqlDocuments(code, path.relative(src, file), generated);
      if (out === null) continue;
      calls += code.split('graphql(`').length - 1;
      expect(out, file).not.toMatch(/\bgraphql\(/);
    }
    expect(calls).toBeGreaterThan(30);
  });
});
