import { basename } from 'node:path';
import type { RawAreaFile } from '../model/validate.ts';
import { parseYaml } from '@accgraph/schema';
import { UsageError } from './io.ts';

/** The area id of a raw file: `area.id` if readable, else from `<area>-<year>.yaml`. */
export function rawAreaId(file: RawAreaFile): string {
  const data = parseYaml(file.file, file.text).data as { area?: { id?: unknown } } | undefined;
  const id = data?.area?.id;
  return typeof id === 'string' ? id : basename(file.file).replace(/(-\d{4}(-\d+)?)?\.ya?ml$/, '');
}

/** Files matching `--area` (a file path, file name or area id); all when undefined. */
export function selectFiles(files: RawAreaFile[], area: string | undefined): RawAreaFile[] {
  if (area === undefined) return files;
  const selected = files.filter(
    (f) =>
      f.file === area ||
      basename(f.file) === area ||
      basename(f.file) === `${area}.yaml` ||
      basename(area) === basename(f.file) ||
      rawAreaId(f) === area,
  );
  if (selected.length === 0) {
    throw new UsageError(
      `--area ${area}: no area file or area id matches (${files.map((f) => basename(f.file)).join(', ')})`,
    );
  }
  return selected;
}
