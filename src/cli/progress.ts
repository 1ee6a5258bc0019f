import type { Io } from './output.js';

export interface Progress {
  /** Redraws the bar; `unit` divides done/total for display (1024 * 1024 shows MB). */
  update(done: number, total: number, detail: string, unit?: number): void;
  done(): void;
}

/**
 * A one-line progress bar on a terminal (stderr), redrawn at most ten times a second;
 * nothing at all when stderr is not a terminal, so piped output stays clean.
 */
export function createProgress(io: Io, label: string): Progress {
  if (!io.err.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, detail, unit = 1) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      const show = (n: number): string => (unit === 1 ? String(n) : (n / unit).toFixed(1));
      const text = `${label} [${bar}] ${show(done)}/${show(total)} ${detail}`;
      const cols = io.err.columns ?? 100;
      io.err.write(`\r${text.slice(0, cols - 1)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) io.err.write('\r\x1b[K');
    },
  };
}
