import type { Writable } from 'node:stream';

/** Where a command writes: its results (stdout) and its diagnostics (stderr). */
export interface Io {
  readonly out: Writable & { isTTY?: boolean; columns?: number };
  readonly err: Writable & { isTTY?: boolean; columns?: number };
  readonly stdinIsTTY: boolean;
}

export function line(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}

/** Fixed-width text table; the last column is cut to fit `width`. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width = 160,
): string {
  const widths = headers.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  const lastIndex = widths.length - 1;
  widths[lastIndex] = Math.max(10, Math.min(widths[lastIndex] ?? 10, width - fixed));
  const fmt = (cells: readonly string[]): string =>
    cells
      .map((c, k) => {
        const w = widths[k] ?? 0;
        const cut = c.length > w ? `${c.slice(0, Math.max(0, w - 1))}…` : c;
        return k === lastIndex ? cut : cut.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return [fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

/** One CSV field, quoted when needed (RFC 4180). */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}
