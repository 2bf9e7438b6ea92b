/**
 * `npm run codegen:check` (part of `npm run lint`): generates the explorer's
 * GraphQL types into a temporary folder and fails when they differ from the
 * committed explorer/src/gql/, that is when schema/schema.graphql or an
 * operation changed without `npm run codegen`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = path.join(root, 'explorer/src/gql');
const fresh = mkdtempSync(path.join(tmpdir(), 'explorer-gql-'));

function files(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

try {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'),
      '--config',
      'explorer/codegen.ts',
      '--silent',
    ],
    { cwd: root, env: { ...process.env, CODEGEN_OUT: `${fresh}/` }, stdio: 'inherit' },
  );
  const names = [...new Set([...files(committed), ...files(fresh)])].sort();
  const stale = names.filter((name) => {
    const read = (dir: string) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    return read(committed) !== read(fresh);
  });
  if (stale.length > 0) {
    process.stderr.write(
      `explorer/src/gql is stale (${stale.join(', ')} differ from what schema/schema.graphql ` +
        `and the explorer's operations generate).\nRun \`npm run codegen\` and commit the result.\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(
      'explorer/src/gql is up to date with schema/schema.graphql and the operations.\n',
    );
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
