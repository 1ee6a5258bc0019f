import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project root: the nearest folder above this module that holds `data/`. Works both
 * from `src/` (tests, tsx) and from the compiled `dist/src/`.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    if (existsSync(join(dir, 'data', 'README.md'))) return dir;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export const PROJECT_ROOT = findRoot();
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, 'data');

/** Parley's version, from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
