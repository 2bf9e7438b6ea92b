import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DbSchema, isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@accgraph/schema';
import { REPO_ROOT, splitStatements, parseCatalogueText } from '@accgraph/api/store';

/** Neo4j 5's linter with our labels and relationship types (unknown ones only warn). */
export const DB_SCHEMA: DbSchema = {
  labels: ['Entity', ...NODE_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  defaultLanguage: 'CYPHER 5',
};

export interface LintError {
  /** `file:line:column` (1-based). */
  at: string;
  message: string;
}

/** Errors of one statement: severity-1 diagnostics that are not "parameter not defined". */
export function lintStatement(text: string): { line: number; column: number; message: string }[] {
  const { diagnostics } = lintCypherQuery(text, DB_SCHEMA);
  return diagnostics
    .map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 && isNotParamError(d))
    .map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
    }));
}

/** The statements of a file with the line each starts on (schema files hold several). */
function statementsOf(file: string, text: string): { text: string; line: number }[] {
  if (!file.startsWith('schema/constraints/'))
    return [{ text: parseCatalogueText(text, file), line: 1 }];
  return splitStatements(text).map((statement) => {
    const offset = text.indexOf(statement);
    return { text: statement, line: text.slice(0, offset).split('\n').length };
  });
}

/** Lints every statement of a repository-relative `.cypher` file. */
export function lintFile(file: string): LintError[] {
  const raw = readFileSync(join(REPO_ROOT, file), 'utf8');
  return statementsOf(file, raw).flatMap(({ text, line }) =>
    lintStatement(text).map((e) => ({
      at: `${file}:${line + e.line - 1}:${e.column}`,
      message: e.message,
    })),
  );
}
