/** Reading the editable data files in data/ (format in data/README.md) and locating them. */
export { alternatives, parseTsv, readTsv } from './tsv.js';
export type { TsvRecord } from './tsv.js';
export { parseJsonObject } from './json-object.js';
export { DEFAULT_DATA_DIR, PROJECT_ROOT, packageVersion } from './paths.js';
