import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueName, cypher, cypherTemplate, parseCatalogueText } from './catalogue.ts';
import { REPO_ROOT } from './repo-root.ts';

describe('catalogue', () => {
  it('keeps leading comments and strips a trailing semicolon', () => {
    expect(parseCatalogueText('// lists areas\nMATCH (a:Area)\nRETURN a.id AS id;\n', 'f')).toBe(
      '// lists areas\nMATCH (a:Area)\nRETURN a.id AS id',
    );
  });

  it('refuses a file with two statements or none', () => {
    expect(() => parseCatalogueText('RETURN 1;\nRETURN 2;\n', 'two.cypher')).toThrow(/several/);
    expect(() => parseCatalogueText('// only a comment\n', 'empty.cypher')).toThrow(/no statement/);
  });

  it('loads a file relative to a module URL and names it from the repository root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accgraph-cat-'));
    writeFileSync(join(dir, 'q.cypher'), 'RETURN $x AS x;\n');
    const q = cypher(pathToFileURL(join(dir, 'module.ts')).href, './q.cypher');
    expect(q.text).toBe('RETURN $x AS x');
    expect(q.with({ x: 1 })).toEqual({ name: q.name, text: 'RETURN $x AS x', params: { x: 1 } });
    expect(String(q)).toBe('RETURN $x AS x');
  });

  it('names catalogue files by their path from the repository root', () => {
    expect(catalogueName(join(REPO_ROOT, 'api/src/area/list-areas.cypher'))).toBe(
      'api/src/area/list-areas',
    );
  });

  it('makes one named statement per value from a template, and only from label-like values', () => {
    const dir = mkdtempSync(join(REPO_ROOT, 'node_modules', '.accgraph-tpl-'));
    const base = pathToFileURL(join(dir, 'module.ts')).href;
    writeFileSync(
      join(dir, 'upsert.cypher-template'),
      '// {{L}} rows\nMERGE (n:{{L}} {id: $id});\n',
    );
    writeFileSync(join(dir, 'plain.cypher-template'), 'MERGE (n:Entity {id: $id})\n');
    const family = catalogueName(join(dir, 'upsert'));
    const qs = cypherTemplate(base, './upsert.cypher-template', 'L', ['Body', 'HAS_POST'] as const);
    expect(qs.Body.text).toBe('// Body rows\nMERGE (n:Body {id: $id})');
    expect(qs.HAS_POST.name).toBe(`${family}/HAS_POST`);
    expect(qs.Body.template).toBe(`${family}.cypher-template`);
    expect(() =>
      cypherTemplate(base, './upsert.cypher-template', 'L', ['Body) DETACH DELETE (n']),
    ).toThrow(/not a label or relationship type/);
    expect(() => cypherTemplate(base, './plain.cypher-template', 'L', ['Body'])).toThrow(
      /has no \{\{L\}\}/,
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
