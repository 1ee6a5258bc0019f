import { readFileSync } from 'node:fs';
import { ParleyError } from '../errors.js';

/** One record of a TSV data file, keyed by the header's column names. */
export interface TsvRecord {
  readonly fields: Readonly<Record<string, string>>;
  /** `file:line`, for error messages and for explaining which entry fired. */
  readonly where: string;
}

/**
 * Parses a data/ TSV file (format in data/README.md): `#` comments, blank lines ignored,
 * a header line naming the columns, then one TAB-separated record per line.
 * `expected` lists the columns the caller needs, in order; anything else is an error
 * that names the file and line.
 */
export function parseTsv(text: string, file: string, expected: readonly string[]): TsvRecord[] {
  const records: TsvRecord[] = [];
  let header: string[] | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const where = `${file}:${n + 1}`;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      if (header.join('\t') !== expected.join('\t')) {
        throw new ParleyError(
          `header must be "${expected.join(' ')}", found "${header.join(' ')}"`,
          { where },
        );
      }
      continue;
    }
    if (cells.length !== header.length) {
      throw new ParleyError(`expected ${header.length} fields, found ${cells.length}`, { where });
    }
    const fields: Record<string, string> = {};
    header.forEach((name, k) => {
      fields[name] = (cells[k] ?? '').trim();
    });
    records.push({ fields, where });
  }
  if (!header) throw new ParleyError('no header line', { where: file });
  return records;
}

export function readTsv(path: string, label: string, expected: readonly string[]): TsvRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ParleyError('cannot read data file', { where: label, cause });
  }
  return parseTsv(text, label, expected);
}

/** The alternatives of a `|`-separated field; `-` or empty means none. */
export function alternatives(field: string | undefined): string[] {
  if (!field || field === '-') return [];
  return field
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
