/**
 * One suite for every writer (as hono runs every router against common.case.test.ts):
 * rows go in through the RowWriter interface and are read back from the file, as typed
 * values, with each format's own reader (Parquet with hyparquet).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../test/csv.js';
import type { ColumnShape, ExportFormat, Value } from '../types.js';
import { createRowWriter, CSV_LIST_SEPARATOR } from './index.js';

const COLUMNS: readonly ColumnShape[] = [
  { name: 'event_id', type: 'string' },
  { name: 'year', type: 'int' },
  { name: 'goldstein', type: 'double' },
  { name: 'negated', type: 'boolean' },
  { name: 'urls', type: 'strings' },
];

const ROWS: readonly (readonly Value[])[] = [
  ['e1', 2016, -9.5, false, ['http://a.example/1', 'http://b.example/2']],
  ['quote "and", comma\nnewline', 1999, 3, true, ['one']],
  ['Ünïcödé — 北京', null, null, null, []],
  [null, 2024, 0, false, ['x']],
];

/** A CSV cell as the column's type: empty is null, lists split on the separator. */
function fromCsv(cell: string, type: ColumnShape['type']): Value {
  if (type === 'strings') return cell === '' ? [] : cell.split(CSV_LIST_SEPARATOR);
  if (cell === '') return null;
  if (type === 'int' || type === 'double') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  return cell;
}

type Reader = (file: string) => Promise<Value[][]>;

const READERS: Readonly<Record<ExportFormat, Reader>> = {
  csv: (file) => {
    const [header, ...records] = parseCsv(readFileSync(file, 'utf8'));
    expect(header).toEqual(COLUMNS.map((c) => c.name));
    return Promise.resolve(records.map((r) => COLUMNS.map((c, k) => fromCsv(r[k] ?? '', c.type))));
  },
  jsonl: (file) =>
    Promise.resolve(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
          const o = JSON.parse(l) as Record<string, Value>;
          expect(Object.keys(o)).toEqual(COLUMNS.map((c) => c.name));
          return COLUMNS.map((c) => o[c.name] ?? null);
        }),
    ),
  parquet: async (file) => {
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(file) });
    return rows.map((o: Record<string, unknown>) =>
      COLUMNS.map((c) => (o[c.name] ?? null) as Value),
    );
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeAll(
  format: ExportFormat,
  file: string,
  rows: readonly (readonly Value[])[],
  rowGroupSize?: number,
): Promise<void> {
  const writer = createRowWriter(format, COLUMNS, { file }, rowGroupSize ? { rowGroupSize } : {});
  for (const row of rows) await writer.write(row);
  await writer.finish();
}

describe.each(['csv', 'jsonl', 'parquet'] as const)('%s writer', (format) => {
  const read = READERS[format];

  it('reads back every row and value: quotes, commas, newlines, Unicode, nulls, lists', async () => {
    const file = join(dir, `rows.${format}`);
    await writeAll(format, file, ROWS);
    expect(await read(file)).toEqual(ROWS);
  });

  it('writes a header-only (or empty) file for no rows', async () => {
    const file = join(dir, `empty.${format}`);
    await writeAll(format, file, []);
    expect(await read(file)).toEqual([]);
  });

  it('keeps order across many rows (several Parquet row groups, several text chunks)', async () => {
    const file = join(dir, `many.${format}`);
    const many = Array.from({ length: 5003 }, (_, i): Value[] => [
      `e${i}`,
      1990 + (i % 30),
      (i % 21) - 10,
      i % 2 === 0,
      [`http://example.org/${i}`],
    ]);
    await writeAll(format, file, many, 1000);
    expect(await read(file)).toEqual(many);
  });

  it('replaces an existing file', async () => {
    const file = join(dir, `again.${format}`);
    await writeAll(format, file, ROWS);
    await writeAll(format, file, ROWS.slice(0, 1));
    expect(await read(file)).toEqual(ROWS.slice(0, 1));
  });

  it('names the file it cannot write', () => {
    const file = join(dir, 'no-such-folder', `x.${format}`);
    expect(() => createRowWriter(format, COLUMNS, { file })).toThrow(file);
  });
});

describe('Parquet specifics', () => {
  it('types each column and writes a row group per rowGroupSize rows', async () => {
    const file = join(dir, 'typed.parquet');
    await writeAll('parquet', file, [...ROWS, ...ROWS, ...ROWS], 5);
    const meta = await parquetMetadataAsync(await asyncBufferFromFile(file));
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([5, 5, 2]);
    expect(meta.schema.map((s) => [s.name, s.type ?? null, s.converted_type ?? null])).toEqual([
      ['root', null, null],
      ['event_id', 'BYTE_ARRAY', 'UTF8'],
      ['year', 'INT32', null],
      ['goldstein', 'DOUBLE', null],
      ['negated', 'BOOLEAN', null],
      ['urls', null, 'LIST'],
      ['list', null, null],
      ['element', 'BYTE_ARRAY', 'UTF8'],
    ]);
  });

  it('refuses a stream: binary output needs --out', () => {
    const stream = new Writable({ write: (_c, _e, done) => done() });
    expect(() => createRowWriter('parquet', COLUMNS, { stream })).toThrow(/needs a file.*--out/);
  });
});

describe('text writers on a stream', () => {
  it.each(['csv', 'jsonl'] as const)(
    '%s waits for a slow stream and leaves it open',
    async (format) => {
      const chunks: string[] = [];
      const stream = new Writable({
        highWaterMark: 16,
        write(chunk: Buffer, _e, done) {
          chunks.push(String(chunk));
          setImmediate(done);
        },
      });
      const writer = createRowWriter(format, COLUMNS, { stream });
      const rows = Array.from({ length: 3000 }, (_, i): Value[] => [`e${i}`, i, 0.5, true, []]);
      for (const row of rows) await writer.write(row);
      await writer.finish();
      expect(stream.writableEnded).toBe(false);
      const text = chunks.join('');
      expect(text.split('\n').filter((l) => l !== '')).toHaveLength(format === 'csv' ? 3001 : 3000);
      expect(text).toContain(format === 'csv' ? 'e2999,2999,0.5,true,\n' : '"event_id":"e2999"');
    },
  );
});
