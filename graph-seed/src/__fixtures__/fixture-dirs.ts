import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedPaths } from '../paths.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The fixture area file text (offsets filled). */
export const FIXTURE_AREA = readFileSync(join(HERE, 'areas', 'fixture-2020.yaml'), 'utf8');
export const FIXTURE_SOURCE = readFileSync(
  join(HERE, 'sources', 'fixture-2020-protocol.txt'),
  'utf8',
);

/** A fresh copy of the fixtures (areas, sources, taxonomy) in a temp dir. */
export function fixtureDirs(): SeedPaths & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'graph-seed-'));
  for (const dir of ['areas', 'sources', 'taxonomy'])
    cpSync(join(HERE, dir), join(root, dir), { recursive: true });
  return {
    root,
    areasDir: join(root, 'areas'),
    sourcesDir: join(root, 'sources'),
    taxonomyDir: join(root, 'taxonomy'),
  };
}

/** Replaces the fixture area file by `text`; returns its path. */
export function writeArea(paths: SeedPaths, text: string, name = 'fixture-2020.yaml'): string {
  const path = join(paths.areasDir, name);
  writeFileSync(path, text);
  return path;
}

/** 1-based line and column where `needle` starts in `text` (first, or last, occurrence). */
export function positionOf(
  text: string,
  needle: string,
  last = false,
): { line: number; column: number } {
  const at = last ? text.lastIndexOf(needle) : text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** `text` with `from` replaced by `to` (which must occur). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in text: ${from}`);
  return text.replace(from, to);
}
